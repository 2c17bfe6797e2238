package io.camelai.support.chat;

/**
 * A fragment of a streamed tool call. Providers send the id and name first, then the arguments in pieces; the
 * fragments of one call share its {@code index}. A provider that streams whole calls sends one delta per call.
 */
public record ToolCallDelta(int index, String id, String name, String argumentsFragment) {}
