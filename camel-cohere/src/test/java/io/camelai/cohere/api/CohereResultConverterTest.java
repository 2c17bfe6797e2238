package io.camelai.cohere.api;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rerank and classify results convert to maps with Cohere's field names, through the generated converter loader. */
class CohereResultConverterTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    @Test
    void aRerankResultIsAMapOfIndexScoreAndDocument() throws Exception {
        Map<?, ?> map = context.getTypeConverter().mandatoryConvertTo(Map.class,
                new RerankResult(2, 0.75, Map.of("text", "Carson City is the capital of Nevada")));
        assertEquals(Map.of("index", 2, "relevance_score", 0.75,
                "document", Map.of("text", "Carson City is the capital of Nevada")), map);
    }

    @Test
    void aClassificationIsAMapOfItsPredictionAndEveryLabelsConfidence() throws Exception {
        Map<?, ?> map = context.getTypeConverter().mandatoryConvertTo(Map.class,
                new Classification("great movie", "positive", 0.9, Map.of("positive", 0.9, "negative", 0.1)));
        assertEquals(Map.of("input", "great movie", "prediction", "positive", "confidence", 0.9,
                "labels", Map.of("positive", 0.9, "negative", 0.1)), map);
    }
}
