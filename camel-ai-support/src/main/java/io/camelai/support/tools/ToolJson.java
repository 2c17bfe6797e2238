package io.camelai.support.tools;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper for tool arguments and results. Unlike the wire-format mapper it keeps Java property names
 * (the schema a tool publishes uses them), so the model's arguments bind back to the same names.
 */
final class ToolJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndAddModules()
            .build();

    private ToolJson() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
