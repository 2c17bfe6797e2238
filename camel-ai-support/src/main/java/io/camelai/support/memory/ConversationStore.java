package io.camelai.support.memory;

import java.util.List;

import io.camelai.support.chat.ChatMessage;

/** Where an endpoint's conversations are kept, by key. */
public interface ConversationStore {

    /** The conversation kept under {@code key}; empty when there is none. */
    List<ChatMessage> get(String key);

    /** Keeps {@code conversation} under {@code key}, replacing what was there. */
    void put(String key, List<ChatMessage> conversation);

    /** Forgets the conversation under {@code key}, if any. */
    void remove(String key);
}
