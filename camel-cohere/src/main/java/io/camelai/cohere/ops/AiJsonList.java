package io.camelai.cohere.ops;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.camelai.support.json.AiJson;

/** The responses of a batched call as one JSON array, for {@code CamelAiResponse}. */
final class AiJsonList {

    private AiJsonList() {
    }

    static ArrayNode of(List<JsonNode> responses) {
        ArrayNode array = AiJson.mapper().createArrayNode();
        responses.forEach(array::add);
        return array;
    }
}
