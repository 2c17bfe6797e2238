package io.camelai.simulator.model;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.SimJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated model's answer to a request for JSON: an instance of the schema the request carries. */
class SimModelStructuredOutputTest {

    private static final String SCHEMA = """
            {"type": "object", "additionalProperties": false,
             "required": ["city", "days", "rating", "sunny", "tags", "unit", "address", "next"],
             "properties": {
              "city": {"type": "string"},
              "days": {"type": "integer", "minimum": 1, "maximum": 14},
              "rating": {"type": "number"},
              "sunny": {"type": "boolean"},
              "tags": {"type": "array", "items": {"type": "string"}},
              "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
              "address": {"$ref": "#/$defs/Address"},
              "next": {"anyOf": [{"type": "null"}, {"$ref": "#/$defs/Address"}]}},
             "$defs": {"Address": {"type": "object", "additionalProperties": false, "required": ["street"],
                                   "properties": {"street": {"type": "string"}}}}}""";

    private static JsonNode answer(SimFormat format, String message) {
        SimReply reply = new SimModel().reply(new SimRequest("m", List.of(SimMessage.of("user", message)), List.of(),
                null, null, format));
        assertTrue(reply.toolCalls().isEmpty());
        JsonNode json = SimJson.readOrNull(reply.text());
        assertTrue(json != null && json.isObject(), reply.text());
        return json;
    }

    @Test
    void anAnswerToAJsonSchemaRequestHasEveryPropertyOfTheSchemaWithItsType() {
        JsonNode json = answer(SimFormat.openAi(SimJson.readOrNull(
                "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"w\",\"schema\":" + SCHEMA + "}}")),
                "Weather in Lisbon for 3 days in fahrenheit");
        assertEquals("Lisbon", json.get("city").asText());
        assertEquals(3, json.get("days").asInt());
        assertTrue(json.get("days").isIntegralNumber());
        assertTrue(json.get("rating").isNumber());
        assertTrue(json.get("sunny").isBoolean());
        assertTrue(json.get("tags").isArray() && json.get("tags").get(0).isTextual());
        assertEquals("fahrenheit", json.get("unit").asText());
        assertTrue(json.get("address").get("street").isTextual(), "a $ref is followed");
        assertTrue(json.get("next").get("street").isTextual(), "the non-null alternative of anyOf is taken");
        assertEquals(8, json.size(), "no property the schema does not declare");
    }

    @Test
    void aStringWithAFormatGetsAValueOfThatFormat() {
        JsonNode json = answer(new SimFormat(true, SimJson.readOrNull("""
                {"type":"object","properties":{"day":{"type":"string","format":"date"},
                 "at":{"type":"string","format":"date-time"}}}""")), "When?");
        assertEquals("2026-01-01", json.get("day").asText());
        assertEquals("2026-01-01T12:00:00Z", json.get("at").asText());
    }

    @Test
    void theSameRequestGetsTheSameAnswer() {
        SimFormat format = SimFormat.cohere(SimJson.readOrNull("{\"type\":\"json_object\",\"json_schema\":" + SCHEMA
                + "}"), "json_schema");
        assertEquals(answer(format, "Weather in Oslo"), answer(format, "Weather in Oslo"));
    }

    @Test
    void cohereV1ReadsTheSchemaFromSchemaAndQianfanV1FromTheSystemInstruction() {
        JsonNode v1 = answer(SimFormat.cohere(SimJson.readOrNull("{\"type\":\"json_object\",\"schema\":" + SCHEMA
                + "}"), "schema"), "Weather in Rome");
        assertEquals("Rome", v1.get("city").asText());
        JsonNode qianfan = answer(SimFormat.qianfanV1(SimJson.readOrNull("\"json_object\""),
                "Be brief.\n\nAnswer with one JSON object that conforms to this JSON Schema:\n" + SCHEMA),
                "Weather in Paris");
        assertEquals("Paris", qianfan.get("city").asText());
        assertEquals(8, qianfan.size());
    }

    @Test
    void aJsonObjectRequestWithoutASchemaGetsTheAnswerTextInAnObject() {
        JsonNode json = answer(SimFormat.openAi(SimJson.readOrNull("{\"type\":\"json_object\"}")), "hello");
        assertEquals("Simulated answer to: hello", json.get("answer").asText());
    }

    @Test
    void aRecursiveSchemaEndsWithAnEmptyArray() {
        String tree = """
                {"$ref": "#/$defs/Node", "$defs": {"Node": {"type": "object", "required": ["name", "children"],
                 "properties": {"name": {"type": "string"},
                                "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}}}}}""";
        JsonNode json = answer(new SimFormat(true, SimJson.readOrNull(tree)), "x");
        JsonNode node = json;
        int depth = 0;
        while (node.path("children").size() > 0) {
            node = node.get("children").get(0);
            depth++;
        }
        assertTrue(depth > 0 && depth < 8, json.toString());
        assertTrue(node.get("children").isArray());
    }
}
