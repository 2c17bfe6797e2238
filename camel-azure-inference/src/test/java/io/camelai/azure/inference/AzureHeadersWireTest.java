package io.camelai.azure.inference;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.testing.AbstractHeadersWireTest;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Input headers stay inputs: the model that answered is CamelAiResponseModel, never CamelAiModel, so a route that
 * chats with one deployment and embeds with another sends each call to its own; a tool loop's usage headers count
 * every model call.
 */
class AzureHeadersWireTest extends AbstractHeadersWireTest {

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

    @Override
    protected String uri(String operation, String options) {
        return "azure-inference:" + operation + "?apiKey=K&retryBackoff=1&endpoint=" + server.url("/models")
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected String componentJson() {
        return "/META-INF/io/camelai/azure/inference/azure-inference.json";
    }

    @Override
    protected List<String> inputHeaders() {
        return List.of(AzureInferenceConstants.INPUT_TYPE, AiHeaders.MODEL, AiHeaders.USER_MESSAGE,
                AiHeaders.SYSTEM_MESSAGE,
                AiHeaders.TEMPERATURE, AiHeaders.MAX_TOKENS, AiHeaders.TOOLS, AiHeaders.OPTIONS,
                AiHeaders.MEMORY_RESET, AiHeaders.MEDIA_TYPE);
    }

    @Override
    protected Map<String, String> answers() {
        return Map.of(
                "POST /models/chat/completions", """
                        {"id":"c-1","object":"chat.completion","model":"Mistral-large-2407",
                         "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"hi"}}],
                         "usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}}""",
                "POST /models/embeddings",
                """
                        {"object":"list","model":"embed-v-4-0","data":[{"object":"embedding","index":0,"embedding":[0.5,0.25]}],
                         "usage":{"prompt_tokens":2,"total_tokens":2}}""",
                "POST /models/images/embeddings",
                """
                        {"object":"list","model":"embed-v-4-0","data":[{"object":"embedding","index":0,"embedding":[0.5,0.25]}],
                         "usage":{"prompt_tokens":1,"total_tokens":1}}""",
                "GET /models/info",
                """
                        {"model_name":"Mistral-large","model_type":"chat-completion","model_provider_name":"MistralAI"}""");
    }

    static Stream<Arguments> chatThenEmbed() {
        return Stream.of(Arguments.of("model=Mistral-large-2407", "model=embed-v-4-0", "Mistral-large-2407",
                "embed-v-4-0"));
    }

    @Override
    protected void assertAfterChatThenEmbed(Exchange out) {
        assertEquals("embed-v-4-0", out.getMessage().getHeader(AiHeaders.RESPONSE_MODEL),
                "the embedding model answered last");
    }

    static Stream<Arguments> everyOperation() {
        return Stream.of(
                Arguments.of("chat", "", "Hi", Map.of()),
                Arguments.of("chat", "model=Mistral-large-2407", "Hi", Map.of(AiHeaders.TEMPERATURE, 0.5)),
                Arguments.of("embed", "", "a text", Map.of(AzureInferenceConstants.INPUT_TYPE, "query")),
                Arguments.of("image-embed", "", "data:image/png;base64,iVBORw0KGgo=", Map.of()),
                Arguments.of("info", "", "", Map.of()));
    }

    @Test
    void aToolLoopReportsTheTokensOfEveryModelCallNotOnlyTheLast() throws Exception {
        respond("""
                {"id":"c-1","object":"chat.completion","model":"Mistral-large-2407",
                 "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
                   "tool_calls":[{"id":"call_1","type":"function",
                                  "function":{"name":"get_flight_info","arguments":"{\\"origin\\":\\"Seattle\\"}"}}]}}],
                 "usage":{"prompt_tokens":205,"completion_tokens":22,"total_tokens":227}}""");
        respond("""
                {"id":"c-2","object":"chat.completion","model":"Mistral-large-2407",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"SEA-1."}}],
                 "usage":{"prompt_tokens":70,"completion_tokens":20,"total_tokens":90}}""");

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
