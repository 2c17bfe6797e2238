package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.model.SimReply;
import io.camelai.support.AiHeaders;
import io.camelai.support.testing.AbstractChatContractIT.Flights;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cohere dev console, found by Camel from the generated META-INF file, after real calls to the simulator. */
class CohereDevConsoleIT {

    private static final String KEY = "co-console-key-4242";
    private static final String MODEL = "command-r-plus-08-2024";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static String uri(String options) {
        return "cohere:chat?model=" + MODEL + "&maxRetries=1&retryBackoff=1&apiKey=" + KEY + "&baseUrl="
                + sim.get().cohereUrl() + options;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyEndpoint(DevConsole console, String uriPart) {
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> endpoints = (List<Map<String, Object>>) json.get("endpoints");
        List<Map<String, Object>> matching = endpoints.stream()
                .filter(e -> e.get("uri").toString().contains(uriPart)).toList();
        assertEquals(1, matching.size(), String.valueOf(endpoints));
        return matching.get(0);
    }

    @Test
    void showsCallsRetriesTokensByModelAndMaskedLastErrors() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            var template = context.createProducerTemplate();
            template.requestBody(uri(""), "first", String.class);
            sim.get().fault(Fault.status(503).message("overloaded"));
            template.requestBody(uri(""), "second, after one retry", String.class);
            sim.get().fault(Fault.status(401).message("invalid api token " + KEY));
            Exchange failed = template.request(uri(""), e -> e.getMessage().setBody("third fails"));
            assertNotNull(failed.getException());

            DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("cohere");
            assertInstanceOf(CohereDevConsole.class, console, "found through META-INF/services/.../dev-console/cohere");
            Map<String, Object> endpoint = onlyEndpoint(console, "chat");

            assertEquals(3L, ((Number) endpoint.get("calls")).longValue(), String.valueOf(endpoint));
            assertEquals(1L, ((Number) endpoint.get("retries")).longValue());
            assertEquals(1L, ((Number) endpoint.get("failures")).longValue());
            assertEquals(0, ((Number) endpoint.get("openStreams")).intValue());
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> tokens = (Map<String, Map<String, Object>>) endpoint.get("tokens");
            assertEquals(List.of(MODEL), new ArrayList<>(tokens.keySet()));
            assertTrue(((Number) tokens.get(MODEL).get("input")).longValue() > 0, String.valueOf(tokens));
            assertTrue(((Number) tokens.get(MODEL).get("output")).longValue() > 0, String.valueOf(tokens));
            String lastErrors = String.valueOf(endpoint.get("lastErrors"));
            assertTrue(lastErrors.contains("HTTP 401") && lastErrors.contains("invalid api token ******"),
                    lastErrors);

            String text = (String) console.call(DevConsole.MediaType.TEXT);
            assertTrue(text.contains("Calls: 3 (retries: 1, failed: 1)"), text);
            assertTrue(text.contains("Tokens " + MODEL + ": input "), text);
            for (String shown : List.of(text, String.valueOf(endpoint))) {
                assertFalse(shown.contains(KEY), "the key never shows: " + shown.replace(KEY, "<KEY>"));
            }
        }
    }

    @Test
    void countsAStreamAsOpenUntilItsExchangeCompletes() throws Exception {
        List<Object> openWhileRouted = new ArrayList<>();
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:stream").to(uri("&stream=true"))
                            .process(e -> openWhileRouted.add(onlyEndpoint(PluginHelper
                                    .getDevConsoleResolver(e.getContext()).resolveDevConsole("cohere"),
                                    "stream").get("openStreams")));
                }
            });
            context.start();

            context.createProducerTemplate().requestBody("direct:stream", "stream please");

            DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("cohere");
            assertEquals(List.of(1), openWhileRouted);
            assertEquals(0, ((Number) onlyEndpoint(console, "stream").get("openStreams")).intValue(),
                    "closed with its exchange");
        }
    }

    @Test
    void countsEveryRoundOfAStreamedToolLoopAsAnOpenStreamWithItsTokens() throws Exception {
        sim.get().enqueue(SimReply.toolCall("call_1", "get_flight_info",
                "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"));
        List<String> openPerChunk = new ArrayList<>();
        List<Long> loopTokens = new ArrayList<>();
        try (CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("flights", new Flights());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:toolStream").to(uri("&tools=#flights&stream=true")).split(body()).streaming()
                            .process(e -> {
                                openPerChunk.add(e.getMessage().getHeader(AiHeaders.CHUNK_TYPE) + "="
                                        + onlyEndpoint(PluginHelper.getDevConsoleResolver(e.getContext())
                                                .resolveDevConsole("cohere"), "stream").get("openStreams"));
                                Long input = e.getMessage().getHeader(AiHeaders.INPUT_TOKENS, Long.class);
                                if (input != null) { // the END chunk: the usage of both rounds
                                    loopTokens.add(input);
                                    loopTokens.add(e.getMessage().getHeader(AiHeaders.OUTPUT_TOKENS, Long.class));
                                }
                            });
                }
            });
            context.start();

            context.createProducerTemplate().requestBody("direct:toolStream", "Next flight from Seattle to Miami?");

            assertEquals(2, sim.get().requestCount(), "two rounds");
            // round 1 streams the tool call, round 2 the text; the splitter reads one chunk ahead, so the stream is
            // already at its end (and closed) for the last text chunk and the END chunk
            assertEquals("TOOL_CALL=1", openPerChunk.get(0), String.valueOf(openPerChunk));
            assertEquals("TEXT=1", openPerChunk.stream().filter(c -> c.startsWith("TEXT")).findFirst().orElse(null),
                    "the second round's stream counts as open while it is read: " + openPerChunk);
            Map<String, Object> endpoint = onlyEndpoint(PluginHelper.getDevConsoleResolver(context)
                    .resolveDevConsole("cohere"), "stream");
            assertEquals(0, ((Number) endpoint.get("openStreams")).intValue(), "closed with its exchange");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> tokens = (Map<String, Map<String, Object>>) endpoint.get("tokens");
            assertEquals(2, loopTokens.size(), "the END chunk came with usage");
            assertEquals(loopTokens.get(0), ((Number) tokens.get(MODEL).get("input")).longValue(),
                    "both rounds' input tokens: " + tokens);
            assertEquals(loopTokens.get(1), ((Number) tokens.get(MODEL).get("output")).longValue(),
                    "both rounds' output tokens: " + tokens);
        }
    }
}
