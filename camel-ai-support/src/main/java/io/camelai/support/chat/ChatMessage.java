package io.camelai.support.chat;

import java.util.List;
import java.util.Objects;

/**
 * One message of a provider-neutral conversation. Assistant messages may carry tool calls, and the plan the model
 * wrote before them ({@link #toolPlan()}); tool messages carry the id and name of the call they answer and its JSON
 * result as content. A user message may also carry {@link ContentPart parts} after its text: images (by URL or as
 * bytes) and more text, sent as the provider's content parts where its API takes them.
 *
 * @param toolPlan an assistant turn's tool plan: the text a model wrote about the tool calls it is about to make,
 *                 kept apart from the answer text (Cohere v2's {@code tool_plan}, which its tool-use flow sends back
 *                 with the calls); null when the provider has no such field
 * @param parts    a user message's parts after its text (content, which may then be null): images and more text;
 *                 empty for every other message
 */
public record ChatMessage(Role role, String content, List<ToolCall> toolCalls, String toolCallId, String name,
        String toolPlan, List<ContentPart> parts) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        parts = parts == null ? List.of() : List.copyOf(parts);
        if (!parts.isEmpty() && role != Role.USER) {
            throw new IllegalArgumentException("Content parts (images, files) belong to user messages, not to a "
                    + role + " message");
        }
    }

    /** A message without parts. */
    public ChatMessage(Role role, String content, List<ToolCall> toolCalls, String toolCallId, String name,
            String toolPlan) {
        this(role, content, toolCalls, toolCallId, name, toolPlan, null);
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

    /**
     * A user message of a text (may be null) followed by parts: images and more text, e.g.
     * {@code user("What is in this picture?", List.of(ContentPart.imageUrl("https://.../cat.png")))}.
     */
    public static ChatMessage user(String content, List<ContentPart> parts) {
        return new ChatMessage(Role.USER, content, null, null, null, null, parts);
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

    /** Whether one of the parts is an image. */
    public boolean hasImages() {
        return parts.stream().anyMatch(ContentPart::isImage);
    }

    /**
     * The message as plain text: its content, then the text of its text parts, separated by blank lines (for APIs
     * that take text only). Null when there is no text at all.
     */
    public String plainText() {
        StringBuilder sb = new StringBuilder(content == null ? "" : content);
        for (ContentPart p : parts) {
            if (!p.isImage()) {
                sb.append(sb.isEmpty() ? "" : "\n\n").append(p.text());
            }
        }
        return content == null && sb.isEmpty() ? null : sb.toString();
    }

    /**
     * The {@link #plainText()} of a message for an API that takes no images.
     *
     * @param  api                      the API and what to use instead, for the error, e.g. {@code A Cohere
     *                                  apiVersion=v1 chat (use apiVersion=v2 ...)}
     * @throws IllegalArgumentException when the message carries an image
     */
    public String textOnly(String api) {
        if (hasImages()) {
            throw new IllegalArgumentException(api + " takes no images: a user message carries "
                    + parts.stream().filter(ContentPart::isImage).count() + " image(s)");
        }
        return plainText();
    }
}
