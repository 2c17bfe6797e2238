package io.camelai.support.chat;

import java.util.List;
import java.util.Objects;

/**
 * One message of a provider-neutral conversation. Assistant messages may carry tool calls; tool messages carry the id
 * and name of the call they answer and its JSON result as content.
 */
public record ChatMessage(Role role, String content, List<ToolCall> toolCalls, String toolCallId, String name) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
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

    /** An assistant turn that asked for tools; {@code content} is its text or tool plan, possibly empty. */
    public static ChatMessage assistant(String content, List<ToolCall> toolCalls) {
        return new ChatMessage(Role.ASSISTANT, content, toolCalls, null, null);
    }

    /** The result of one tool call, as JSON. */
    public static ChatMessage tool(String toolCallId, String toolName, String resultJson) {
        return new ChatMessage(Role.TOOL, resultJson, null, toolCallId, toolName);
    }

    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }
}
