package io.camelai.azure.inference.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.json.AiJson;

/** The value of an {@code extra.*} option as it goes into the body: JSON when it parses as JSON, else the string. */
public final class ExtraValues {

    private ExtraValues() {
    }

    public static Object json(Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        JsonNode node = AiJson.readTreeOrNull(s);
        return node != null && !node.isMissingNode() ? node : s;
    }
}
