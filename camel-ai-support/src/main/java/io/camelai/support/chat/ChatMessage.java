package io.camelai.support.chat;

import java.util.List;
import java.util.Objects;

/**
 * One message of a provider-neutral conversation. Assistant messages may carry tool calls, and the plan the model
 * wrote before them ({@link #toolPlan()}); tool messages carry the id and name of the call they answer and its JSON
 * result as content.
 *
 * @param toolPlan an assistant turn's tool plan: the text a model wrote about the tool calls it is about to make,
 *                 kept apart from the answer text (Cohere v2's {@code tool_plan}, which its tool-use flow sends back
 *                 with the calls); null when the provider has no such field
 */
public record ChatMessage(Role role, String content, List<ToolCall> toolCalls, String toolCallId, String name,
        String toolPlan) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** A message without a tool plan. */
    public ChatMessage(Role role, String content, List<ToolCall> toolCalls, String toolCallId, String name) {
        this(role, content, toolCalls, toolCallId, name, null);
    }

    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content, null, null, null);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content, null, null, null);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content, null, null, null);
    }

    /** An assistant turn that asked for tools; {@code content} is its text (or, on Cohere v1, its plan), possibly empty. */
    public static ChatMessage assistant(String content, List<ToolCall> toolCalls) {
        return new ChatMessage(Role.ASSISTANT, content, toolCalls, null, null);
    }

    /** An assistant turn that asked for tools after writing a tool plan of its own. */
    public static ChatMessage assistant(String content, List<ToolCall> toolCalls, String toolPlan) {
        return new ChatMessage(Role.ASSISTANT, content, toolCalls, null, null, toolPlan);
    }

    /** The result of one tool call, as JSON. */
    public static ChatMessage tool(String toolCallId, String toolName, String resultJson) {
        return new ChatMessage(Role.TOOL, resultJson, null, toolCallId, toolName);
    }

    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }
}
