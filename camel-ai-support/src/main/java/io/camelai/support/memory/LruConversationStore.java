package io.camelai.support.memory;

import java.util.List;
import java.util.Map;

import io.camelai.support.chat.ChatMessage;
import org.apache.camel.support.LRUCacheFactory;

/**
 * The default store: one endpoint's conversations in memory, at most {@code memoryMaxConversations} of them, the
 * least recently used forgotten first. Keys come from exchanges, so the bound is what keeps memory finite.
 */
final class LruConversationStore implements ConversationStore {

    private final Map<String, List<ChatMessage>> conversations;

    LruConversationStore(int maxConversations) {
        this.conversations = LRUCacheFactory.newLRUCache(maxConversations);
    }

    @Override
    public List<ChatMessage> get(String key) {
        List<ChatMessage> c = conversations.get(key);
        return c == null ? List.of() : c;
    }

    @Override
    public void put(String key, List<ChatMessage> conversation) {
        conversations.put(key, List.copyOf(conversation));
    }

    @Override
    public void remove(String key) {
        conversations.remove(key);
    }

    int size() {
        return conversations.size();
    }
}
