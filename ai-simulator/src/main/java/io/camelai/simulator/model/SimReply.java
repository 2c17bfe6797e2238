package io.camelai.simulator.model;

import java.util.List;

/**
 * What the simulated model answers: text and/or tool calls, the neutral finish reason ({@code stop},
 * {@code length}, {@code stop_sequence}, {@code tool_calls}, {@code content_filter}), and token counts. Providers map
 * it to their own wire format.
 */
public record SimReply(String text, List<SimToolCall> toolCalls, String finishReason, int inputTokens,
        int outputTokens) {

    public SimReply {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** A scripted text answer (token counts are filled in when it is used). */
    public static SimReply text(String text) {
        return new SimReply(text, List.of(), "stop", 0, 0);
    }

    /** A scripted tool call with this id, tool name and JSON arguments. */
    public static SimReply toolCall(String id, String name, String argumentsJson) {
        return new SimReply("", List.of(new SimToolCall(id, name, argumentsJson)), "tool_calls", 0, 0);
    }

    /** Several scripted tool calls in one turn. */
    public static SimReply toolCalls(String plan, List<SimToolCall> calls) {
        return new SimReply(plan, calls, "tool_calls", 0, 0);
    }

    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }

    /** The text split into the pieces a stream sends: one word (with its leading space) per piece. */
    public List<String> textPieces() {
        return SimModel.pieces(text);
    }
}
