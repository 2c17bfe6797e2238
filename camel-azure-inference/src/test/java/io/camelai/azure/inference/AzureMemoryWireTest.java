package io.camelai.azure.inference;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatStream;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.testing.StrictJsonDispatcher;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import io.camelai.support.tools.ToolCalls;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conversation memory ({@code memoryKey}) on the wire of Azure AI Model Inference's chat completions
 * (https://learn.microsoft.com/azure/ai-foundry/model-inference/reference/reference-model-inference-chat-completions):
 * the messages each call sent, per key, after a reset, within the bounds, across endpoints, and for a stream.
 */
class AzureMemoryWireTest extends CamelTestSupport {

    private static final String ANSWER = """
            {"id":"resp-1","object":"chat.completion","created":1,"model":"m",
             "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"%s"}}],
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    private final MemoryAggregationRepository repository = new MemoryAggregationRepository();

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    /** A tool of the automatic tool loop. */
    public static class Weather {
        @AiTool(name = "get_weather", description = "The weather of a city")
        public String weather(@AiToolParam(name = "city") String city) {
            return "{\"sky\":\"clear\"}";
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("conversations", repository);
        registry.bind("weather", new Weather());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:assistant")
                        .enrich(uri("K", "memoryKey=${header.session}&systemMessage=You are a helpdesk assistant."
                                + "&userMessage=Customer says: ${body}"),
                                (original, answer) -> {
                                    original.setVariable("answer", answer.getMessage().getBody());
                                    return original;
                                });
                String manual = uri("K", "memoryKey=${header.session}&tools=#weather&toolExecution=manual");
                from("direct:manual").to(manual).process(ToolCalls.route().bean(new Weather())).to(manual);
            }
        };
    }

    private String uri(String key, String options) {
        return "azure-inference:chat?apiKey=" + key + "&retryBackoff=1&endpoint=" + server.url("/models")
                + (options.isEmpty() ? "" : "&" + options);
    }

    private void answer(String... texts) {
        for (String t : texts) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                    .body(ANSWER.formatted(t)).build());
        }
    }

    private JsonNode messagesSent() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "a request was sent");
        return AiJson.readTree(r.getBody().utf8()).get("messages");
    }

    private Exchange ask(String uri, String session, String text) {
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader("session", session);
        });
        if (out.getException() != null) {
            throw new AssertionError(out.getException());
        }
        return out;
    }

    private static JsonNode json(String text) {
        return AiJson.readTree(text);
    }

    @Test
    void eachTurnSendsTheConversationSoFarAndTheBodyStaysTheOriginalMessage() throws Exception {
        answer("A1", "A2", "A3");

        ask("direct:assistant", "s-1", "Q1");
        ask("direct:assistant", "s-1", "Q2");
        Exchange third = ask("direct:assistant", "s-1", "Q3");

        assertEquals("Q3", third.getMessage().getBody());
        assertEquals("A3", third.getVariable("answer"));
        messagesSent();
        messagesSent();
        assertEquals(json("""
                [{"role":"system","content":"You are a helpdesk assistant."},
                 {"role":"user","content":"Customer says: Q1"},{"role":"assistant","content":"A1"},
                 {"role":"user","content":"Customer says: Q2"},{"role":"assistant","content":"A2"},
                 {"role":"user","content":"Customer says: Q3"}]
                """), messagesSent());
    }

    @Test
    void conversationsOfTwoKeysStayApart() throws Exception {
        answer("A1", "B1", "A2");

        ask("direct:assistant", "alice", "Q1");
        ask("direct:assistant", "bob", "R1");
        ask("direct:assistant", "alice", "Q2");

        messagesSent();
        assertEquals(json("""
                [{"role":"system","content":"You are a helpdesk assistant."},
                 {"role":"user","content":"Customer says: R1"}]"""), messagesSent());
        assertEquals(4, messagesSent().size(), "alice's second turn: system, Q1, A1, Q2");
    }

    @Test
    void theResetHeaderForgetsTheConversationBeforeTheCall() throws Exception {
        answer("A1", "A2", "A3");
        ask("direct:assistant", "s-1", "Q1");

        template.request("direct:assistant", e -> {
            e.getMessage().setBody("Start over");
            e.getMessage().setHeader("session", "s-1");
            e.getMessage().setHeader(AiHeaders.MEMORY_RESET, true);
        });
        ask("direct:assistant", "s-1", "Q3");

        messagesSent();
        assertEquals(2, messagesSent().size(), "system and the new user message only");
        assertEquals(json("""
                [{"role":"system","content":"You are a helpdesk assistant."},
                 {"role":"user","content":"Customer says: Start over"},{"role":"assistant","content":"A2"},
                 {"role":"user","content":"Customer says: Q3"}]"""), messagesSent());
    }

    @Test
    void aConversationKeepsAtMostMemoryMaxMessagesDroppingTheOldestTurnsWhole() throws Exception {
        String uri = uri("K", "memoryKey=${header.session}&memoryMaxMessages=3");
        answer("A1", "A2", "A3");

        ask(uri, "s", "Q1");
        ask(uri, "s", "Q2");
        ask(uri, "s", "Q3");

        messagesSent();
        messagesSent();
        // after turn 2 the kept [Q1 A1 Q2 A2] is cut to its last 3 messages, then to the turn starting with a user
        assertEquals(json("""
                [{"role":"user","content":"Q2"},{"role":"assistant","content":"A2"},{"role":"user","content":"Q3"}]
                """), messagesSent());
    }

    @Test
    void theInMemoryStoreKeepsAtMostMemoryMaxConversationsForgettingTheLeastRecentlyUsed() throws Exception {
        String uri = uri("K", "memoryKey=${header.session}&memoryMaxConversations=2");
        answer("A", "B", "C", "A2");

        ask(uri, "a", "Qa");
        ask(uri, "b", "Qb");
        ask(uri, "c", "Qc");
        ask(uri, "a", "Qa2");

        for (int i = 0; i < 3; i++) {
            messagesSent();
        }
        assertEquals(json("[{\"role\":\"user\",\"content\":\"Qa2\"}]"), messagesSent(), "a was forgotten");
    }

    @Test
    void twoEndpointsWithDifferentKeysNeverShareTheDefaultStore() throws Exception {
        answer("A1", "B1");

        ask(uri("tenant-a-key", "memoryKey=${header.session}"), "same-session", "secret of tenant a");
        ask(uri("tenant-b-key", "memoryKey=${header.session}"), "same-session", "hello");

        messagesSent();
        assertEquals(json("[{\"role\":\"user\",\"content\":\"hello\"}]"), messagesSent());
    }

    @Test
    void aRepositoryKeepsTheConversationAsJsonTextSharedByTheEndpointsGivenIt() throws Exception {
        answer("A1", "A2");

        ask(uri("K", "memoryKey=${header.session}&memoryRepository=#conversations"), "s", "Q1");
        ask(uri("K", "memoryKey=${header.session}&memoryRepository=#conversations&temperature=0.1"), "s", "Q2");

        messagesSent();
        assertEquals(json("""
                [{"role":"user","content":"Q1"},{"role":"assistant","content":"A1"},{"role":"user","content":"Q2"}]
                """), messagesSent());
        Object stored = repository.get(context, "s").getMessage().getBody();
        assertInstanceOf(String.class, stored);
        assertEquals(4, AiJson.readTree((String) stored).size());
    }

    @Test
    void aStreamedAnswerIsKeptWhenTheStreamIsReadToItsEnd() throws Exception {
        String uri = uri("K", "memoryKey=${header.session}&stream=true");
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                    .body("""
                            data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"},"finish_reason":null}]}

                            data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}

                            data: [DONE]

                            """)
                    .build());
        }

        for (String q : List.of("Q1", "Q2")) {
            Exchange out = ChatStreams.read(context, uri, e -> {
                e.getMessage().setBody(q);
                e.getMessage().setHeader("session", "s");
            }, ChatStream::drain);
            assertEquals(null, out.getException());
        }

        messagesSent();
        assertEquals(json("""
                [{"role":"user","content":"Q1"},{"role":"assistant","content":"Hello"},{"role":"user","content":"Q2"}]
                """), messagesSent());
    }

    @Test
    void theToolTurnsOfAnAutomaticToolLoopAreKeptWithTheAnswer() throws Exception {
        String uri = uri("K", "memoryKey=${header.session}&tools=#weather");
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("""
                {"id":"r","object":"chat.completion","created":1,"model":"m",
                 "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
                   "tool_calls":[{"id":"call_1","type":"function",
                                  "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]}}],
                 "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""").build());
        answer("Clear in Paris.", "You asked about Paris.");

        ask(uri, "s", "Weather in Paris?");
        ask(uri, "s", "What did I ask?");

        messagesSent();
        messagesSent();
        assertEquals(json("""
                [{"role":"user","content":"Weather in Paris?"},
                 {"role":"assistant","tool_calls":[{"id":"call_1","type":"function",
                   "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},
                 {"role":"tool","tool_call_id":"call_1","content":"{\\"sky\\":\\"clear\\"}"},
                 {"role":"assistant","content":"Clear in Paris."},
                 {"role":"user","content":"What did I ask?"}]
                """), messagesSent());
    }

    @Test
    void theManualToolCallEipSendsTheConversationBackWithoutItBeingKeptTwice() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("""
                {"id":"r","object":"chat.completion","created":1,"model":"m",
                 "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
                   "tool_calls":[{"id":"call_1","type":"function",
                                  "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]}}],
                 "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""").build());
        answer("Clear in Paris.");
        answer("Paris.");

        assertEquals("Clear in Paris.", ask("direct:manual", "s", "Weather in Paris?").getMessage().getBody());
        ask(uri("K", "memoryKey=${header.session}&tools=#weather&toolExecution=manual"), "s", "Which city?");

        messagesSent();
        assertEquals(3, messagesSent().size(), "user, assistant tool calls, tool result: sent once");
        assertEquals(json("""
                [{"role":"user","content":"Weather in Paris?"},
                 {"role":"assistant","tool_calls":[{"id":"call_1","type":"function",
                   "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},
                 {"role":"tool","tool_call_id":"call_1","content":"{\\"sky\\":\\"clear\\"}"},
                 {"role":"assistant","content":"Clear in Paris."},
                 {"role":"user","content":"Which city?"}]
                """), messagesSent());
    }

    @Test
    void aProviderRequestBodyWithMemoryIsRefusedBeforeAnyCall() {
        Exchange out = template.request(uri("K", "memoryKey=${header.session}"), e -> {
            e.getMessage().setBody(new ChatCompletionsRequest());
            e.getMessage().setHeader("session", "s");
        });

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(out.getException().getMessage().contains("carries its own conversation"),
                out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aMissingKeyFailsBeforeAnyCall() {
        Exchange out = template.request(uri("K", "memoryKey=${header.session}"), e -> e.getMessage().setBody("Hi"));

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(out.getException().getMessage().startsWith("Option memoryKey gave an empty key"),
                out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theConversationHeaderHoldsTheKeptConversationTheInputAndTheAnswer() {
        answer("A1", "A2");
        String uri = uri("K", "memoryKey=${header.session}");
        ask(uri, "s", "Q1");

        List<?> conversation = ask(uri, "s", "Q2").getMessage().getHeader(AiHeaders.CONVERSATION, List.class);

        assertEquals(List.of(ChatMessage.user("Q1"), ChatMessage.assistant("A1"), ChatMessage.user("Q2"),
                ChatMessage.assistant("A2")), conversation);
    }
}
