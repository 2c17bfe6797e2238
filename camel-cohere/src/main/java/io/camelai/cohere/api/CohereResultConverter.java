package io.camelai.cohere.api;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelai.support.json.AiJson;
import org.apache.camel.Converter;

/**
 * Rerank and classify results as maps with Cohere's field names ({@code index}, {@code relevance_score},
 * {@code document}; {@code input}, {@code prediction}, {@code confidence}, {@code labels}), for routes that work
 * with maps (YAML, simple expressions, JSON output).
 */
@Converter(generateLoader = true)
public final class CohereResultConverter {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private CohereResultConverter() {}

    @Converter
    public static Map<String, Object> toMap(RerankResult result) {
        return AiJson.mapper().convertValue(result, MAP);
    }

    @Converter
    public static Map<String, Object> toMap(Classification result) {
        return AiJson.mapper().convertValue(result, MAP);
    }
}
