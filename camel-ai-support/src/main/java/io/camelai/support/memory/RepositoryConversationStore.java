package io.camelai.support.memory;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.json.AiJson;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.AggregationRepository;
import org.apache.camel.support.DefaultExchange;

/**
 * Conversations in a Camel {@link AggregationRepository} ({@code memoryRepository}), so several endpoints or
 * instances can share them through a persistent repository: each conversation is one exchange whose body is the
 * conversation as JSON text (a String, which every repository can serialise).
 */
final class RepositoryConversationStore implements ConversationStore {

    private static final TypeReference<List<ChatMessage>> CONVERSATION = new TypeReference<>() {
    };

    private final CamelContext context;
    private final AggregationRepository repository;

    RepositoryConversationStore(CamelContext context, AggregationRepository repository) {
        this.context = context;
        this.repository = repository;
    }

    @Override
    public List<ChatMessage> get(String key) {
        Exchange stored = repository.get(context, key);
        String json = stored == null ? null : stored.getMessage().getBody(String.class);
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(AiJson.mapper().readValue(json, CONVERSATION));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The conversation stored under key '" + key + "' in memoryRepository is"
                    + " not a JSON list of chat messages: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void put(String key, List<ChatMessage> conversation) {
        Exchange holder = new DefaultExchange(context);
        holder.getMessage().setBody(AiJson.writeString(conversation));
        repository.add(context, key, holder);
    }

    @Override
    public void remove(String key) {
        Exchange stored = repository.get(context, key);
        if (stored != null) {
            repository.remove(context, key, stored);
            // a repository that keeps removed exchanges until confirmed (JDBC, ...) drops them now
            repository.confirm(context, stored.getExchangeId());
        }
    }
}
