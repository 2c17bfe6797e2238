package io.camelai.simulator.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.SimJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The arguments the simulated model gives a tool when no reply is scripted: read from the user's message. */
class SimModelToolArgumentsTest {

    private static final String FLIGHT_SCHEMA = """
            {"type": "object", "properties": {
              "destination_city": {"type": "string", "description": "The flight destination city"},
              "origin_city": {"type": "string", "description": "The name of the city where the flight originates"}},
             "required": ["origin_city", "destination_city"]}""";

    private static JsonNode call(String message, String... toolsAndSchemas) {
        List<SimTool> tools = new ArrayList<>();
        for (int i = 0; i < toolsAndSchemas.length; i += 2) {
            tools.add(new SimTool(toolsAndSchemas[i], SimJson.readOrNull(toolsAndSchemas[i + 1])));
        }
        SimReply reply = new SimModel().reply(
                new SimRequest("m", List.of(SimMessage.of("user", message)), tools, null, null));
        assertEquals(1, reply.toolCalls().size(), reply.toString());
        return SimJson.readOrNull(reply.toolCalls().get(0).arguments());
    }

    @Test
    void anOriginAndADestinationAreTheCitiesAfterFromAndToWhateverTheOrderOfTheParameters() {
        JsonNode args = call("When is the next flight from Seattle to Miami?", "get_flight_info", FLIGHT_SCHEMA);
        assertEquals("Seattle", args.get("origin_city").asText());
        assertEquals("Miami", args.get("destination_city").asText());
    }

    @Test
    void namesOfSeveralWordsStayWholeAndTheWordThatStartsASentenceIsNoName() {
        JsonNode args = call("Tomorrow I fly. Flights to San Francisco from New York, please.", "get_flight_info",
                FLIGHT_SCHEMA);
        assertEquals("New York", args.get("origin_city").asText());
        assertEquals("San Francisco", args.get("destination_city").asText());
    }

    @Test
    void aCityParameterTakesTheNameTheMessageMentions() {
        JsonNode args = call("What is the weather in Lisbon today?", "get_weather",
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
        assertEquals("Lisbon", args.get("city").asText());
    }

    @Test
    void anEnumTakesTheValueTheMessageMentionsElseItsFirstValue() {
        String schema = """
                {"type": "object", "properties": {
                  "location": {"type": "string"},
                  "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                  "detail": {"type": "string", "enum": ["short", "long"]}}}""";
        JsonNode args = call("The temperature in Paris in Fahrenheit, please", "get_weather", schema);
        assertEquals("Paris", args.get("location").asText());
        assertEquals("fahrenheit", args.get("unit").asText());
        assertEquals("short", args.get("detail").asText());
    }

    @Test
    void aNumberIsTheFirstOneOfTheMessageInTheSchemasRangeElseOneMovedIntoTheRange() {
        String schema = """
                {"type": "object", "properties": {
                  "seats": {"type": "integer", "minimum": 1, "maximum": 9},
                  "budget": {"type": "number", "minimum": 100},
                  "stops": {"type": "integer", "minimum": 5, "maximum": 8}}}""";
        JsonNode args = call("Book 40 euros worth, no: 3 seats at 120.5 each", "book", schema);
        assertEquals(3, args.get("seats").asInt());
        assertEquals(120.5, args.get("budget").asDouble());
        assertEquals(5, args.get("stops").asInt());
    }

    @Test
    void aQueryParameterTakesTheMessageAndOtherStringsTheirDefault() {
        String schema = """
                {"type": "object", "properties": {
                  "query": {"type": "string"},
                  "language": {"type": "string", "default": "en"},
                  "tags": {"type": "array", "items": {"type": "string"}}}}""";
        JsonNode args = call("how do routes retry?", "search_docs", schema);
        assertEquals("how do routes retry?", args.get("query").asText());
        assertEquals("en", args.get("language").asText());
        assertEquals("sample-tags", args.get("tags").get(0).asText());
    }

    @Test
    void theSameRequestGivesTheSameCall() {
        SimRequest request = new SimRequest("m",
                List.of(SimMessage.of("user", "Flight from Oslo to Rome?")),
                List.of(new SimTool("get_flight_info", SimJson.readOrNull(FLIGHT_SCHEMA))), null, null);
        assertEquals(new SimModel().reply(request), new SimModel().reply(request));
    }
}
