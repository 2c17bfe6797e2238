package io.camelai.support.tools;

import java.util.List;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.ToolCall;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("flights", new Flights());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:weather").setBody(simple("sunny in ${header.city}"));
                from("direct:broken").throwException(new IllegalStateException("no data"));
                from("llm-tool:get_time?description=Time&parameter.zone=string").setBody(constant("{\"time\":\"12:00\"}"));
                from("direct:tools")
                        .process(ToolCalls.route()
                                .tool("get_flight_info", "bean:flights?method=next")
                                .tool("get_weather", "direct:weather")
                                .tool("broken", "direct:broken")
                                .bean(new Hotels()));
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
                    new ToolCall("c1", "get_flight_info", "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"),
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
        assertEquals("{\"result\":\"sunny in Miami\"}", ((ChatMessage) body.get(3)).content());
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
}
