package io.camelai.support.embed;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ChatHeaders;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What a provider module supplies to {@link EmbeddingProducer}: its per-call limit, its request mapping and the
 * decoding of one answer. Reading the body, batching, reassembly in input order and the output headers are done
 * once, in the producer.
 *
 * @param <I> one input: a text, or a provider's own input (an image and its text)
 * @param <C> the provider's configuration
 */
public interface EmbeddingProvider<I, C extends AiConfiguration> {

    /** The provider (or operation) in messages: {@code cohere:embed}, {@code azure-inference}, {@code qianfan}. */
    String name();

    /** The most inputs one call may carry: {@code batchSize}'s default and upper bound. */
    int providerLimit();

    /** The exchange's inputs in order: by default its text or texts ({@link EmbeddingInputs}). */
    @SuppressWarnings("unchecked")
    default List<I> inputs(Message message) {
        return (List<I>) EmbeddingInputs.texts(message, name());
    }

    /**
     * Reads and checks the exchange's request parameters, before any network call, and returns the call that sends
     * one batch of its inputs and decodes the answer.
     */
    EmbeddingBatcher.BatchCall<I, Batch> call(Exchange exchange, C configuration, List<I> inputs);

    /** Writes the usage headers of the whole call; a provider with counts of its own also clears stale ones. */
    default void writeUsage(Message message, Usage usage) {
        ChatHeaders.usage(message, usage);
    }

    /**
     * The answer to one batch.
     *
     * @param vectors  each embedding type asked for (even when the answer has none), with the batch's vectors in
     *                 input order: one type gives a {@code List} body, several a {@code Map} by type
     * @param usage    what the provider reported for this call, or null
     * @param model    the model that answered, when the provider says
     * @param response the parsed response
     */
    record Batch(Map<String, List<Object>> vectors, Usage usage, String model, JsonNode response) {

        public static Batch of(String type, List<Object> vectors, Usage usage, String model, JsonNode response) {
            return new Batch(Map.of(type, vectors), usage, model, response);
        }
    }
}
