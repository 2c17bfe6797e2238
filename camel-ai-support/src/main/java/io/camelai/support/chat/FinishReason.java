package io.camelai.support.chat;

/** Why the model stopped, across providers; the provider's own value is in {@code CamelAiFinishReasonRaw}. */
public enum FinishReason {
    /** A natural end or a stop sequence. */
    STOP,
    /** The token limit was reached. */
    LENGTH,
    /** The model asked for tools. */
    TOOL_CALLS,
    /** A safety or content filter stopped the answer. */
    CONTENT_FILTER,
    /** The provider reported a generation error. */
    ERROR,
    /** Anything else (a timeout, a user cancellation, a value this version does not know). */
    OTHER
}
