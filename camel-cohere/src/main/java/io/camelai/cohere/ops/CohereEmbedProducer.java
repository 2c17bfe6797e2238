package io.camelai.cohere.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatHeaders;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.embed.EmbeddingInputs;
import io.camelai.support.embed.EmbeddingVectors;
import io.camelai.support.json.PassThrough;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code POST /v2/embed} ({@code /v1/embed} with apiVersion=v1): texts, or images as data URIs, in calls of at most 96
 * inputs run with bounded parallelism and reassembled in input order. One embedding type gives a list of vectors
 * ({@code float[]} for float, {@code int[]} for the integer types, Strings for base64); several give a map by type.
 */
public final class CohereEmbedProducer extends CohereApiProducer {

    static final int PROVIDER_LIMIT = 96;
    /**
     * The body keys of {@code /v1/embed} and {@code /v2/embed} the component writes, and {@code inputs} (the v2
     * alternative to texts and images): no extra.* key may name one.
     */
    public static final Set<String> FIELDS = Set.of("model", "texts", "images", "inputs", "input_type",
            "embedding_types", "truncate", "output_dimension", "max_tokens", "priority");
    private static final List<String> TYPES = List.of("float", "int8", "uint8", "binary", "ubinary", "base64");

    public CohereEmbedProducer(CohereEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
        Message in = exchange.getMessage();
        List<String> inputs = EmbeddingInputs.texts(in, "cohere:embed");
        boolean images = inputs.stream().allMatch(s -> s.startsWith("data:image/"));
        String inputType = header(in, CohereConstants.INPUT_TYPE, cfg.getInputType());
        OptionValidator.check(CohereConfiguration.class, "inputType", inputType);
        boolean v1 = "v1".equals(cfg.getApiVersion());
        if (inputType == null && !v1) {
            inputType = images ? "image" : "search_document";
        }
        List<String> types = cfg.getEmbeddingTypes() == null || cfg.getEmbeddingTypes().isEmpty()
                ? List.of("float") : cfg.getEmbeddingTypes();
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("Invalid value '" + t + "' for option embeddingTypes: allowed"
                                                   + " values are " + String.join(", ", TYPES));
            }
        }
        String model = header(in, AiHeaders.MODEL, cfg.getModel());
        String type = inputType;
        List<JsonNode> responses = getEndpoint().embeddingBatcher(PROVIDER_LIMIT).run(inputs, (batch, offset) -> {
            Map<String, Object> body = body("model", model, images ? "images" : "texts", batch, "input_type", type,
                    "embedding_types", v1 && cfg.getEmbeddingTypes() == null ? null : types,
                    "truncate", cfg.getTruncate());
            if (!v1) {
                body.put("output_dimension", cfg.getOutputDimension());
                body.put("max_tokens", cfg.getMaxTokens());
                body.put("priority", cfg.getPriority());
            }
            PassThrough.putAll(body, "extra.", cfg.getExtra(), FIELDS);
            return post(exchange, v1 ? "/v1/embed" : "/v2/embed", body);
        });

        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (JsonNode r : responses) {
            JsonNode embeddings = r.path("embeddings");
            if (embeddings.isArray()) {
                // v1 without embedding_types: embeddings_floats
                embeddings.forEach(e -> byType.computeIfAbsent("float", k -> new ArrayList<>()).add(EmbeddingVectors.of(e, "float")));
            } else {
                for (String t : types) {
                    List<Object> list = byType.computeIfAbsent(t, k -> new ArrayList<>());
                    embeddings.path(t).forEach(e -> list.add(EmbeddingVectors.of(e, t)));
                }
            }
        }
        for (Map.Entry<String, List<Object>> e : byType.entrySet()) {
            if (e.getValue().size() != inputs.size()) {
                throw new IllegalStateException("cohere returned " + e.getValue().size() + " " + e.getKey()
                                                + " embeddings for " + inputs.size() + " inputs");
            }
        }
        Object result = types.size() == 1 ? byType.getOrDefault(types.get(0), List.of()) : byType;
        answer(in, result, responses.size() == 1 ? responses.get(0) : AiJsonList.of(responses));
        usage(in, responses);
    }
}
