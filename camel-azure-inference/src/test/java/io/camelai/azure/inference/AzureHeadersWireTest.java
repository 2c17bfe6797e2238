package io.camelai.azure.inference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.ComponentDocs;
import io.camelai.support.testing.StrictJsonDispatcher;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Input headers stay inputs: the model that answered is CamelAiResponseModel, never CamelAiModel, so a route that
 * chats with one deployment and embeds with another sends each call to its own; a tool loop's usage headers count
 * every model call.
 */
class AzureHeadersWireTest extends CamelTestSupport {

    private static final String JSON_RESOURCE = "/META-INF/io/camelai/azure/inference/azure-inference.json";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    public static class Flights {
        @AiTool(name = "get_flight_info", description = "The next flight from a city")
        public String next(@AiToolParam(name = "origin") String origin) {
            return "{\"flight\":\"SEA-1\"}";
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("flights", new Flights());
    }

    private String uri(String operation, String options) {
        return "azure-inference:" + operation + "?apiKey=K&retryBackoff=1&endpoint=" + server.url("/models")
                + (options.isEmpty() ? "" : "&" + options);
    }

    private static final Map<String, String> ANSWERS = Map.of(
            "/models/chat/completions", """
                    {"id":"c-1","object":"chat.completion","model":"Mistral-large-2407",
                     "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"hi"}}],
                     "usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}}""",
            "/models/embeddings",
            """
                    {"object":"list","model":"embed-v-4-0","data":[{"object":"embedding","index":0,"embedding":[0.5,0.25]}],
                     "usage":{"prompt_tokens":2,"total_tokens":2}}""",
            "/models/images/embeddings",
            """
                    {"object":"list","model":"embed-v-4-0","data":[{"object":"embedding","index":0,"embedding":[0.5,0.25]}],
                     "usage":{"prompt_tokens":1,"total_tokens":1}}""",
            "/models/info", """
                    {"model_name":"Mistral-large","model_type":"chat-completion","model_provider_name":"MistralAI"}""");

    private void answerEveryOperation() {
        StrictJsonDispatcher.wrap(server, new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String answer = ANSWERS.get(request.getUrl().encodedPath());
                return answer == null
                        ? new MockResponse.Builder().code(404).build()
                        : new MockResponse.Builder().addHeader("Content-Type", "application/json").body(answer).build();
            }
        });
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "a request was sent");
        return r;
    }

    private static JsonNode body(RecordedRequest r) {
        return AiJson.readTree(r.getBody().utf8());
    }

    @Test
    void aChatWithModelAThenAnEmbedWithModelBSendsTheEmbedWithModelB() throws Exception {
        answerEveryOperation();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:rag").to(uri("chat", "model=Mistral-large-2407")).to(uri("embed", "model=embed-v-4-0"));
            }
        });

        Message out = template.request("direct:rag", e -> e.getMessage().setBody("Summarise this.")).getMessage();

        assertEquals("Mistral-large-2407", body(take()).get("model").asText());
        assertEquals("embed-v-4-0", body(take()).get("model").asText(), "not the chat's model");
        assertNull(out.getHeader(AiHeaders.MODEL), "no producer writes the model to call");
        assertEquals("embed-v-4-0", out.getHeader(AiHeaders.RESPONSE_MODEL), "the embedding model answered last");
    }

    static Stream<Arguments> everyOperation() {
        return Stream.of(
                Arguments.of("chat", "", "Hi", Map.of()),
                Arguments.of("chat", "model=Mistral-large-2407", "Hi", Map.of(AiHeaders.TEMPERATURE, 0.5)),
                Arguments.of("embed", "", "a text", Map.of(AzureInferenceConstants.INPUT_TYPE, "query")),
                Arguments.of("image-embed", "", "data:image/png;base64,iVBORw0KGgo=", Map.of()),
                Arguments.of("info", "", "", Map.of()));
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("everyOperation")
    void noOperationWritesAHeaderThatAnAzureEndpointReads(String operation, String options, Object body,
            Map<String, Object> headers) throws Exception {
        answerEveryOperation();
        List<String> inputs = ComponentDocs.inputHeaders(JSON_RESOURCE);

        Exchange out = template.request(uri(operation, options), e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });

        assertNull(out.getException(), () -> "the call succeeds: " + out.getException());
        for (String input : inputs) {
            assertEquals(headers.get(input), out.getMessage().getHeader(input),
                    input + " is an input: the call leaves it as the route set it");
        }
    }

    @Test
    void theInputHeadersAreTheOnesTheProducersRead() throws Exception {
        assertEquals(List.of(AzureInferenceConstants.INPUT_TYPE, AiHeaders.MODEL, AiHeaders.SYSTEM_MESSAGE,
                AiHeaders.TEMPERATURE, AiHeaders.MAX_TOKENS, AiHeaders.TOOLS, AiHeaders.OPTIONS, AiHeaders.MEDIA_TYPE),
                ComponentDocs.inputHeaders(JSON_RESOURCE));
    }

    @Test
    void aToolLoopReportsTheTokensOfEveryModelCallNotOnlyTheLast() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("""
                {"id":"c-1","object":"chat.completion","model":"Mistral-large-2407",
                 "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
                   "tool_calls":[{"id":"call_1","type":"function",
                                  "function":{"name":"get_flight_info","arguments":"{\\"origin\\":\\"Seattle\\"}"}}]}}],
                 "usage":{"prompt_tokens":205,"completion_tokens":22,"total_tokens":227}}""").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("""
                {"id":"c-2","object":"chat.completion","model":"Mistral-large-2407",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"SEA-1."}}],
                 "usage":{"prompt_tokens":70,"completion_tokens":20,"total_tokens":90}}""").build());

        Message out = template.request(uri("chat", "tools=#flights"),
                e -> e.getMessage().setBody("Next flight from Seattle?")).getMessage();

        assertEquals("SEA-1.", out.getBody(String.class));
        assertEquals(2, out.getHeader(AiHeaders.MODEL_CALLS));
        assertEquals(275L, out.getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(42L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(317L, out.getHeader(AiHeaders.TOTAL_TOKENS), "both calls, not the last call's 90");
        take();
        JsonNode second = body(take()).get("messages");
        assertEquals("tool", second.get(2).get("role").asText());
        assertEquals("call_1", second.get(2).get("tool_call_id").asText());
    }
}
