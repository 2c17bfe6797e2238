package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.support.AiHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prompt apart from the body (userMessage, systemMessage, CamelAiUserMessage) and conversation memory, on the
 * wire of Cohere's v2 and v1 chat (https://docs.cohere.com/v2/reference/chat, https://docs.cohere.com/v1/reference/chat)
 * and the legacy generate: what the messages sent were, and that the route's message stays its own.
 */
class CohereEnrichmentWireTest extends CohereWireTestSupport {

    private static final String V2_ANSWER = """
            {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"%s"}]},
             "usage":{"billed_units":{"input_tokens":1,"output_tokens":1}}}""";
    private static final String V1_ANSWER = """
            {"text":"%s","generation_id":"g-1","finish_reason":"COMPLETE","meta":{}}""";

    /** A bean an expression could call if a body were ever evaluated. */
    public static class Vault {
        final List<String> reads = new ArrayList<>();

        public String read() {
            reads.add("read");
            return "vault-content";
        }
    }

    private final Vault vault = new Vault();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("vault", vault);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the expression stays literal in to(...): the endpoint parses it once and evaluates it per exchange
                from("direct:summarise")
                        .toV(uri("chat", "userMessage=Summarise this ticket in one line: ${body}"
                                + "&systemMessage=You triage tickets for team ${header.team}."), null, "summary")
                        .setHeader("summary", variable("summary"));
                from("direct:v1")
                        .to(uri("chat", "apiVersion=v1&userMessage=Translate to French: ${body}"
                                + "&systemMessage=You translate for ${header.team}."));
            }
        };
    }

    private static String v2(String text) {
        return V2_ANSWER.formatted(text);
    }

    @Test
    void userMessageBuildsTheUserTurnFromTheBodyAndTheBodyStaysTheOriginalMessage() throws Exception {
        respond(v2("Printer jammed on floor 3."));

        Exchange out = template.request("direct:summarise", e -> {
            e.getMessage().setBody("The printer on floor 3 jams every morning since Monday.");
            e.getMessage().setHeader("team", "facilities");
        });

        assertEquals("The printer on floor 3 jams every morning since Monday.", out.getMessage().getBody());
        assertEquals("Printer jammed on floor 3.", out.getMessage().getHeader("summary"));
        assertEquals(
                json("""
                        [{"role":"system","content":"You triage tickets for team facilities."},
                         {"role":"user","content":"Summarise this ticket in one line: The printer on floor 3 jams every morning since Monday."}]
                        """),
                body(take()).get("messages"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${sys.user.home}", "${bean:vault.read}", "${header.team}", "{{env:HOME}}",
            "$simple{bean:vault.read}"})
    void anExpressionInTheBodyReachesTheModelAsText(String body) throws Exception {
        respond(v2("ok"));

        template.request("direct:summarise", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader("team", "facilities");
        });

        assertEquals("Summarise this ticket in one line: " + body,
                body(take()).get("messages").get(1).get("content").asText());
        assertTrue(vault.reads.isEmpty(), "no bean was called");
    }

    @Test
    void theUserMessageHeaderIsALiteralTextThatWinsOverTheOptionAndTheBody() throws Exception {
        respond(v2("ok"));

        template.request("direct:summarise", e -> {
            e.getMessage().setBody("the ticket");
            e.getMessage().setHeader("team", "facilities");
            e.getMessage().setHeader(AiHeaders.USER_MESSAGE, "What does ${bean:vault.read} say?");
        });

        assertEquals("What does ${bean:vault.read} say?", body(take()).get("messages").get(1).get("content").asText());
        assertTrue(vault.reads.isEmpty());
    }

    @Test
    void theSystemMessageHeaderWinsOverTheSystemMessageOption() throws Exception {
        respond(v2("ok"));

        template.request("direct:summarise", e -> {
            e.getMessage().setBody("the ticket");
            e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE, "Answer in one word.");
        });

        assertEquals(json("{\"role\":\"system\",\"content\":\"Answer in one word.\"}"),
                body(take()).get("messages").get(0));
    }

    @Test
    void onV1TheUserMessageIsTheMessageAndTheSystemMessageThePreamble() throws Exception {
        respond(V1_ANSWER.formatted("Bonjour"));

        Exchange out = template.request("direct:v1", e -> {
            e.getMessage().setBody("Good morning");
            e.getMessage().setHeader("team", "sales");
        });

        assertEquals("Bonjour", out.getMessage().getBody());
        var sent = body(take());
        assertEquals("Translate to French: Good morning", sent.get("message").asText());
        assertEquals("You translate for sales.", sent.get("preamble").asText());
    }

    @Test
    void userMessageReadsAnyBodyThroughTheExpressionWithoutSendingTheBodyItself() throws Exception {
        respond(v2("ok"));

        template.request(uri("chat", "userMessage=Classify the order of ${body[customer]}"),
                e -> e.getMessage().setBody(Map.of("customer", "ACME", "secretNote", "internal")));

        assertEquals(json("[{\"role\":\"user\",\"content\":\"Classify the order of ACME\"}]"),
                body(take()).get("messages"));
    }

    @Test
    void theSimpleSyntaxWithoutDollarBraceWorksWhereDollarBraceIsAnotherToolsPlaceholder() throws Exception {
        respond(v2("ok"));

        template.request(uri("chat", "userMessage=Echo: $simple{body}"), e -> e.getMessage().setBody("hi"));

        assertEquals(json("[{\"role\":\"user\",\"content\":\"Echo: hi\"}]"), body(take()).get("messages"));
    }

    @Test
    void generateTakesItsPromptFromUserMessage() throws Exception {
        respond("{\"id\":\"g\",\"generations\":[{\"id\":\"a\",\"text\":\"a poem\"}],\"meta\":{}}");

        Exchange out = template.request(uri("generate", "userMessage=Write a poem about ${body}"),
                e -> e.getMessage().setBody("the sea"));

        assertEquals("a poem", out.getMessage().getBody());
        assertEquals("Write a poem about the sea", body(take()).get("prompt").asText());
    }

    @Test
    void anEmptyUserMessageFailsBeforeAnyCall() {
        Exchange out = template.request(uri("chat", "userMessage=${header.question}"),
                e -> e.getMessage().setBody("ignored"));

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(out.getException().getMessage().contains("Option userMessage gave an empty text"),
                out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"userMessage", "systemMessage", "memoryKey", "memoryMaxMessages",
            "memoryMaxConversations", "memoryRepository"})
    void theOptionsHeaderCannotSetThePromptOrMemoryOptions(String option) {
        Exchange out = template.request(uri("chat", ""), e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of(option, "${sys.user.home}"));
        });

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(out.getException().getMessage().startsWith("Header CamelAiOptions cannot set option '" + option
                + "'"), out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void systemMessageAndPreambleTogetherAreRefusedAtEndpointCreation() {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("chat", "systemMessage=Be brief&preamble=Be long")).start());

        assertTrue(messages(e).contains("Options systemMessage and preamble both set the system message"),
                messages(e));
    }

    @Test
    void promptAndMemoryOptionsOnAnOperationThatIsNotAChatAreRefused() {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("summarize", "userMessage=Summarise ${body}")).start());
        assertTrue(messages(e).contains("Option userMessage applies to chat endpoints only"), messages(e));

        e = assertThrows(Exception.class, () -> context.getEndpoint(uri("embed", "memoryKey=${header.s}")).start());
        assertTrue(messages(e).contains("Option memoryKey applies to chat endpoints only"), messages(e));
    }

    @Test
    void anInvalidExpressionFailsWhenTheEndpointStartsNamingTheOption() {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("chat", "userMessage=Hi ${header.x")).start());

        assertTrue(messages(e).contains("Option userMessage is not a valid Simple expression"), messages(e));
    }

    @Test
    void onV1TheKeptConversationIsTheChatHistory() throws Exception {
        String uri = uri("chat", "apiVersion=v1&memoryKey=${header.session}");
        for (String a : List.of("A1", "A2", "A3")) {
            respond(V1_ANSWER.formatted(a));
        }

        for (String q : List.of("Q1", "Q2", "Q3")) {
            template.request(uri, e -> {
                e.getMessage().setBody(q);
                e.getMessage().setHeader("session", "s-1");
            });
        }

        take();
        take();
        var third = body(take());
        assertEquals("Q3", third.get("message").asText());
        assertEquals(json("""
                [{"role":"USER","message":"Q1"},{"role":"CHATBOT","message":"A1"},
                 {"role":"USER","message":"Q2"},{"role":"CHATBOT","message":"A2"}]
                """), third.get("chat_history"));
    }
}
