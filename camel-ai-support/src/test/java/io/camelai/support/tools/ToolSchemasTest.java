package io.camelai.support.tools;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolSchemasTest {

    enum Cabin {
        ECONOMY, BUSINESS
    }

    record Passenger(String name, int age, List<String> meals) {}

    public static class Flights {
        Exchange seen;

        @AiTool(name = "get_flight_info", description = "Returns the next flight between two cities")
        public Map<String, Object> next(
                @AiToolParam(name = "origin_city", description = "Where from") String origin,
                @AiToolParam(name = "destination_city", description = "Where to") String destination,
                @AiToolParam(name = "cabin", required = false) Cabin cabin,
                @AiToolParam(name = "passengers", required = false) List<Passenger> passengers,
                Exchange exchange) {
            seen = exchange;
            return Map.of("flight", origin + "-" + destination, "cabin", String.valueOf(cabin),
                    "passengers", passengers == null ? 0 : passengers.size());
        }

        @AiTool(description = "Fails on purpose")
        public String broken(@AiToolParam(name = "x") int x) {
            throw new IllegalStateException("no flights today");
        }

        public String notATool() {
            return "";
        }
    }

    @Test
    void derivesSchemasFromJavaTypes() {
        ObjectNode s = ToolSchemas.of(Passenger.class);
        assertEquals("object", s.get("type").asText());
        assertEquals("string", s.at("/properties/name/type").asText());
        assertEquals("integer", s.at("/properties/age/type").asText());
        assertEquals("array", s.at("/properties/meals/type").asText());
        assertEquals("string", s.at("/properties/meals/items/type").asText());
        assertEquals("[\"name\",\"age\",\"meals\"]", s.get("required").toString());
        assertEquals("{\"type\":\"string\",\"enum\":[\"ECONOMY\",\"BUSINESS\"]}",
                ToolSchemas.of(Cabin.class).toString());
        assertEquals("number", ToolSchemas.of(double.class).get("type").asText());
        assertEquals("boolean", ToolSchemas.of(Boolean.class).get("type").asText());
    }

    @Test
    void beanToolsComeFromAnnotatedMethods() throws Exception {
        Flights flights = new Flights();
        List<Tool> tools = BeanTool.of(flights);
        assertEquals(2, tools.size());
        Tool tool = tools.stream().filter(t -> t.name().equals("get_flight_info")).findFirst().orElseThrow();
        ToolDefinition d = tool.definition();
        assertEquals("Returns the next flight between two cities", d.description());
        JsonNode p = d.parameters();
        assertEquals("Where from", p.at("/properties/origin_city/description").asText());
        assertEquals("[\"origin_city\",\"destination_city\"]", p.get("required").toString());
        assertEquals("BUSINESS", p.at("/properties/cabin/enum/1").asText());
        assertEquals("integer", p.at("/properties/passengers/items/properties/age/type").asText());
        assertTrue(!p.at("/properties").has("exchange"), "the Exchange parameter is not an argument");

        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        Object result = tool.invoke(exchange, new ToolCall("c1", "get_flight_info",
                "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\",\"cabin\":\"BUSINESS\","
                        + "\"passengers\":[{\"name\":\"A\",\"age\":3,\"meals\":[]}],\"extra\":1}"));
        assertEquals(Map.of("flight", "Seattle-Miami", "cabin", "BUSINESS", "passengers", 1), result);
        assertSame(exchange, flights.seen);

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> tool.invoke(exchange, new ToolCall("c2", "get_flight_info", "{\"origin_city\":\"Seattle\"}")));
        assertEquals("missing required argument 'destination_city'", missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tool.invoke(exchange,
                new ToolCall("c3", "get_flight_info",
                        "{\"origin_city\":\"a\",\"destination_city\":\"b\",\"cabin\":\"FIRST\"}")));
    }

    @Test
    void resultsBecomeJson() {
        assertEquals("{\"a\":1}", ToolResults.toJson(Map.of("a", 1)));
        assertEquals("{\"a\": 1}", ToolResults.toJson("{\"a\": 1}").replace("{\"a\":1}", "{\"a\": 1}"));
        assertEquals("[1,2]", ToolResults.toJson(List.of(1, 2)));
        assertEquals("{\"result\":\"sunny\"}", ToolResults.toJson("sunny"));
        assertEquals("{\"result\":42}", ToolResults.toJson(42));
        assertEquals("{\"result\":null}", ToolResults.toJson(null));
        assertEquals("{\"result\":\"{not json\"}", ToolResults.toJson("{not json"));
        assertEquals("{\"error\":\"boom\"}", ToolResults.error("boom"));
    }
}
