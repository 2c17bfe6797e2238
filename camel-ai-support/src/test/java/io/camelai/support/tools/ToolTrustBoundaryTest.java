package io.camelai.support.tools;

import java.util.List;
import java.util.stream.IntStream;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatInput;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.PromptTemplates;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.tools.ToolLoopTest.Config;
import io.camelai.support.tools.ToolLoopTest.ScriptedProvider;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automatic tool loop runs only what was offered for the exchange, with real {@code llm-tool} routes: the tool
 * calls are the model's (untrusted), the routes and the endpoint's {@code tools} are the application's.
 */
class ToolTrustBoundaryTest extends CamelTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("llm-tool:get_weather?description=Current weather&parameter.city=string"
                        + "&parameter.city.required=true")
                        .to("mock:weather").setBody(constant("{\"sky\":\"clear\"}"));
                // a tool of another chat endpoint (say, the back office's)
                from("llm-tool:admin_reset?description=Resets every account").to("mock:admin");
                from("llm-tool:lookup_order?description=Finds an order&parameter.id=string")
                        .to("mock:order").setBody(constant("{\"order\":\"shipped\"}"));
            }
        };
    }

    /** The call the chat producer makes for {@code tools=get_weather}, with the exchange's headers read. */
    private ChatCall call(Config cfg, Exchange exchange) {
        if (exchange.getMessage().getBody() == null) {
            exchange.getMessage().setBody("What is the weather in Paris?");
        }
        return ChatInput.read(exchange, cfg, new ScriptedProvider(), ToolSet.resolve(context, "get_weather")
                .definitions(), PromptTemplates.NONE);
    }

    private ChatCall call(Config cfg) {
        return call(cfg, new DefaultExchange(context));
    }

    private ChatResult run(ScriptedProvider provider, ChatCall call) throws Exception {
        return new ToolLoop(provider, ToolSet.resolve(context, "get_weather"), call).run();
    }

    private static ChatResult toolCalls(ToolCall... calls) {
        return ChatResult.builder().text("").toolCalls(List.of(calls)).finishReason(FinishReason.TOOL_CALLS)
                .usage(Usage.of(1, 1)).build();
    }

    private static ChatResult answer() {
        return ChatResult.builder().text("Done.").finishReason(FinishReason.STOP).usage(Usage.of(1, 1)).build();
    }

    /** The tool messages the model got in its second request. */
    private static List<ChatMessage> toolResults(ScriptedProvider provider) {
        return provider.calls.get(1).messages().stream().filter(m -> m.role() == Role.TOOL).toList();
    }

    private int received(String mock) {
        return getMockEndpoint(mock).getReceivedCounter();
    }

    @Test
    void anotherEndpointsToolRouteIsNeverRunByAPromptInjectedCall() throws Exception {
        ScriptedProvider provider = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "get_weather", "{\"city\":\"Paris\"}"),
                        new ToolCall("c2", "admin_reset", "{}")))
                .reply(answer());

        assertEquals("Done.", run(provider, call(new Config())).text());

        assertEquals(1, received("mock:weather"));
        assertEquals(0, received("mock:admin"), "the admin route never ran");
        List<ChatMessage> results = toolResults(provider);
        assertEquals("{\"sky\":\"clear\"}", results.get(0).content());
        assertEquals("c2", results.get(1).toolCallId());
        assertEquals("{\"error\":\"unknown tool 'admin_reset'\"}", results.get(1).content());
    }

    @Test
    void withToolErrorsFailACallOfAToolNotOfferedFailsTheExchangeAndNeverRuns() {
        Config cfg = new Config();
        cfg.setToolErrors("fail");
        ScriptedProvider provider = new ScriptedProvider().reply(toolCalls(new ToolCall("c1", "admin_reset", "{}")));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(provider, call(cfg)));

        assertEquals("The model called the tool 'admin_reset' but it was not offered for this exchange",
                e.getMessage());
        assertEquals(0, received("mock:admin"));
        assertEquals(1, provider.calls.size());
    }

    @Test
    void aCamelAiToolsHeaderDefinitionRunsNothingNotEvenAStartedRouteOfItsName() throws Exception {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(AiHeaders.TOOLS, List.of(
                new ToolDefinition("lookup_order", "Finds an order", null),
                new ToolDefinition("ghost_tool", "Offered, but nothing implements it", null)));
        ScriptedProvider provider = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "lookup_order", "{\"id\":\"42\"}"),
                        new ToolCall("c2", "ghost_tool", "{}"), new ToolCall("c3", "admin_reset", "{}")))
                .reply(answer());

        run(provider, call(new Config(), exchange));

        assertEquals(0, received("mock:order"), "a header never grants a capability: the route is not run");
        assertEquals(0, received("mock:admin"));
        List<ChatMessage> results = toolResults(provider);
        assertEquals("{\"error\":\"tool 'lookup_order' is not available\"}", results.get(0).content());
        assertEquals("{\"error\":\"tool 'ghost_tool' is not available\"}", results.get(1).content());
        assertEquals("{\"error\":\"unknown tool 'admin_reset'\"}", results.get(2).content());
    }

    @Test
    void aThousandCallsInOneTurnRunAtMostMaxToolCallsPerTurn() throws Exception {
        ToolCall[] calls = IntStream.range(0, 1000)
                .mapToObj(i -> new ToolCall("c" + i, "get_weather", "{\"city\":\"Paris\"}")).toArray(ToolCall[]::new);
        ScriptedProvider provider = new ScriptedProvider().reply(toolCalls(calls)).reply(answer());
        Config cfg = new Config();
        assertEquals(16, cfg.getMaxToolCallsPerTurn(), "the default");

        run(provider, call(cfg));

        assertEquals(16, received("mock:weather"));
        List<ChatMessage> results = toolResults(provider);
        assertEquals(1000, results.size(), "every call is answered, as the providers require");
        assertEquals("{\"sky\":\"clear\"}", results.get(15).content());
        assertEquals("{\"error\":\"too many tool calls in one turn (maxToolCallsPerTurn=16)\"}",
                results.get(16).content());
        assertEquals(results.get(16).content(), results.get(999).content());
    }

    @Test
    void withToolErrorsFailATurnOverTheCapFailsBeforeAnyCallRuns() {
        Config cfg = new Config();
        cfg.setMaxToolCallsPerTurn(2);
        cfg.setToolErrors("fail");
        ScriptedProvider provider = new ScriptedProvider().reply(toolCalls(
                new ToolCall("c1", "get_weather", "{\"city\":\"a\"}"),
                new ToolCall("c2", "get_weather", "{\"city\":\"b\"}"),
                new ToolCall("c3", "get_weather", "{\"city\":\"c\"}")));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(provider, call(cfg)));

        assertEquals("The model asked for 3 tool calls in one turn, more than maxToolCallsPerTurn=2; none of them ran",
                e.getMessage());
        assertEquals(0, received("mock:weather"));
    }

    @Test
    void maxToolCallsPerTurnAllowsOneToAThousand() {
        Config cfg = new Config();
        cfg.setMaxToolCallsPerTurn(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(cfg));
        assertTrue(e.getMessage().contains("maxToolCallsPerTurn"), e.getMessage());
        cfg.setMaxToolCallsPerTurn(1000);
        OptionValidator.validate(cfg);
        cfg.setMaxToolCallsPerTurn(1001);
        assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(cfg));
    }

    @Test
    void argumentsAreCheckedAgainstTheRoutesDeclarationBeforeItRuns() throws Exception {
        ScriptedProvider provider = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "get_weather", "{\"town\":\"Paris\"}"),
                        new ToolCall("c2", "get_weather", "{\"city\":[\"Paris\"]}"),
                        new ToolCall("c3", "get_weather", "{\"city\":\"Paris\",\" CamelHttpUri\":\"http://evil\"}")))
                .reply(answer());

        run(provider, call(new Config()));

        List<ChatMessage> results = toolResults(provider);
        assertEquals("{\"error\":\"invalid arguments for tool 'get_weather': missing required argument 'city'\"}",
                results.get(0).content());
        assertEquals("{\"error\":\"invalid arguments for tool 'get_weather': argument 'city' must be of type string,"
                + " got array\"}", results.get(1).content());
        assertEquals("{\"error\":\"invalid arguments for tool 'get_weather': argument ' CamelHttpUri' is not"
                + " accepted: names starting with Camel are reserved\"}", results.get(2).content());
        assertEquals(0, received("mock:weather"));
    }

    @Test
    void aToolSetFindsOnlyItsOwnTools() {
        ToolSet set = ToolSet.resolve(context, "get_weather");
        assertTrue(set.offers("get_weather"));
        assertEquals("get_weather", set.find(context, "get_weather").name());
        assertNull(set.find(context, "admin_reset"), "a started route this set does not name");
    }
}
