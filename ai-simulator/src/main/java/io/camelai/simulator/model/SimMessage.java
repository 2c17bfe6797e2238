package io.camelai.simulator.model;

import java.util.List;

/**
 * A conversation message as the simulator's model sees it, whatever the provider's wire shape: role ({@code system},
 * {@code user}, {@code assistant}, {@code tool}), text, the tool calls an assistant turn made, and for a tool result
 * the call it answers, and how many images a user message carries.
 */
public record SimMessage(String role, String text, List<SimToolCall> toolCalls, String toolCallId, String toolName,
        int images) {

    public SimMessage {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** A message without images. */
    public SimMessage(String role, String text, List<SimToolCall> toolCalls, String toolCallId, String toolName) {
        this(role, text, toolCalls, toolCallId, toolName, 0);
    }

    public static SimMessage of(String role, String text) {
        return new SimMessage(role, text, null, null, null);
    }

    public boolean isTool() {
        return "tool".equals(role);
    }

    public boolean isUser() {
        return "user".equals(role);
    }
}
