package io.camelai.support.memory;

import java.util.ArrayList;
import java.util.List;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.PromptTemplates;
import io.camelai.support.chat.Role;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;

/**
 * One endpoint's conversation memory ({@code memoryKey}): the key expression, parsed once when the endpoint starts,
 * and the store (the endpoint's own bounded in-memory store, or {@code memoryRepository}). Before a call the
 * conversation kept under the exchange's key is put before the new input ({@link #begin}); once the answer is
 * complete, the new turn is appended ({@link Turn#end}). Only user, assistant and tool messages are kept: the system
 * message comes from the endpoint or the exchange on every call. A conversation keeps at most
 * {@code memoryMaxMessages} messages, dropping its oldest turns whole.
 */
public final class ConversationMemory {

    /** The longest key: keys come from exchanges and are kept in memory. */
    public static final int MAX_KEY_LENGTH = 1024;

    private final Expression key;
    private final ConversationStore store;
    private final int maxMessages;
    /** Serialises read-append-write of the store, so two turns finishing together both stay. */
    private final Object lock = new Object();

    ConversationMemory(Expression key, ConversationStore store, int maxMessages) {
        this.key = key;
        this.store = store;
        this.maxMessages = maxMessages;
    }

    /** The endpoint's memory, or null when {@code memoryKey} is unset. */
    public static ConversationMemory of(CamelContext context, AiConfiguration configuration) {
        Expression key = PromptTemplates.simple(context, "memoryKey", configuration.getMemoryKey());
        if (key == null) {
            return null;
        }
        ConversationStore store = configuration.getMemoryRepository() != null
                ? new RepositoryConversationStore(context, configuration.getMemoryRepository())
                : new LruConversationStore(configuration.getMemoryMaxConversations());
        return new ConversationMemory(key, store, configuration.getMemoryMaxMessages());
    }

    /**
     * Starts a turn: evaluates the key, forgets its conversation first when {@code CamelAiMemoryReset} is true, and
     * reads what is kept.
     *
     * @throws IllegalArgumentException when the key is empty or too long, or the body is a provider request object
     *                                  (which carries its own conversation)
     */
    public Turn begin(Exchange exchange, ChatCall<?> call, String provider) {
        if (call.nativeRequest() != null) {
            throw new IllegalArgumentException("Option memoryKey keeps conversations of text or ChatMessage input;"
                    + " the body is a " + provider + " request object, which carries its own conversation: send"
                    + " text, a ChatMessage or a List<ChatMessage>, or use userMessage");
        }
        String k = key.evaluate(exchange, String.class);
        if (k == null || k.isBlank()) {
            throw new IllegalArgumentException("Option memoryKey gave an empty key for this exchange: set what it"
                    + " reads (e.g. the header of ${header.sessionId})");
        }
        if (k.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("Option memoryKey gave a key of " + k.length() + " characters; at most "
                    + MAX_KEY_LENGTH + " are allowed");
        }
        if (Boolean.TRUE.equals(exchange.getMessage().getHeader(AiHeaders.MEMORY_RESET, Boolean.class))) {
            synchronized (lock) {
                store.remove(k);
            }
        }
        return new Turn(k, store.get(k));
    }

    /** The messages kept under {@code key} (for tests and diagnostics). */
    public List<ChatMessage> conversation(String key) {
        return store.get(key);
    }

    private void append(String k, List<ChatMessage> turn) {
        synchronized (lock) {
            List<ChatMessage> all = new ArrayList<>(store.get(k));
            all.addAll(turn);
            store.put(k, trim(all, maxMessages));
        }
    }

    /**
     * The last {@code max} messages at most, starting with a user message: a leading assistant or tool message
     * without the turn it belongs to would be refused by the providers.
     */
    static List<ChatMessage> trim(List<ChatMessage> conversation, int max) {
        int from = Math.max(0, conversation.size() - max);
        while (from < conversation.size() && conversation.get(from).role() != Role.USER) {
            from++;
        }
        return List.copyOf(conversation.subList(from, conversation.size()));
    }

    /** One call's use of the memory: the conversation it starts from, and the new turn once it is complete. */
    public final class Turn {

        private final String key;
        private final List<ChatMessage> history;
        /** How many leading messages of the call's conversation are already kept (or are system messages). */
        private int kept;

        private Turn(String key, List<ChatMessage> history) {
            this.key = key;
            this.history = history;
            this.kept = history.size();
        }

        /** The conversation kept so far. */
        public List<ChatMessage> history() {
            return history;
        }

        /**
         * The call with the kept conversation before its input; unchanged when its input already continues the kept
         * conversation (after its system messages): a route that sends {@code CamelAiConversation} back, as the
         * manual tool-call EIP does, does not get it twice.
         */
        public <C extends AiConfiguration> ChatCall<C> apply(ChatCall<C> call) {
            List<ChatMessage> input = call.messages();
            int lead = 0;
            while (lead < input.size() && input.get(lead).role() == Role.SYSTEM) {
                lead++;
            }
            if (!history.isEmpty() && input.size() - lead >= history.size()
                    && input.subList(lead, lead + history.size()).equals(history)) {
                kept = lead + history.size();
                return call;
            }
            kept = history.size();
            return call.withHistory(history);
        }

        /**
         * Keeps the new turn: what {@code conversation} (the messages sent, then the answer) adds to what is kept,
         * without system messages.
         */
        public void end(List<ChatMessage> conversation) {
            List<ChatMessage> turn = conversation.subList(kept, conversation.size()).stream()
                    .filter(m -> m.role() != Role.SYSTEM).toList();
            append(key, turn);
        }
    }
}
