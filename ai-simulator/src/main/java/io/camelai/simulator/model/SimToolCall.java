package io.camelai.simulator.model;

/** A tool call the simulated model makes: id, tool name and JSON arguments. */
public record SimToolCall(String id, String name, String arguments) {}
