package io.camelai.cohere.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.CohereUsage;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.embed.EmbeddingBatcher;
import io.camelai.support.embed.EmbeddingProvider;
import io.camelai.support.embed.EmbeddingVectors;
import io.camelai.support.json.PassThrough;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Cohere's embeddings for {@link io.camelai.support.embed.EmbeddingProducer}: {@code POST /v2/embed}
 * ({@code /v1/embed} with apiVersion=v1), texts or images as data URIs, at most 96 inputs per call. Each embedding
 * type asked for ({@code embeddingTypes}) comes back as vectors of its own: {@code float[]} for float, {@code int[]}
 * for the integer types, Strings for base64.
 */
public final class CohereEmbed implements EmbeddingProvider<String, CohereConfiguration> {

    /**
     * The body keys of {@code /v1/embed} and {@code /v2/embed} the component writes, and {@code inputs} (the v2
     * alternative to texts and images): no extra.* key may name one.
     */
    public static final Set<String> FIELDS = Set.of("model", "texts", "images", "inputs", "input_type",
            "embedding_types", "truncate", "output_dimension", "max_tokens", "priority");
    /** Where vectors are: {@code embeddings.<type>[i]} (v2, v1 by type) or {@code embeddings[i]} (v1 floats). */
    private static final Pattern VECTORS = Pattern.compile("/embeddings(/[a-z0-9]+)?/\\d+");
    private static final List<String> TYPES = List.of("float", "int8", "uint8", "binary", "ubinary", "base64");

    private final CohereEndpoint endpoint;

    public CohereEmbed(CohereEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public String name() {
        return "cohere:embed";
    }

    @Override
    public int providerLimit() {
        return 96;
    }

    @Override
    public EmbeddingBatcher.BatchCall<String, Batch> call(Exchange exchange, CohereConfiguration cfg,
            List<String> inputs) {
        Message in = exchange.getMessage();
        boolean images = inputs.stream().allMatch(s -> s.startsWith("data:image/"));
        String inputType = CohereApiProducer.header(in, CohereConstants.INPUT_TYPE, cfg.getInputType());
        OptionValidator.check(CohereConfiguration.class, "inputType", inputType);
        boolean v1 = "v1".equals(cfg.getApiVersion());
        if (inputType == null && !v1) {
            inputType = images ? "image" : "search_document";
        }
        List<String> types = cfg.getEmbeddingTypes() == null || cfg.getEmbeddingTypes().isEmpty()
                ? List.of("float")
                : cfg.getEmbeddingTypes();
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("Invalid value '" + t + "' for option embeddingTypes: allowed"
                        + " values are " + String.join(", ", TYPES));
            }
        }
        String model = CohereApiProducer.header(in, AiHeaders.MODEL, cfg.getModel());
        String type = inputType;
        return (batch, offset) -> {
            Map<String, Object> body = CohereApiProducer.body("model", model, images ? "images" : "texts", batch,
                    "input_type", type, "embedding_types", v1 && cfg.getEmbeddingTypes() == null ? null : types,
                    "truncate", cfg.getTruncate());
            if (!v1) {
                body.put("output_dimension", cfg.getOutputDimension());
                body.put("max_tokens", cfg.getMaxTokens());
                body.put("priority", cfg.getPriority());
            }
            PassThrough.putAll(body, "extra.", cfg.getExtra(), FIELDS);
            JsonNode r = CohereApiProducer.post(endpoint, exchange, v1 ? "/v1/embed" : "/v2/embed", body, VECTORS);
            return new Batch(vectors(r.path("embeddings"), types), CohereUsage.of(r.get("meta")), null, r);
        };
    }

    @Override
    public void writeUsage(Message message, Usage usage) {
        CohereUsage.write(message, usage);
    }

    /** The embeddings by type; v1 without {@code embedding_types} answers a plain array of floats. */
    private static Map<String, List<Object>> vectors(JsonNode embeddings, List<String> types) {
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (String t : embeddings.isArray() ? List.of("float") : types) {
            List<Object> list = new ArrayList<>();
            (embeddings.isArray() ? embeddings : embeddings.path(t)).forEach(e -> list.add(EmbeddingVectors.of(e, t)));
            byType.put(t, list);
        }
        return byType;
    }
}
