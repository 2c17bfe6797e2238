package io.camelai.simulator.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A tool offered to the simulated model: its name and the JSON Schema of its arguments (may be null). */
public record SimTool(String name, JsonNode schema) {}
