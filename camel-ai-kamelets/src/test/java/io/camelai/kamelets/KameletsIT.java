package io.camelai.kamelets;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.testing.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kamelet of this module, found on the classpath under {@code kamelets/} by Camel's kamelet component and loaded
 * by the YAML DSL, called from a route against the simulator: the request carries the kamelet's properties (and its
 * defaults where a property is not given), the route gets the answer, and no secret reaches a log line or an
 * endpoint's description.
 */
class KameletsIT {

    private static final String SECRET = "kamelet-secret-4711";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private CamelContext context;

    @BeforeEach
    void start() {
        sim.get().reset();
        context = new DefaultCamelContext();
    }

    @AfterEach
    void stop() throws Exception {
        String described = context.getEndpoints() + " " + context.getRoutes() + " "
                + context.getEndpointRegistry();
        context.close();
        assertFalse(described.contains(SECRET), "an endpoint or route shows the secret: " + described);
        logs.assertNoSecret(SECRET);
        assertTrue(logs.all().contains("kamelet://") && logs.all().contains("xxxxxx"),
                "Camel logged the kamelet's endpoint, its secret masked, so the log check saw it");
    }

    private Exchange call(String kameletUri, Object body, Map<String, Object> headers) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to(kameletUri);
            }
        });
        context.start();
        Exchange exchange = context.createProducerTemplate().request("direct:a", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(headers);
        });
        assertNull(exchange.getException(), () -> "the exchange failed: " + exchange.getException());
        return exchange;
    }

    private static String cohere() {
        return "&apiKey=" + SECRET + "&baseUrl=" + sim.get().cohereUrl();
    }

    @Test
    void cohereChatActionSendsTheBodyWithTheGivenModelAndOptionsAndReturnsTheAnswer() throws Exception {
        Exchange answer = call("kamelet:cohere-chat-action?model=command-r-plus&maxTokens=64&temperature=0.2"
                + "&systemMessage=Answer+briefly" + cohere(), "What is Camel?", Map.of());

        assertEquals("Simulated answer to: What is Camel?", answer.getMessage().getBody(String.class));
        RecordedRequest request = sim.get().takeRequest();
        assertEquals("/v2/chat", request.path());
        assertEquals("Bearer " + SECRET, request.header("Authorization"));
        JsonNode json = request.json();
        assertEquals("command-r-plus", json.get("model").asText());
        assertEquals(64, json.get("max_tokens").asInt());
        assertEquals(0.2, json.get("temperature").asDouble());
        assertEquals("system", json.at("/messages/0/role").asText());
        assertEquals("Answer briefly", json.at("/messages/0/content").asText());
        assertEquals("What is Camel?", json.at("/messages/1/content").asText());
    }

    @Test
    void cohereChatActionUsesItsDefaultModelAndLeavesUnsetOptionsOut() throws Exception {
        Exchange answer = call("kamelet:cohere-chat-action?" + cohere().substring(1), "hi", Map.of());

        assertEquals("Simulated answer to: hi", answer.getMessage().getBody(String.class));
        JsonNode json = sim.get().takeRequest().json();
        assertEquals("command-a-03-2025", json.get("model").asText());
        assertFalse(json.has("max_tokens"), json.toString());
        assertFalse(json.has("temperature"), json.toString());
        assertEquals(1, json.get("messages").size(), "no system message: " + json);
    }

    @Test
    void cohereEmbedActionEmbedsTheBodyWithTheDefaultInputTypeAndTheGivenDimension() throws Exception {
        Exchange answer = call("kamelet:cohere-embed-action?outputDimension=256" + cohere(), "a text", Map.of());

        List<?> vectors = assertInstanceOf(List.class, answer.getMessage().getBody());
        assertEquals(256, assertInstanceOf(float[].class, vectors.get(0)).length);
        RecordedRequest request = sim.get().takeRequest();
        assertEquals("/v2/embed", request.path());
        JsonNode json = request.json();
        assertEquals("embed-v4.0", json.get("model").asText());
        assertEquals("search_document", json.get("input_type").asText());
        assertEquals(256, json.get("output_dimension").asInt());
        assertEquals("a text", json.at("/texts/0").asText());
    }

    @Test
    void cohereRerankActionRanksTheBodysDocumentsAgainstTheQueryHeader() throws Exception {
        Exchange answer = call("kamelet:cohere-rerank-action?topN=2" + cohere(),
                List.of("Camel routes messages", "Bananas are yellow", "Kamelets are route templates"),
                Map.of("CamelCohereQuery", "What is a kamelet?"));

        List<?> results = assertInstanceOf(List.class, answer.getMessage().getBody());
        assertEquals(2, results.size());
        RecordedRequest request = sim.get().takeRequest();
        assertEquals("/v2/rerank", request.path());
        JsonNode json = request.json();
        assertEquals("rerank-v3.5", json.get("model").asText());
        assertEquals("What is a kamelet?", json.get("query").asText());
        assertEquals(3, json.get("documents").size());
        assertEquals(2, json.get("top_n").asInt());
    }

    @Test
    void azureInferenceChatActionSendsTheDeploymentKeyAndApiVersion() throws Exception {
        Exchange answer = call("kamelet:azure-inference-chat-action?endpoint=" + sim.get().azureUrl() + "&apiKey="
                + SECRET + "&model=Phi-4&maxTokens=32", "Hello Azure", Map.of());

        assertEquals("Simulated answer to: Hello Azure", answer.getMessage().getBody(String.class));
        RecordedRequest request = sim.get().takeRequest();
        assertTrue(request.path().endsWith("/chat/completions"), request.path());
        assertEquals("api-version=2024-05-01-preview", request.query());
        assertEquals(SECRET, request.header("api-key"));
        JsonNode json = request.json();
        assertEquals("Phi-4", json.get("model").asText());
        assertEquals(32, json.get("max_tokens").asInt());
        assertEquals("Hello Azure", json.at("/messages/0/content").asText());
    }

    @Test
    void azureInferenceEmbedActionEmbedsTheBodyWithTheGivenDimensionsAndInputType() throws Exception {
        Exchange answer = call("kamelet:azure-inference-embed-action?endpoint=" + sim.get().azureUrl() + "&apiKey="
                + SECRET + "&model=text-embedding-3-small&dimensions=64&inputType=query", "find me", Map.of());

        List<?> vectors = assertInstanceOf(List.class, answer.getMessage().getBody());
        assertEquals(64, assertInstanceOf(float[].class, vectors.get(0)).length);
        RecordedRequest request = sim.get().takeRequest();
        assertTrue(request.path().endsWith("/embeddings"), request.path());
        JsonNode json = request.json();
        assertEquals("text-embedding-3-small", json.get("model").asText());
        assertEquals(64, json.get("dimensions").asInt());
        assertEquals("query", json.get("input_type").asText());
        assertEquals("find me", json.at("/input/0").asText());
    }

    @Test
    void qianfanChatActionSignsWithTheAccessKeyAndSendsTheV1Options() throws Exception {
        Exchange answer = call("kamelet:qianfan-chat-action?accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey="
                + SECRET + "&baseUrl=" + sim.get().qianfanUrl() + "&model=ERNIE-3.5-8K&maxOutputTokens=100",
                "你好", Map.of());

        assertEquals("Simulated answer to: 你好", answer.getMessage().getBody(String.class));
        RecordedRequest request = sim.get().takeRequest();
        assertTrue(request.path().contains("/wenxinworkshop/chat/"), request.path());
        assertTrue(request.header("Authorization").startsWith("bce-auth-v1/" + QianfanApi.ACCESS_KEY + "/"),
                request.header("Authorization"));
        JsonNode json = request.json();
        assertEquals(100, json.get("max_output_tokens").asInt());
        assertEquals("你好", json.at("/messages/0/content").asText());
    }

    @Test
    void qianfanChatActionSendsABearerTokenToTheV2Api() throws Exception {
        Exchange answer = call("kamelet:qianfan-chat-action?apiVersion=v2&bearerToken=bce-v3/ALTAK-" + SECRET
                + "&baseUrl=" + sim.get().qianfanUrl() + "&model=ernie-4.0-8k", "hello v2", Map.of());

        assertEquals("Simulated answer to: hello v2", answer.getMessage().getBody(String.class));
        RecordedRequest request = sim.get().takeRequest();
        assertEquals("/v2/chat/completions", request.path());
        assertEquals("Bearer bce-v3/ALTAK-" + SECRET, request.header("Authorization"));
        assertEquals("ernie-4.0-8k", request.json().get("model").asText());
    }

    @Test
    void qianfanEmbedActionEmbedsTheBodyWithTheDefaultModel() throws Exception {
        Exchange answer = call("kamelet:qianfan-embed-action?accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey="
                + SECRET + "&baseUrl=" + sim.get().qianfanUrl(), "向量", Map.of());

        List<?> vectors = assertInstanceOf(List.class, answer.getMessage().getBody());
        assertInstanceOf(float[].class, vectors.get(0));
        RecordedRequest request = sim.get().takeRequest();
        assertTrue(request.path().endsWith("/wenxinworkshop/embeddings/embedding-v1"), request.path());
        assertEquals("向量", request.json().at("/input/0").asText());
    }
}
