package io.camelai.support.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.testing.ComponentDocs;
import io.camelai.support.testing.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tool-call EIP as an endpoint: the same meaning as {@code ToolCalls.route()}, configured by URI options. */
class LlmToolCallsEndpointTest extends CamelTestSupport {

    public static class Hotels {
        @AiTool(name = "find_hotel", description = "Finds a hotel")
        public String find(@AiToolParam(name = "city") String city) {
            return "Hotel in " + city;
        }

        @AiTool(name = "broken", description = "Always fails")
        public String broken() {
            throw new IllegalStateException("no data");
        }
    }

    @RegisterExtension
    LogCapture logs = new LogCapture();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("hotels", new Hotels());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("llm-tool:get_time?description=Time&parameter.zone=string")
                        .setBody(simple("{\"time\":\"12:00 ${header.zone}\"}"));
                from("llm-tool:count?description=Counts").to("mock:count").setBody(constant("{}"));
                from("llm-tool:admin_reset?description=Resets every account").to("mock:admin");
                from("direct:tools").to("llm-tool-calls:trip?tools=#hotels,get_time");
                from("direct:count").to("llm-tool-calls:count?tools=count&maxCallsPerTurn=3");
                from("direct:countFailing").to("llm-tool-calls:count?tools=count&maxCallsPerTurn=3&toolErrors=fail");
                from("direct:failing").to("llm-tool-calls:trip?tools=#hotels,get_time&toolErrors=fail");
            }
        };
    }

    private Exchange send(String uri, Object conversation, ToolCall... calls) {
        return template.send(uri, e -> {
            e.getMessage().setBody(conversation);
            e.getMessage().setHeader(AiHeaders.TOOL_CALLS, List.of(calls));
        });
    }

    private static List<ChatMessage> results(Exchange out) {
        List<ChatMessage> body = out.getMessage().getBody(List.class);
        return body.subList(1, body.size());
    }

    @Test
    void runsEachCallThroughTheEndpointsToolsAndAppendsTheResultsToTheConversation() {
        List<ChatMessage> conversation = List.of(ChatMessage.user("Plan my trip"));
        Exchange out = template.send("direct:tools", e -> {
            e.getMessage().setHeader(AiHeaders.CONVERSATION, conversation);
            e.getMessage().setHeader(AiHeaders.TOOL_CALLS, List.of(
                    new ToolCall("c1", "find_hotel", "{\"city\":\"Miami\"}"),
                    new ToolCall("c2", "get_time", "{\"zone\":\"EST\"}"),
                    new ToolCall("c3", "broken", "{}")));
        });

        assertNull(out.getException());
        List<ChatMessage> body = out.getMessage().getBody(List.class);
        assertEquals(4, body.size());
        assertEquals(ChatMessage.user("Plan my trip"), body.get(0));
        assertEquals(ChatMessage.tool("c1", "find_hotel", "{\"result\":\"Hotel in Miami\"}"), body.get(1));
        assertEquals(ChatMessage.tool("c2", "get_time", "{\"time\":\"12:00 EST\"}"), body.get(2));
        assertEquals(ChatMessage.tool("c3", "broken", "{\"error\":\"tool 'broken' failed: no data\"}"), body.get(3));
        assertNull(out.getMessage().getHeader(AiHeaders.TOOL_CALLS));
        assertEquals(body, out.getMessage().getHeader(AiHeaders.CONVERSATION));
    }

    @Test
    void aConversationOfMapsAsAYamlRouteBuildsItIsAccepted() {
        Exchange out = send("direct:tools", List.of(Map.of("role", "user", "content", "Time?")),
                new ToolCall("c1", "get_time", "{\"zone\":\"UTC\"}"));

        assertNull(out.getException());
        assertEquals(List.of(ChatMessage.user("Time?"), ChatMessage.tool("c1", "get_time",
                "{\"time\":\"12:00 UTC\"}")), out.getMessage().getBody(List.class));
    }

    @Test
    void aStartedToolRouteThatTheEndpointDoesNotNameNeverRunsNotEvenWhenAHeaderOffersIt() {
        Exchange out = template.send("direct:tools", e -> {
            e.getMessage().setBody(List.of(ChatMessage.user("x")));
            e.getMessage().setHeader(AiHeaders.TOOLS, List.of(new ToolDefinition("admin_reset", "Resets", null)));
            e.getMessage().setHeader(AiHeaders.TOOL_CALLS,
                    List.of(new ToolCall("c1", "admin_reset", "{\"confirm\":\"reset-all-please\"}")));
        });

        assertNull(out.getException());
        assertEquals("{\"error\":\"unknown tool 'admin_reset'\"}", results(out).get(0).content());
        assertEquals(0, getMockEndpoint("mock:admin").getReceivedCounter(), "the admin route never ran");
        assertTrue(logs.all().contains("Refused the model's call of the tool 'admin_reset' (call c1)"), logs.all());
        assertFalse(logs.all().contains("reset-all-please"), "the refusal does not log the arguments");
    }

    @Test
    void toolErrorsFailFailsTheExchangeInsteadOfReportingToTheModel() {
        Exchange out = send("direct:failing", List.of(ChatMessage.user("x")), new ToolCall("c1", "broken", "{}"));
        assertInstanceOf(IllegalStateException.class, out.getException());
        assertEquals("no data", out.getException().getMessage());

        out = send("direct:failing", List.of(ChatMessage.user("x")), new ToolCall("c1", "admin_reset", "{}"));
        assertEquals("The model called the tool 'admin_reset' but it was not offered for this exchange",
                out.getException().getMessage());
        assertEquals(0, getMockEndpoint("mock:admin").getReceivedCounter());
    }

    @Test
    void atMostMaxCallsPerTurnRunAndEachCallBeyondGetsAnError() {
        ToolCall[] calls = IntStream.range(0, 5).mapToObj(i -> new ToolCall("c" + i, "count", "{}"))
                .toArray(ToolCall[]::new);
        Exchange out = send("direct:count", List.of(ChatMessage.user("x")), calls);

        assertEquals(3, getMockEndpoint("mock:count").getReceivedCounter());
        List<ChatMessage> results = results(out);
        assertEquals(5, results.size(), "every call gets a result, as the providers require");
        assertEquals("{\"error\":\"too many tool calls in one turn (maxCallsPerTurn=3)\"}", results.get(3).content());
        assertEquals(Role.TOOL, results.get(4).role());
    }

    @Test
    void withToolErrorsFailATurnOverTheCapFailsBeforeAnyCallRuns() {
        ToolCall[] calls = IntStream.range(0, 4).mapToObj(i -> new ToolCall("c" + i, "count", "{}"))
                .toArray(ToolCall[]::new);
        Exchange out = send("direct:countFailing", List.of(ChatMessage.user("x")), calls);

        assertEquals("The model asked for 4 tool calls in one turn, more than maxCallsPerTurn=3; none of them ran",
                out.getException().getMessage());
        assertEquals(0, getMockEndpoint("mock:count").getReceivedCounter());
    }

    @Test
    void withoutAConversationItSaysWhatItNeeds() {
        Exchange out = send("direct:tools", "text", new ToolCall("c1", "get_time", "{}"));
        assertEquals("llm-tool-calls:trip needs the conversation: the header CamelAiConversation (set by a chat"
                + " endpoint) or a List<ChatMessage> body", out.getException().getMessage());
    }

    @Test
    void badOptionsAreRefusedWhenTheRouteIsCreated() {
        assertEquals("llm-tool-calls:x needs the option tools: the tools that may run (#bean, llm-tool route names)",
                routeFailure("llm-tool-calls:x"));
        assertEquals("Option maxCallsPerTurn of llm-tool-calls:x must be between 1 and 1000, got 0",
                routeFailure("llm-tool-calls:x?tools=count&maxCallsPerTurn=0"));
        assertEquals("Option toolErrors of llm-tool-calls:x must be report or fail, got 'ignore'",
                routeFailure("llm-tool-calls:x?tools=count&toolErrors=ignore"));
        assertEquals("ToolCalls: two tools are named 'count'", routeFailure("llm-tool-calls:x?tools=count,count"));
    }

    private String routeFailure(String uri) {
        Exception e = assertThrows(FailedToCreateRouteException.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad" + uri.hashCode()).to(uri);
            }
        }));
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void docsTablesAreCurrent() throws Exception {
        ComponentDocs.check("/META-INF/io/camelai/support/tools/llm-tool-calls.json",
                Path.of("src/main/docs/llm-tool-calls-component.adoc"));
    }
}
