package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiOutputParseException;
import io.camelai.support.json.AiJson;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structured output on Cohere (https://docs.cohere.com/reference/chat): outputClass sends the class's JSON Schema as
 * {@code response_format} (v2 {@code json_schema}, v1 {@code schema}) and the answer becomes an instance of it.
 */
class CohereStructuredOutputWireTest extends CohereWireTestSupport {

    public record Weather(String city, int temperature, List<String> conditions) {}

    public static class Flights {
        @AiTool(name = "get_weather", description = "The weather in a city")
        public String weather(@AiToolParam(name = "city") String city) {
            return "{\"temperature\":21}";
        }
    }

    static final String WEATHER = Weather.class.getName();

    private static final String WEATHER_SCHEMA = """
            {"type":"object","properties":{"city":{"type":"string"},"temperature":{"type":"integer"},
              "conditions":{"type":"array","items":{"type":"string"}}},
             "required":["city","temperature","conditions"],"additionalProperties":false}""";

    private static final String ANSWER_JSON = "{\"city\":\"Lisbon\",\"temperature\":21,\"conditions\":[\"sunny\"]}";

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("flights", new Flights());
    }

    private static String v2Answer(String text) {
        return "{\"id\":\"r-1\",\"finish_reason\":\"COMPLETE\",\"message\":{\"role\":\"assistant\",\"content\":"
                + "[{\"type\":\"text\",\"text\":" + AiJson.writeString(text) + "}]}}";
    }

    private static String v1Answer(String text) {
        return "{\"text\":" + AiJson.writeString(text) + ",\"finish_reason\":\"COMPLETE\"}";
    }

    @Test
    void v2SendsTheClassSchemaAsJsonObjectWithJsonSchemaAndTheAnswerBecomesTheRecord() throws Exception {
        respond(v2Answer(ANSWER_JSON));

        Message out = template.request(uri("chat", "outputClass=" + WEATHER), e -> e.getMessage().setBody("Lisbon?"))
                .getMessage();

        assertEquals(new Weather("Lisbon", 21, List.of("sunny")), out.getBody());
        assertEquals(ANSWER_JSON, out.getHeader(AiHeaders.RAW_ANSWER));
        assertEquals(json("{\"type\":\"json_object\",\"json_schema\":" + WEATHER_SCHEMA + "}"),
                body(take()).get("response_format"));
    }

    @Test
    void v1SendsTheClassSchemaAsJsonObjectWithSchema() throws Exception {
        respond(v1Answer(ANSWER_JSON));

        Object body = template.requestBody(uri("chat", "apiVersion=v1&outputClass=" + WEATHER), "Lisbon?");

        assertEquals(new Weather("Lisbon", 21, List.of("sunny")), body);
        assertEquals(json("{\"type\":\"json_object\",\"schema\":" + WEATHER_SCHEMA + "}"),
                body(take()).get("response_format"));
    }

    @Test
    void anExplicitJsonObjectResponseFormatAgreesWithOutputClass() throws Exception {
        respond(v2Answer(ANSWER_JSON));

        template.requestBody(uri("chat", "responseFormat=json_object&outputClass=" + WEATHER), "Lisbon?");

        assertEquals(json("{\"type\":\"json_object\",\"json_schema\":" + WEATHER_SCHEMA + "}"),
                body(take()).get("response_format"));
    }

    @Test
    void anAnswerThatDoesNotParseFailsTheExchangeNamingTheClassAndKeepsTheText() {
        respond(v2Answer("It is sunny in Lisbon."));

        Exchange out = template.request(uri("chat", "outputClass=" + WEATHER), e -> e.getMessage().setBody("Lisbon?"));

        AiOutputParseException e = assertInstanceOf(AiOutputParseException.class, out.getException());
        assertTrue(e.getMessage().startsWith("The model's answer does not parse into " + WEATHER + ": "),
                e.getMessage());
        assertTrue(e.getMessage().contains("answer (22 chars): It is sunny in Lisbon."), e.getMessage());
        assertEquals("It is sunny in Lisbon.", e.getRawAnswer());
        assertEquals("It is sunny in Lisbon.", out.getMessage().getHeader(AiHeaders.RAW_ANSWER));
    }

    @Test
    void outputTypeJsonGivesAJsonNodeBodyAndSendsOnlyTheResponseFormatAskedFor() throws Exception {
        respond(v2Answer("{\"a\":[1,2]}"));

        Object body = template.requestBody(uri("chat", "outputType=json&responseFormat=json_object"), "JSON please");

        assertEquals(json("{\"a\":[1,2]}"), assertInstanceOf(JsonNode.class, body));
        assertEquals(json("{\"type\":\"json_object\"}"), body(take()).get("response_format"));
    }

    @Test
    void theToolLoopParsesOnlyTheFinalAnswer() throws Exception {
        respond("""
                {"id":"r-1","finish_reason":"TOOL_CALL","message":{"role":"assistant","tool_plan":"Look it up.",
                  "tool_calls":[{"id":"c1","type":"function",
                                 "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Lisbon\\"}"}}]}}""");
        respond(v2Answer(ANSWER_JSON));

        Message out = template.request(uri("chat", "tools=#flights&outputClass=" + WEATHER),
                e -> e.getMessage().setBody("Lisbon?")).getMessage();

        assertEquals(new Weather("Lisbon", 21, List.of("sunny")), out.getBody());
        assertEquals(2, out.getHeader(AiHeaders.MODEL_CALLS));
        assertEquals(body(take()).get("response_format"), body(take()).get("response_format"),
                "every call of the loop asks for the schema");
    }

    @Test
    void aManualToolCallAnswerIsNotParsed() throws Exception {
        respond("""
                {"id":"r-1","finish_reason":"TOOL_CALL","message":{"role":"assistant","tool_plan":"Look it up.",
                  "tool_calls":[{"id":"c1","type":"function",
                                 "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Lisbon\\"}"}}]}}""");

        Message out = template.request(uri("chat", "tools=#flights&toolExecution=manual&outputClass=" + WEATHER),
                e -> e.getMessage().setBody("Lisbon?")).getMessage();

        assertEquals("", out.getBody());
        assertNull(out.getHeader(AiHeaders.RAW_ANSWER));
        assertEquals(1, out.getHeader(AiHeaders.TOOL_CALLS, List.class).size());
    }

    @Test
    void outputClassConflictsWithJsonSchemaATextResponseFormatStreamingAndOutputTypeAtEndpointCreation() {
        assertEquals("Options outputClass and jsonSchema conflict: outputClass derives the JSON Schema from the"
                + " class; set one of them",
                creationFailure("outputClass=" + WEATHER + "&responseFormat=json_object&jsonSchema=RAW({})"));
        assertEquals("Options outputClass and responseFormat=text conflict: outputClass sends"
                + " responseFormat=json_object with the class's schema; remove responseFormat or set it to"
                + " json_object", creationFailure("outputClass=" + WEATHER + "&responseFormat=text"));
        assertEquals("Options outputClass and stream=true conflict: a streamed answer arrives in chunks and is not"
                + " parsed; remove one of them", creationFailure("outputClass=" + WEATHER + "&stream=true"));
        assertEquals("Options outputType=json and stream=true conflict: a streamed answer arrives in chunks and is"
                + " not parsed; remove one of them", creationFailure("outputType=json&stream=true"));
        assertEquals("Options outputClass and outputType conflict: outputClass parses the answer into its class,"
                + " outputType=json into a JsonNode; set one of them",
                creationFailure("outputClass=" + WEATHER + "&outputType=json"));
        assertEquals("Option outputClass: class com.example.Missing not found",
                creationFailure("outputClass=com.example.Missing"));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theOptionsHeaderCannotSetOutputClassNorContradictIt() {
        respond(v2Answer(ANSWER_JSON));
        Exchange named = template.request(uri("chat", ""), e -> {
            e.getMessage().setBody("Lisbon?");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("outputClass", WEATHER));
        });
        assertTrue(messages(named.getException()).contains("cannot set option 'outputClass'"),
                messages(named.getException()));

        Exchange contradicting = template.request(uri("chat", "outputClass=" + WEATHER), e -> {
            e.getMessage().setBody("Lisbon?");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("responseFormat", "text"));
        });
        assertTrue(messages(contradicting.getException()).contains("Options outputClass and responseFormat=text"
                + " conflict"), messages(contradicting.getException()));
        assertEquals(0, server.getRequestCount());
    }

    private String creationFailure(String options) {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri("chat", options)));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
