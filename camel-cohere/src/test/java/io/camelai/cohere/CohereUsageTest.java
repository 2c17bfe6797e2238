package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.V2ChatResponse;
import io.camelai.support.chat.Usage;
import io.camelai.support.json.AiJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A v2 chat answer's usage read from its bound type counts what the same JSON object read as a tree counts. */
class CohereUsageTest {

    private static final List<String> USAGES = List.of(
            "{\"billed_units\":{\"input_tokens\":5,\"output_tokens\":7},\"tokens\":{\"input_tokens\":210,"
                    + "\"output_tokens\":7}}",
            "{\"billed_units\":{\"input_tokens\":5.0,\"output_tokens\":7.9,\"search_units\":1,"
                    + "\"classifications\":2,\"images\":1,\"image_tokens\":400}}",
            "{\"billed_units\":{\"image_tokens\":400}}",
            "{\"tokens\":{\"output_tokens\":3}}",
            "{\"billed_units\":{\"input_tokens\":-1,\"output_tokens\":1e300},\"tokens\":{\"input_tokens\":-4}}",
            "{\"billed_units\":{},\"tokens\":{}}",
            "{\"cached_tokens\":12}",
            "{}");

    @Test
    void theTypedUsageGivesTheSameCountsAndBilledHeadersAsTheJsonObject() throws Exception {
        for (String json : USAGES) {
            JsonNode tree = AiJson.mapper().readTree(json);
            V2ChatResponse.Usage typed = AiJson.mapper().treeToValue(tree, V2ChatResponse.Usage.class);
            assertEquals(CohereUsage.of(tree), CohereUsage.of(typed), json);
        }
    }

    @Test
    void billedUnitsStandInForTokensAndBecomeHeadersWhenAnAnswerHasNoTokens() throws Exception {
        V2ChatResponse.Usage typed = AiJson.mapper().readValue(USAGES.get(1), V2ChatResponse.Usage.class);
        Usage usage = CohereUsage.of(typed);
        assertEquals(405L, usage.inputTokens());
        assertEquals(7L, usage.outputTokens());
        assertEquals(Map.of(CohereConstants.BILLED_INPUT_TOKENS, 5L, CohereConstants.BILLED_OUTPUT_TOKENS, 7L,
                CohereConstants.BILLED_SEARCH_UNITS, 1L, CohereConstants.BILLED_CLASSIFICATIONS, 2L,
                CohereConstants.BILLED_IMAGES, 1L, CohereConstants.BILLED_IMAGE_TOKENS, 400L), usage.details());
    }

    @Test
    void anAnswerWithoutCountsReportsNoUsage() {
        assertNull(CohereUsage.of((V2ChatResponse.Usage) null));
        assertNull(CohereUsage.of(new V2ChatResponse.Usage(null, null, 3.0)));
    }
}
