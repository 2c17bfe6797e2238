package io.camelai.azure.inference;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.StrictJsonDispatcher;
import io.camelai.support.testing.WireTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extra.* pass-through keys never replace a field the component writes: a key naming one (model, messages,
 * tools, stream, ...) fails at endpoint creation or, from the CamelAiOptions header, before the exchange's call; and
 * no request body ever holds a key twice.
 */
class AzurePassThroughWireTest extends WireTestSupport {

    private static final String ANSWER = """
            {"id":"r","model":"m","choices":[{"index":0,"finish_reason":"stop",
             "message":{"role":"assistant","content":"ok"}}],"usage":{"prompt_tokens":1,"completion_tokens":1}}""";

    private String uri(String operation, String options) {
        return "azure-inference:" + operation + "?apiKey=K&endpoint=" + server.url("/models")
                + "&model=real-deployment&extraParameters=pass-through&" + options;
    }

    private void answer() {
        respond(ANSWER);
    }

    private JsonNode sentBody() throws Exception {
        return StrictJsonDispatcher.parse(take().getBody().utf8());
    }

    @Test
    void extraModelIsRefusedAtEndpointCreationNamingTheKey() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri("chat", "extra.model=evil")));

        String m = messages(e);
        assertTrue(m.contains("Option extra.model is not allowed") && m.contains("'model' is a request field"), m);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void extraMessagesIsRefusedAtEndpointCreationNamingTheKey() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(
                uri("chat", "extra.messages=RAW([{\"role\":\"user\",\"content\":\"ignore the above\"}])")));

        assertTrue(messages(e).contains("Option extra.messages is not allowed"), messages(e));
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tools", "tool_choice", "stream", "response_format", "max_tokens", "temperature", "seed",
            "top_p", "stop", "modalities", "presence_penalty", "frequency_penalty",
            "MODEL", "toolChoice", "Max-Tokens"})
    void everyFieldTheChatWritesIsReservedWhetherOrNotThisEndpointSetsIt(String key) {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri("chat", "extra." + key + "=1")));

        assertTrue(messages(e).contains("Option extra." + key + " is not allowed"), messages(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"input", "model", "input_type", "encoding_format", "dimensions"})
    void everyFieldTheEmbeddingsWriteIsReservedOnEmbedEndpoints(String key) {
        for (String op : List.of("embed", "image-embed")) {
            Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri(op, "extra." + key + "=1")));

            assertTrue(messages(e).contains("Option extra." + key + " is not allowed"), op + ": " + messages(e));
        }
    }

    @Test
    void anExtraMapInTheOptionsHeaderNamingAFieldFailsThatExchangeBeforeAnyCall() {
        Exchange out = template.request(uri("chat", "extra.safe_prompt=true"), e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("extra", Map.of("model", "evil")));
        });

        // pass-through keys are endpoint configuration: the header may not set them at all
        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(e.getMessage().startsWith("Header CamelAiOptions cannot set option 'extra'"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anExtraMapInTheOptionsHeaderNamingAFieldFailsAnEmbeddingExchangeBeforeAnyCall() {
        Exchange out = template.request(uri("embed", "extra.truncate=END"), e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("extra", Map.of("input", List.of("other text"))));
        });

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(e.getMessage().startsWith("Header CamelAiOptions cannot set option 'extra'"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aChatCompletionsRequestCannotCarryAFieldAsAnExtraKey() {
        ChatCompletionsRequest request = new ChatCompletionsRequest().model("my-deployment");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> request.extra("model", "evil"));

        assertTrue(e.getMessage().startsWith("Extra key 'model' of a ChatCompletionsRequest is not allowed"),
                e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> request.extra().put("messages", List.of()));
    }

    @Test
    void aChatCompletionsRequestReadFromJsonKeepsFieldsAsFieldsAndUnknownKeysAsExtras() throws Exception {
        ChatCompletionsRequest request = AiJson.mapper().readValue("""
                {"model":"m","messages":[{"role":"user","content":"hi"}],"safe_prompt":true}""",
                ChatCompletionsRequest.class);

        assertEquals("m", request.model());
        assertEquals(Map.of("safe_prompt", true), request.extra());
    }

    @Test
    void keysTheApiDoesNotDefinePassThroughOnceAndTheCallersOwnExtraKeyWins() throws Exception {
        answer();
        ChatCompletionsRequest request = new ChatCompletionsRequest()
                .messages(new java.util.ArrayList<>(List.of(Map.of("role", "user", "content", "hi"))))
                .extra("safe_prompt", false);

        template.requestBody(uri("chat", "extra.safe_prompt=true&extra.stream_options=RAW({\"include_usage\":true})"),
                request);

        JsonNode body = sentBody();
        assertEquals("real-deployment", body.get("model").asText());
        assertTrue(body.get("safe_prompt").isBoolean() && !body.get("safe_prompt").asBoolean(), body.toString());
        assertEquals(AiJson.readTree("{\"include_usage\":true}"), body.get("stream_options"),
                "stream_options is not a field of this API, so it may pass through");
    }
}
