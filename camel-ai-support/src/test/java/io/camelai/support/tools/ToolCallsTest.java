package io.camelai.support.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.testing.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolCallsTest extends CamelTestSupport {

    public static class Flights {
        public String next(@Header("origin_city") String origin, @Header("destination_city") String destination) {
            return "{\"flight\":\"" + origin + "->" + destination + "\"}";
        }
    }

    public static class Hotels {
        @AiTool(name = "find_hotel", description = "Finds a hotel")
        public String find(@AiToolParam(name = "city") String city) {
            return "Hotel in " + city;
        }
    }

    /** The declaration of the flight endpoint tool: its two arguments become headers the bean binds. */
    static final ToolDefinition FLIGHT = definition("get_flight_info", """
            {"type":"object","properties":{"origin_city":{"type":"string"},"destination_city":{"type":"string"}},
             "required":["origin_city","destination_city"]}""");

    /** A note tool that declares names a mail, JMS, Kafka or HTTP endpoint would act on. */
    static final ToolDefinition NOTE = definition("send_note", """
            {"type":"object","properties":{"text":{"type":"string"},"to":{"type":"string"},
             "Authorization":{"type":"string"},"JMSDestination":{"type":"string"},
             "kafka.OVERRIDE_TOPIC":{"type":"string"}},"required":["text"]}""");

    @RegisterExtension
    LogCapture logs = new LogCapture();

    static ToolDefinition definition(String name, String schema) {
        try {
            return new ToolDefinition(name, name, ToolJson.mapper().readTree(schema));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("flights", new Flights());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:weather").setBody(simple("sunny, asked with ${body}"));
                from("direct:broken").throwException(new IllegalStateException("no data"));
                from("llm-tool:get_time?description=Time&parameter.zone=string")
                        .setBody(constant("{\"time\":\"12:00\"}"));
                from("llm-tool:admin_reset?description=Resets every account").to("mock:admin");
                from("direct:tools")
                        .process(ToolCalls.route()
                                .tool(FLIGHT, "bean:flights?method=next")
                                .tool("get_weather", "direct:weather")
                                .tool("broken", "direct:broken")
                                .routeTool("get_time")
                                .bean(new Hotels()));
                from("direct:note").process(ToolCalls.route().tool("send_note", "mock:note"));
                from("direct:declaredNote").process(ToolCalls.route().tool(NOTE, "mock:note"));
                from("direct:count").process(ToolCalls.route().tool("count", "mock:count"));
                from("direct:countFailing")
                        .process(ToolCalls.route().tool("count", "mock:count").maxCallsPerTurn(3).failOnError());
            }
        };
    }

    @Test
    void routesEachCallAndAppendsTheResultsToTheConversation() {
        List<ChatMessage> conversation = List.of(ChatMessage.user("Plan my trip"),
                ChatMessage.assistant("", List.of(new ToolCall("c1", "get_flight_info", "{}"))));
        Exchange out = template.send("direct:tools", e -> {
            e.getMessage().setHeader(AiHeaders.CONVERSATION, conversation);
            e.getMessage().setHeader(AiHeaders.TOOL_CALLS, List.of(
                    new ToolCall("c1", "get_flight_info",
                            "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"),
                    new ToolCall("c2", "get_weather", "{\"city\":\"Miami\"}"),
                    new ToolCall("c3", "find_hotel", "{\"city\":\"Miami\"}"),
                    new ToolCall("c4", "get_time", "{\"zone\":\"UTC\"}"),
                    new ToolCall("c5", "broken", "{}"),
                    new ToolCall("c6", "unknown", "{}")));
        });
        List<?> body = out.getMessage().getBody(List.class);
        assertEquals(8, body.size());
        ChatMessage flight = (ChatMessage) body.get(2);
        assertEquals(Role.TOOL, flight.role());
        assertEquals("c1", flight.toolCallId());
        assertEquals("{\"flight\":\"Seattle->Miami\"}", flight.content());
        assertEquals("{\"result\":\"sunny, asked with {\\\"city\\\":\\\"Miami\\\"}\"}",
                ((ChatMessage) body.get(3)).content(), "an undeclared endpoint tool gets the arguments as the body");
        assertEquals("{\"result\":\"Hotel in Miami\"}", ((ChatMessage) body.get(4)).content());
        assertEquals("{\"time\":\"12:00\"}", ((ChatMessage) body.get(5)).content());
        assertEquals("{\"error\":\"tool 'broken' failed: no data\"}", ((ChatMessage) body.get(6)).content());
        assertEquals("{\"error\":\"unknown tool 'unknown'\"}", ((ChatMessage) body.get(7)).content());
        assertNull(out.getMessage().getHeader(AiHeaders.TOOL_CALLS));
        assertEquals(body, out.getMessage().getHeader(AiHeaders.CONVERSATION));
    }

    @Test
    void withoutAConversationItSaysWhatItNeeds() throws Exception {
        Exchange e = new DefaultExchange(context);
        e.getMessage().setBody("text");
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> ToolCalls.route().process(e));
        assertEquals("ToolCalls.route() needs the conversation: the header CamelAiConversation (set by a chat"
                + " endpoint) or a List<ChatMessage> body", ex.getMessage());
    }

    @Test
    void failOnErrorFailsTheExchange() {
        Exchange out = template.send("direct:tools", e -> {
            e.getMessage().setBody(List.of(ChatMessage.user("x")));
            e.getMessage().setHeader(AiHeaders.TOOL_CALLS, List.of(new ToolCall("c5", "broken", "{}")));
        });
        assertNull(out.getException(), "reported to the model by default");
        Exchange e = new DefaultExchange(context);
        e.getMessage().setBody(List.of(ChatMessage.user("x")));
        e.getMessage().setHeader(AiHeaders.TOOL_CALLS, List.of(new ToolCall("c6", "unknown", "{}")));
        assertThrows(IllegalStateException.class, () -> ToolCalls.route().failOnError().process(e));
    }

    private Exchange send(String uri, ToolCall... calls) {
        return template.send(uri, e -> {
            e.getMessage().setBody(List.of(ChatMessage.user("x")));
            e.getMessage().setHeader(AiHeaders.TOOL_CALLS, List.of(calls));
        });
    }

    private static List<ChatMessage> results(Exchange out) {
        List<ChatMessage> body = out.getMessage().getBody(List.class);
        return body.subList(1, body.size());
    }

    @Test
    void aStartedToolRouteThatIsNotRegisteredNeverRuns() {
        Exchange out = send("direct:tools", new ToolCall("c1", "admin_reset", "{\"confirm\":\"reset-all-please\"}"));

        assertNull(out.getException());
        assertEquals("{\"error\":\"unknown tool 'admin_reset'\"}", results(out).get(0).content());
        assertEquals(0, getMockEndpoint("mock:admin").getReceivedCounter(), "the admin route never ran");
        assertTrue(logs.all().contains("Refused the model's call of the tool 'admin_reset' (call c1): it was not"
                + " offered for this exchange"), logs.all());
        assertFalse(logs.all().contains("reset-all-please"), "the refusal does not log the arguments");
    }

    @Test
    void withFailOnErrorAnUnregisteredToolFailsTheExchangeAndNeverRuns() throws Exception {
        Exchange e = new DefaultExchange(context);
        e.getMessage().setBody(List.of(ChatMessage.user("x")));
        e.getMessage().setHeader(AiHeaders.TOOL_CALLS, List.of(new ToolCall("c1", "admin_reset", "{}")));
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> ToolCalls.route().routeTool("get_time").failOnError().process(e));
        assertEquals("The model called the tool 'admin_reset' but it was not offered for this exchange",
                ex.getMessage());
        assertEquals(0, getMockEndpoint("mock:admin").getReceivedCounter());
    }

    @Test
    void modelChosenArgumentNamesNeverBecomeHeadersOfAnEndpointTool() {
        String args = "{\"text\":\"hi\",\" Bcc\":\"attacker@evil.test\",\"Bcc\":\"attacker@evil.test\","
                + "\"To\":\"attacker@evil.test\",\"kafka.OVERRIDE_TOPIC\":\"stolen\","
                + "\"JMSDestination\":\"queue:admin\",\"Authorization\":\"Bearer stolen\","
                + "\" CamelHttpUri\":\"http://evil.test\"}";
        Exchange out = send("direct:note", new ToolCall("c1", "send_note", args));

        assertNull(out.getException());
        Message received = getMockEndpoint("mock:note").getReceivedExchanges().get(0).getMessage();
        assertEquals(Set.of(LlmToolConstants.TOOL_NAME, LlmToolConstants.TOOL_CALL_ID),
                new HashSet<>(received.getHeaders().keySet()), "no argument became a header");
        assertEquals("send_note", received.getHeader(LlmToolConstants.TOOL_NAME));
        assertEquals(args, received.getBody(String.class), "the arguments travel as the JSON body");
    }

    @Test
    void aDeclaredEndpointToolGetsDeclaredArgumentsAsHeadersButNeverTransportHeaders() {
        Exchange out = send("direct:declaredNote", new ToolCall("c1", "send_note",
                "{\"text\":\"hi\",\"to\":\"boss@corp.test\",\"Authorization\":\"Bearer stolen\","
                        + "\"JMSDestination\":\"queue:admin\",\"kafka.OVERRIDE_TOPIC\":\"stolen\",\"Bcc\":\"attacker\"}"));

        assertNull(out.getException());
        Message received = getMockEndpoint("mock:note").getReceivedExchanges().get(0).getMessage();
        assertEquals(Set.of("text", LlmToolConstants.TOOL_NAME, LlmToolConstants.TOOL_CALL_ID),
                new HashSet<>(received.getHeaders().keySet()));
        assertEquals("hi", received.getHeader("text"));
        assertEquals("{\"text\":\"hi\",\"to\":\"boss@corp.test\",\"Authorization\":\"Bearer stolen\","
                + "\"JMSDestination\":\"queue:admin\",\"kafka.OVERRIDE_TOPIC\":\"stolen\"}",
                received.getBody(String.class), "declared arguments only, in the body");
    }

    @Test
    void argumentsThatDoNotFitTheDeclarationNeverReachTheTool() {
        String huge = "{\"text\":\"" + "a".repeat(ToolArguments.MAX_CHARS) + "\"}";
        Exchange out = send("direct:declaredNote",
                new ToolCall("c1", "send_note", "{\"to\":\"x\"}"),
                new ToolCall("c2", "send_note", "{\"text\":5}"),
                new ToolCall("c3", "send_note", "[\"text\"]"),
                new ToolCall("c4", "send_note", huge),
                new ToolCall("c5", "send_note", "{\"text\":"));

        List<ChatMessage> results = results(out);
        assertEquals("{\"error\":\"invalid arguments for tool 'send_note': missing required argument 'text'\"}",
                results.get(0).content());
        assertEquals("{\"error\":\"invalid arguments for tool 'send_note': argument 'text' must be of type string,"
                + " got integer\"}", results.get(1).content());
        assertEquals("{\"error\":\"invalid arguments for tool 'send_note': the arguments must be a JSON object, got"
                + " ARRAY\"}", results.get(2).content());
        assertEquals("{\"error\":\"invalid arguments for tool 'send_note': the arguments are too large (1048587"
                + " characters; at most 1048576)\"}", results.get(3).content());
        assertTrue(results.get(4).content().startsWith("{\"error\":\"invalid arguments for tool 'send_note': the"
                + " arguments are not valid JSON"), results.get(4).content());
        assertEquals(0, getMockEndpoint("mock:note").getReceivedCounter());
        assertFalse(logs.all().contains("a".repeat(1000)), "the arguments are not logged");
    }

    @Test
    void aThousandCallsInOneTurnRunAtMostMaxCallsPerTurn() {
        ToolCall[] calls = IntStream.range(0, 1000).mapToObj(i -> new ToolCall("c" + i, "count", "{}"))
                .toArray(ToolCall[]::new);
        Exchange out = send("direct:count", calls);

        assertEquals(ToolCalls.DEFAULT_MAX_CALLS_PER_TURN, getMockEndpoint("mock:count").getReceivedCounter());
        List<ChatMessage> results = results(out);
        assertEquals(1000, results.size(), "every call gets a result, as the providers require");
        assertEquals("{}", results.get(15).content());
        assertEquals("c16", results.get(16).toolCallId());
        assertEquals("{\"error\":\"too many tool calls in one turn (maxCallsPerTurn=16)\"}",
                results.get(16).content());
        assertEquals(results.get(16).content(), results.get(999).content());
    }

    @Test
    void withFailOnErrorATurnOverTheCapFailsBeforeAnyCallRuns() {
        Exchange out = send("direct:countFailing", new ToolCall("c1", "count", "{}"),
                new ToolCall("c2", "count", "{}"), new ToolCall("c3", "count", "{}"),
                new ToolCall("c4", "count", "{}"));

        assertInstanceOf(IllegalStateException.class, out.getException());
        assertEquals("The model asked for 4 tool calls in one turn, more than maxCallsPerTurn=3; none of them ran",
                out.getException().getMessage());
        assertEquals(0, getMockEndpoint("mock:count").getReceivedCounter());
    }

    @Test
    void registrationsAreChecked() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ToolCalls.route().tool("a", "direct:a").routeTool("a"));
        assertEquals("ToolCalls: two tools are named 'a'", twice.getMessage());
        IllegalArgumentException cap = assertThrows(IllegalArgumentException.class,
                () -> ToolCalls.route().maxCallsPerTurn(1001));
        assertEquals("ToolCalls.maxCallsPerTurn must be between 1 and 1000, got 1001", cap.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ToolCalls.route().bean(new Flights()));
    }
}
