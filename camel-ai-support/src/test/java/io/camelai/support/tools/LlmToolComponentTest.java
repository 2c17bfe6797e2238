package io.camelai.support.tools;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.testing.ComponentDocs;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmToolComponentTest extends CamelTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("llm-tool:get_flight_info?description=Returns the next flight"
                        + "&parameter.origin_city=string&parameter.origin_city.required=true"
                        + "&parameter.origin_city.description=Where from"
                        + "&parameter.seats=integer&parameter.cabin=string&parameter.cabin.enum=economy,business")
                        .setBody(simple("{\"flight\":\"${header.origin_city}-1\",\"seats\":${header.seats},"
                                + "\"call\":\"${header.CamelAiToolCallId}\",\"args\":${body}}"));
                from("llm-tool:weather?description=Weather&argSchema=classpath:weather-schema.json")
                        .throwException(new IllegalStateException("station offline"));
                from("llm-tool:send_mail?description=Mails a note&parameter.to=string&parameter.subject=string"
                        + "&parameter.text=string&parameter.text.required=true")
                        .to("mock:mail").setBody(constant("{\"sent\":true}"));
            }
        };
    }

    private RouteTool tool(String name) {
        return context.getComponent("llm-tool", LlmToolComponent.class).tool(name);
    }

    @Test
    void aRouteIsAToolWithTheDeclaredSchema() {
        JsonNode schema = tool("get_flight_info").definition().parameters();
        assertEquals("string", schema.at("/properties/origin_city/type").asText());
        assertEquals("Where from", schema.at("/properties/origin_city/description").asText());
        assertEquals("integer", schema.at("/properties/seats/type").asText());
        assertEquals("business", schema.at("/properties/cabin/enum/1").asText());
        assertEquals("[\"origin_city\"]", schema.get("required").toString());
        assertEquals("Returns the next flight", tool("get_flight_info").definition().description());
        assertEquals("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}",
                tool("weather").definition().parameters().toString());
    }

    @Test
    void argumentsArriveAsHeadersAndBodyUndeclaredOnesDropped() throws Exception {
        Object result = tool("get_flight_info").invoke(new DefaultExchange(context),
                new ToolCall("call-7", "get_flight_info", "{\"origin_city\":\"Seattle\",\"seats\":2,\"other\":true}"));
        assertEquals("{\"flight\":\"Seattle-1\",\"seats\":2,\"call\":\"call-7\","
                + "\"args\":{\"origin_city\":\"Seattle\",\"seats\":2}}",
                result);
    }

    @Test
    void camelHeadersAndMissingArgumentsAreRejected() {
        RouteTool t = tool("get_flight_info");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.invoke(
                new DefaultExchange(context), new ToolCall("c", "get_flight_info",
                        "{\"origin_city\":\"x\",\"CamelFileName\":\"/etc/passwd\"}")));
        assertTrue(e.getMessage().contains("CamelFileName"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> t.invoke(new DefaultExchange(context), new ToolCall("c", "get_flight_info", "{\"seats\":1}")));
        assertEquals("missing required argument 'origin_city'", missing.getMessage());
        assertThrows(IllegalStateException.class,
                () -> tool("weather").invoke(new DefaultExchange(context),
                        new ToolCall("c", "weather", "{\"city\":\"x\"}")));
    }

    @Test
    void camelArgumentNamesAreRejectedWhateverTheirCaseOrLeadingSpaces() {
        RouteTool t = tool("get_flight_info");
        for (String name : List.of(" CamelFileName", "camelFileName", "\tCAMELHttpUri")) {
            String args = ToolJson.mapper().createObjectNode().put("origin_city", "x").put(name, "/etc/passwd")
                    .toString();
            InvalidToolArgumentsException e = assertThrows(InvalidToolArgumentsException.class,
                    () -> t.invoke(new DefaultExchange(context), new ToolCall("c", "get_flight_info", args)), name);
            assertTrue(e.getMessage().endsWith("is not accepted: names starting with Camel are reserved"),
                    e.getMessage());
        }
    }

    @Test
    void declaredArgumentsAComponentWouldActOnArriveInTheBodyOnly() throws Exception {
        Object result = tool("send_mail").invoke(new DefaultExchange(context), new ToolCall("c1", "send_mail",
                "{\"to\":\"boss@corp.test\",\"subject\":\"hi\",\"text\":\"see you\",\"Bcc\":\"attacker@evil.test\"}"));

        assertEquals("{\"sent\":true}", result);
        Message received = getMockEndpoint("mock:mail").getReceivedExchanges().get(0).getMessage();
        assertEquals(Set.of("text", LlmToolConstants.TOOL_NAME, LlmToolConstants.TOOL_CALL_ID),
                new HashSet<>(received.getHeaders().keySet()), "To and Subject would address a mail: no headers");
        assertEquals("{\"to\":\"boss@corp.test\",\"subject\":\"hi\",\"text\":\"see you\"}",
                received.getBody(String.class));
    }

    @Test
    void anArgSchemaDeclaringACamelNameFailsTheRoute() {
        Exception e = assertThrows(FailedToCreateRouteException.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("llm-tool:sneaky?description=x&argSchema=classpath:camel-arg-schema.json").log("x");
            }
        }));
        assertTrue(e.getMessage().contains("declares 'CamelFileName': argument names starting with Camel are"
                + " reserved"), e.getMessage());
    }

    @Test
    void toolsUnregisterWhenTheirRouteStops() throws Exception {
        assertNotNull(tool("weather"));
        context.getRouteController().stopRoute(context.getRoutes().get(1).getRouteId());
        assertNull(tool("weather"));
    }

    @Test
    void badDeclarationsFailTheRouteWithTheOptionNamed() {
        Exception e = assertThrows(FailedToCreateRouteException.class, () -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("llm-tool:bad?description=x&parameter.when=date").log("x");
            }
        }));
        assertTrue(e.getMessage().contains("Invalid type 'date' for parameter.when"), e.getMessage());
        Exception noDescription = assertThrows(FailedToCreateRouteException.class,
                () -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("llm-tool:nodesc").log("x");
                    }
                }));
        assertTrue(noDescription.getMessage().contains("needs the option description"), noDescription.getMessage());
        assertFalse(context.getRoutes().stream().anyMatch(r -> r.getEndpoint().getEndpointUri().contains("bad")));
    }

    @Test
    void docsTablesAreCurrent() throws Exception {
        ComponentDocs.check("/META-INF/io/camelai/support/tools/llm-tool.json",
                Path.of("src/main/docs/llm-tool-component.adoc"));
    }
}
