package io.camelai.support.chat;

/** Who wrote a message in a conversation. */
public enum Role {
    SYSTEM, USER, ASSISTANT,
    /** The result of a tool call, sent back to the model (Qianfan v1 calls this role {@code function}). */
    TOOL
}
