package io.camelai.support.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.json.AiJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ToolArgumentsTest {

    /** A booking: a required traveller object with a required name and an age, and a list of legs with enums. */
    private static final ToolDefinition BOOK = definition("""
            {"type":"object","required":["traveller","legs"],"additionalProperties":false,
             "properties":{
               "traveller":{"type":"object","required":["name"],"additionalProperties":false,
                 "properties":{"name":{"type":"string"},"age":{"type":"integer"}}},
               "legs":{"type":"array","items":{"type":"object","required":["from","cabin"],
                 "properties":{"from":{"type":"string"},"cabin":{"enum":["economy","business"]}}}},
               "note":{"type":"string"}}}""");

    @Test
    void validNestedArgumentsPassAsSent() {
        String args = "{\"traveller\":{\"name\":\"Ada\",\"age\":36},"
                + "\"legs\":[{\"from\":\"ZRH\",\"cabin\":\"economy\"},{\"from\":\"LHR\",\"cabin\":\"business\"}]}";

        assertEquals(read(args), ToolArguments.parse(call(args), BOOK));
    }

    @Test
    void aMissingNestedRequiredMemberIsNamedByItsPath() {
        assertEquals("missing required argument 'traveller.name'",
                refused("{\"traveller\":{\"age\":36},\"legs\":[]}"));
    }

    @Test
    void aNestedValueOfTheWrongTypeIsNamedByItsPath() {
        assertEquals("argument 'traveller.age' must be of type integer, got string",
                refused("{\"traveller\":{\"name\":\"Ada\",\"age\":\"36; DROP TABLE\"},\"legs\":[]}"));
    }

    @Test
    void anArrayItemIsCheckedAgainstTheItemsSchema() {
        assertEquals("argument 'legs[1].cabin' must be one of [\"economy\",\"business\"]",
                refused("{\"traveller\":{\"name\":\"Ada\"},"
                        + "\"legs\":[{\"from\":\"ZRH\",\"cabin\":\"economy\"},{\"from\":\"LHR\",\"cabin\":\"first\"}]}"));
        assertEquals("missing required argument 'legs[0].from'",
                refused("{\"traveller\":{\"name\":\"Ada\"},\"legs\":[{\"cabin\":\"economy\"}]}"));
        assertEquals("argument 'legs[0]' must be of type object, got string",
                refused("{\"traveller\":{\"name\":\"Ada\"},\"legs\":[\"ZRH\"]}"));
    }

    @Test
    void anUndeclaredMemberIsRefusedWhereTheSchemaAllowsNoOthers() {
        assertEquals("argument 'traveller.role' is not declared (the schema allows no other arguments)",
                refused("{\"traveller\":{\"name\":\"Ada\",\"role\":\"admin\"},\"legs\":[]}"));
        assertEquals("argument 'debug' is not declared (the schema allows no other arguments)",
                refused("{\"traveller\":{\"name\":\"Ada\"},\"legs\":[],\"debug\":true}"));
    }

    @Test
    void undeclaredMembersPassWhereTheSchemaDoesNotForbidThem() {
        String args = "{\"traveller\":{\"name\":\"Ada\"},\"legs\":[{\"from\":\"ZRH\",\"cabin\":\"economy\","
                + "\"seat\":\"12A\"}]}";

        assertEquals(read(args), ToolArguments.parse(call(args), BOOK));
    }

    private static String refused(String args) {
        return assertThrows(InvalidToolArgumentsException.class, () -> ToolArguments.parse(call(args), BOOK))
                .getMessage();
    }

    private static ToolCall call(String args) {
        return new ToolCall("call-1", "book", args);
    }

    private static JsonNode read(String json) {
        try {
            return AiJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ToolDefinition definition(String schema) {
        return new ToolDefinition("book", "books a trip", read(schema));
    }
}
