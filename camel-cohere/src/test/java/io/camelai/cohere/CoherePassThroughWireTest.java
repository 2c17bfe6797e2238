package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import io.camelai.cohere.api.V1ChatRequest;
import io.camelai.cohere.api.V2ChatRequest;
import io.camelai.cohere.api.V2Message;
import io.camelai.support.AiHeaders;
import io.camelai.support.testing.ChatStreams;
import mockwebserver3.MockResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extra.* pass-through keys: sent top level as JSON (or as strings), never replacing a field the component writes
 * for the endpoint's operation and API version (a key naming one fails at endpoint creation), never from the
 * CamelAiOptions header, and never over a key the caller's own request sets.
 */
class CoherePassThroughWireTest extends CohereWireTestSupport {

    private static final String V2_ANSWER = """
            {"id":"r","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"ok"}]}}
            """;
    private static final String V1_ANSWER = "{\"text\":\"ok\",\"finish_reason\":\"COMPLETE\"}";
    private static final String EXTRAS = "extra.beta_score=0.5&extra.beta_flag=true&extra.beta_options=RAW({\"depth\":2})"
            + "&extra.beta_list=RAW([1,\"a\"])&extra.beta_label=hello";

    @Test
    void v2ChatSendsUnknownKeysTopLevelAsJsonOrAsStrings() throws Exception {
        respond(V2_ANSWER);

        String answer = template.requestBody(uri("chat", EXTRAS), "hi", String.class);

        assertEquals("ok", answer);
        assertEquals(json("""
                {"messages":[{"role":"user","content":"hi"}],"model":"command-a-03-2025",
                 "beta_score":0.5,"beta_flag":true,"beta_options":{"depth":2},"beta_list":[1,"a"],"beta_label":"hello"}
                """), body(take()));
    }

    @Test
    void v1ChatSendsUnknownKeysTopLevelAsJsonOrAsStrings() throws Exception {
        respond(V1_ANSWER);

        String answer = template.requestBody(uri("chat", "apiVersion=v1&" + EXTRAS), "hi", String.class);

        assertEquals("ok", answer);
        assertEquals(json("""
                {"message":"hi","model":"command-a-03-2025",
                 "beta_score":0.5,"beta_flag":true,"beta_options":{"depth":2},"beta_list":[1,"a"],"beta_label":"hello"}
                """), body(take()));
    }

    @Test
    void aStreamedV1ChatCarriesTheKeysToo() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/stream+json")
                .body("{\"is_finished\":true,\"event_type\":\"stream-end\",\"finish_reason\":\"COMPLETE\","
                        + "\"response\":{\"text\":\"ok\"}}\n")
                .build());

        ChatStreams.chunks(context, uri("chat", "apiVersion=v1&stream=true&extra.beta_flag=true"), "hi");

        assertEquals(json("""
                {"message":"hi","model":"command-a-03-2025","beta_flag":true,"stream":true}
                """), body(take()));
    }

    @Test
    void theCallersOwnV2RequestKeepsItsValueForAKeyItSets() throws Exception {
        respond(V2_ANSWER);
        V2ChatRequest own = new V2ChatRequest().messages(List.of(V2Message.user("hi"))).put("beta_flag", false);

        template.requestBody(uri("chat", "extra.beta_flag=true&extra.beta_label=hello"), own);

        assertEquals(json("""
                {"messages":[{"role":"user","content":"hi"}],"beta_flag":false,"model":"command-a-03-2025",
                 "beta_label":"hello"}
                """), body(take()));
        assertEquals(2, own.fields().size(), "the caller's request is not changed");
    }

    @Test
    void theCallersOwnV1RequestKeepsItsValueForAKeyItSets() throws Exception {
        respond(V1_ANSWER);
        V1ChatRequest own = new V1ChatRequest().message("hi").put("beta_flag", false);

        template.requestBody(uri("chat", "apiVersion=v1&extra.beta_flag=true&extra.beta_label=hello"), own);

        assertEquals(json("""
                {"message":"hi","beta_flag":false,"model":"command-a-03-2025","beta_label":"hello"}
                """), body(take()));
    }

    @Test
    void componentKeysAreEveryEndpointsDefaultsAndAUriKeyWinsOverOne() throws Exception {
        respond(V2_ANSWER);
        CohereComponent component = context.getComponent("cohere", CohereComponent.class);
        component.getConfiguration().setExtra(Map.of("beta_flag", "true", "beta_label", "component"));

        template.requestBody(uri("chat", "extra.beta_label=endpoint"), "hi");

        assertEquals(json("""
                {"messages":[{"role":"user","content":"hi"}],"model":"command-a-03-2025",
                 "beta_flag":true,"beta_label":"endpoint"}
                """), body(take()));
    }

    @Test
    void extraModelIsRefusedAtEndpointCreationNamingTheKeyAndTheRule() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri("chat", "extra.model=evil")));

        String m = messages(e);
        assertTrue(m.contains("Option extra.model is not allowed: 'model' is a request field the component sets"
                + " itself"), m);
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "messages", "Model", "tool-choice", "toolChoice", "MAX_TOKENS", "stream", "tools",
            "strict_tools", "documents", "citation_options", "response_format", "safety_mode",
            "stop_sequences", "temperature", "seed", "frequency_penalty", "presence_penalty", "k",
            "p", "logprobs", "thinking", "priority"})
    void everyFieldAV2ChatWritesIsRefusedAtEndpointCreationWhetherOrNotItIsSet(String key) {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri("chat", "extra." + key + "=1")));

        assertTrue(messages(e).contains("Option extra." + key + " is not allowed"), messages(e));
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"message", "chat_history", "Chat-History", "tool_results", "preamble", "connectors",
            "conversation_id", "prompt_truncation", "search_queries_only", "citation_quality",
            "force_single_step", "raw_prompting", "return_prompt", "max_input_tokens", "model",
            "stream", "tools"})
    void everyFieldAV1ChatWritesIsRefusedAtEndpointCreation(String key) {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("chat", "apiVersion=v1&extra." + key + "=1")));

        assertTrue(messages(e).contains("Option extra." + key + " is not allowed"), messages(e));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aKeyThatIsNotAPlainAsciiNameIsRefused() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri("chat", "extra.mod\u0435l=1")));

        assertTrue(messages(e).contains("is not allowed: a pass-through key is 1 to 64 ASCII letters"), messages(e));
    }

    @Test
    void extraInTheOptionsHeaderFailsAV2ChatExchangeBeforeAnyCall() {
        Exchange out = template.request(uri("chat", "extra.beta_flag=true"), e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("extra", Map.of("model", "evil")));
        });

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(e.getMessage().startsWith("Header CamelAiOptions cannot set option 'extra'"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void extraInTheOptionsHeaderFailsAV1ChatExchangeEvenWithAnUnknownKey() {
        Exchange out = template.request(uri("chat", "apiVersion=v1"), e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("extra", Map.of("beta_flag", true)));
        });

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(e.getMessage().startsWith("Header CamelAiOptions cannot set option 'extra'"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void embedSendsUnknownKeysInEveryBatchAndRefusesItsOwnFields() throws Exception {
        respond("{\"embeddings\":{\"float\":[[0.1]]}}");

        template.requestBody(uri("embed", "model=embed-v4.0&extra.beta_pooling=mean"), "a");

        assertEquals(json("""
                {"model":"embed-v4.0","texts":["a"],"input_type":"search_document","embedding_types":["float"],
                 "beta_pooling":"mean"}
                """), body(take()));
        for (String key : List.of("texts", "inputs", "images", "input_type", "embedding_types", "output_dimension")) {
            Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri("embed", "extra." + key + "=1")));
            assertTrue(messages(e).contains("Option extra." + key + " is not allowed"), messages(e));
        }
    }

    @Test
    void rerankSendsUnknownKeysAndRefusesItsOwnFields() throws Exception {
        respond("{\"results\":[{\"index\":0,\"relevance_score\":0.9}]}");

        template.requestBodyAndHeader(uri("rerank", "model=rerank-v3.5&extra.beta_boost=RAW({\"a\":1})"),
                List.of("a"), CohereConstants.QUERY, "which?");

        assertEquals(json("""
                {"model":"rerank-v3.5","query":"which?","documents":["a"],"beta_boost":{"a":1}}
                """), body(take()));
        for (String key : List.of("query", "documents", "top_n", "rank_fields", "max_tokens_per_doc")) {
            Exception e = assertThrows(Exception.class,
                    () -> context.getEndpoint(uri("rerank", "apiVersion=v1&extra." + key + "=1")));
            assertTrue(messages(e).contains("Option extra." + key + " is not allowed"), messages(e));
        }
    }
}
