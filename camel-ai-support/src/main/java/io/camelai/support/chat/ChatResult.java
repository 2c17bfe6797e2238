package io.camelai.support.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provider-neutral outcome of one chat call: the text, why it stopped, token usage, tool calls, citations, the
 * parsed provider response, and any provider-specific headers (for example Qianfan's {@code is_truncated}).
 */
public final class ChatResult {

    private final String text;
    private final String responseId;
    private final String model;
    private final FinishReason finishReason;
    private final String finishReasonRaw;
    private final Usage usage;
    private final List<ToolCall> toolCalls;
    private final String toolPlan;
    private final List<Object> citations;
    private final Object raw;
    private final Map<String, Object> headers;

    private ChatResult(Builder b) {
        this.text = b.text == null ? "" : b.text;
        this.responseId = b.responseId;
        this.model = b.model;
        this.finishReason = b.finishReason;
        this.finishReasonRaw = b.finishReasonRaw;
        this.usage = b.usage;
        this.toolCalls = b.toolCalls == null ? List.of() : List.copyOf(b.toolCalls);
        this.toolPlan = b.toolPlan;
        this.citations = b.citations == null ? List.of() : List.copyOf(b.citations);
        this.raw = b.raw;
        this.headers = b.headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().text(text).responseId(responseId).model(model).finishReason(finishReason)
                .finishReasonRaw(finishReasonRaw).usage(usage).toolCalls(toolCalls).toolPlan(toolPlan)
                .citations(citations).raw(raw);
        headers.forEach(b::header);
        return b;
    }

    /** The answer's text; empty (never null) when the model only asked for tools. */
    public String text() {
        return text;
    }

    public String responseId() {
        return responseId;
    }

    public String model() {
        return model;
    }

    public FinishReason finishReason() {
        return finishReason;
    }

    public String finishReasonRaw() {
        return finishReasonRaw;
    }

    public Usage usage() {
        return usage;
    }

    public List<ToolCall> toolCalls() {
        return toolCalls;
    }

    /** The plan the model wrote before its tool calls, where the provider keeps it apart from the text; else null. */
    public String toolPlan() {
        return toolPlan;
    }

    public List<Object> citations() {
        return citations;
    }

    /** The parsed provider response (for a stream, the provider's final event or assembled response). */
    public Object raw() {
        return raw;
    }

    /**
     * Provider-specific headers to set on the exchange, by name; a null value removes the header (the provider did
     * not report it this time: an earlier call's value must not stay).
     */
    public Map<String, Object> headers() {
        return headers;
    }

    /** The assistant turn this result adds to a conversation: text, tool calls and tool plan. */
    public ChatMessage toAssistantMessage() {
        return ChatMessage.assistant(text, toolCalls, toolPlan);
    }

    @Override
    public String toString() {
        return "ChatResult[id=" + responseId + ", model=" + model + ", finishReason=" + finishReason + ", usage="
                + usage + ", toolCalls=" + toolCalls.size() + ", text=" + text.length() + " chars]";
    }

    public static final class Builder {
        private String text;
        private String responseId;
        private String model;
        private FinishReason finishReason;
        private String finishReasonRaw;
        private Usage usage;
        private List<ToolCall> toolCalls;
        private String toolPlan;
        private List<Object> citations;
        private Object raw;
        private Map<String, Object> headers;

        private Builder() {}

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder responseId(String responseId) {
            this.responseId = responseId;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder finishReason(FinishReason finishReason) {
            this.finishReason = finishReason;
            return this;
        }

        public Builder finishReasonRaw(String finishReasonRaw) {
            this.finishReasonRaw = finishReasonRaw;
            return this;
        }

        public Builder usage(Usage usage) {
            this.usage = usage;
            return this;
        }

        public Builder toolCalls(List<ToolCall> toolCalls) {
            this.toolCalls = toolCalls;
            return this;
        }

        public Builder toolPlan(String toolPlan) {
            this.toolPlan = toolPlan;
            return this;
        }

        public Builder citations(List<?> citations) {
            this.citations = citations == null ? null : List.copyOf(citations);
            return this;
        }

        public Builder raw(Object raw) {
            this.raw = raw;
            return this;
        }

        /** A provider-specific header; a null value removes it from the exchange. */
        public Builder header(String name, Object value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
            return this;
        }

        public String text() {
            return text;
        }

        public List<ToolCall> toolCalls() {
            return toolCalls;
        }

        public List<Object> citations() {
            return citations;
        }

        public ChatResult build() {
            return new ChatResult(this);
        }
    }
}
