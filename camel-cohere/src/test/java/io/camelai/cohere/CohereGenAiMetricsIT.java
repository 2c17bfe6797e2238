package io.camelai.cohere;

import java.util.List;
import java.util.stream.IntStream;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.model.SimReply;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatStream;
import io.camelai.support.testing.AbstractChatContractIT.Flights;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GenAI client metrics (OpenTelemetry semantic conventions) of real routes against the simulator, with a Micrometer
 * registry in the Camel registry: every model call of a chat, a stream, a tool loop and an embedding batch.
 */
class CohereGenAiMetricsIT extends CamelTestSupport {

    private static final String MODEL = "command-r-plus-08-2024";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FlightsThenFault failingNext = new FlightsThenFault();

    /** The flight tool, which makes the simulator fail the next request: the loop's following model call. */
    public static class FlightsThenFault {
        private Fault fault;

        @AiTool(name = "get_flight_info", description = "Returns information about the next flight between two cities.")
        public String next(
                @AiToolParam(name = "origin_city", description = "The name of the city where the flight originates") String origin,
                @AiToolParam(name = "destination_city", description = "The flight's destination city") String destination) {
            sim.get().fault(fault);
            return "{\"airline\":\"Delta\",\"flight_number\":\"DL123\"}";
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        // any name: the one MeterRegistry of the registry is used
        context.getRegistry().bind("myMeters", meters);
        context.getRegistry().bind("flights", new Flights());
        context.getRegistry().bind("failingNext", failingNext);
        String base = "apiKey=test-key&retryBackoff=5&baseUrl=" + sim.get().cohereUrl();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("cohere:chat?model=" + MODEL + "&" + base);
                from("direct:stream").to("cohere:chat?stream=true&model=" + MODEL + "&" + base)
                        .split(body()).streaming().to("mock:chunks");
                from("direct:tools").to("cohere:chat?tools=#flights&model=" + MODEL + "&" + base);
                from("direct:toolStream").to("cohere:chat?tools=#flights&stream=true&model=" + MODEL + "&" + base)
                        .split(body()).streaming().to("mock:toolChunks");
                from("direct:failingTools").to("cohere:chat?tools=#failingNext&maxRetries=0&model=" + MODEL + "&"
                        + base);
                from("direct:failingToolStream")
                        .to("cohere:chat?tools=#failingNext&stream=true&maxRetries=0&model=" + MODEL + "&" + base)
                        .split(body()).streaming().to("mock:failingChunks");
                // reads the first chunk of the loop's stream only, then closes it
                from("direct:toolStreamFirstChunk")
                        .to("cohere:chat?tools=#flights&stream=true&model=" + MODEL + "&" + base)
                        .process(e -> {
                            try (ChatStream stream = e.getMessage().getBody(ChatStream.class)) {
                                stream.next();
                            }
                        });
                from("direct:embed").to("cohere:embed?model=embed-v4.0&batchSize=2&" + base);
                from("direct:rerank").to("cohere:rerank?model=rerank-v3.5&" + base);
            }
        };
    }

    @Test
    void aUnaryChatRecordsItsDurationAndTokenUsageWithTheSemanticConventionAttributes() {
        Exchange out = template.request("direct:chat", e -> e.getMessage().setBody("Hello Cohere"));
        assertNull(out.getMessage().getHeader(AiHeaders.RESPONSE_MODEL), "Cohere v2 chat answers name no model");

        Timer duration = search("gen_ai.client.operation.duration", "chat").tag("gen_ai.request.model", MODEL).timer();
        assertNotNull(duration, "meters: " + describe());
        assertNull(duration.getId().getTag("gen_ai.response.model"), "only a model the provider reported");
        assertEquals(1, duration.count());
        assertTrue(duration.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
        assertNull(duration.getId().getTag("error.type"), "a success has no error.type");
        assertEquals(67.0, tokens("chat", "input").totalAmount(), "CamelAiInputTokens of the call");
        assertEquals(5.0, tokens("chat", "output").totalAmount());
        assertEquals(1, tokens("chat", "input").count());
        assertNull(meters.find("gen_ai.client.operation.time_to_first_chunk").timer(), "not a stream");
        assertNull(meters.find("camel.ai.tool_loop.model_calls").summary(), "no tool loop");
    }

    @Test
    void aStreamedChatRecordsTheTimeToItsFirstChunkItsWholeDurationAndItsTokens() {
        getMockEndpoint("mock:chunks").expectedMinimumMessageCount(2);
        template.requestBody("direct:stream", "tell me a story about camels");

        Timer firstChunk = search("gen_ai.client.operation.time_to_first_chunk", "chat").timer();
        assertNotNull(firstChunk, "meters: " + describe());
        assertEquals(1, firstChunk.count());
        Timer duration = search("gen_ai.client.operation.duration", "chat").timer();
        assertEquals(1, duration.count());
        assertTrue(
                duration.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) >= firstChunk
                        .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS),
                "the duration runs to the stream's end");
        assertEquals(1, tokens("chat", "input").count());
        assertTrue(tokens("chat", "output").totalAmount() > 0);
    }

    @Test
    void aToolLoopCountsEachOfItsModelCallsAndTheCallsOfTheLoop() {
        sim.get().enqueue(
                SimReply.toolCall("call_1", "get_flight_info",
                        "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"),
                SimReply.toolCall("call_2", "get_flight_info",
                        "{\"origin_city\":\"Miami\",\"destination_city\":\"Seattle\"}"));
        Exchange out = template.request("direct:tools", e -> e.getMessage().setBody("Flights there and back?"));
        assertEquals(3, out.getMessage().getHeader(AiHeaders.MODEL_CALLS));

        assertEquals(3, search("gen_ai.client.operation.duration", "chat").timers().stream()
                .mapToLong(Timer::count).sum(), "meters: " + describe());
        assertEquals(3, tokens("chat", "input").count(), "the usage of each model call");
        assertEquals(out.getMessage().getHeader(AiHeaders.INPUT_TOKENS, Long.class).doubleValue(),
                tokens("chat", "input").totalAmount(), "adds up to the loop's summed header");
        DistributionSummary loop = search("camel.ai.tool_loop.model_calls", "chat").summary();
        assertEquals(1, loop.count());
        assertEquals(3.0, loop.totalAmount());
    }

    @Test
    void aStreamedToolLoopMeasuresEachOfItsStreamsAsAModelCall() throws InterruptedException {
        sim.get().enqueue(SimReply.toolCall("call_1", "get_flight_info",
                "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"));
        getMockEndpoint("mock:toolChunks").expectedMinimumMessageCount(2);
        template.requestBody("direct:toolStream", "Next flight from Seattle to Miami?");
        getMockEndpoint("mock:toolChunks").assertIsSatisfied();

        assertEquals(2, sim.get().requestCount());
        assertEquals(2, search("gen_ai.client.operation.duration", "chat").timers().stream()
                .mapToLong(Timer::count).sum(), "meters: " + describe());
        assertEquals(2, search("gen_ai.client.operation.time_to_first_chunk", "chat").timer().count(),
                "each round's stream has its first chunk");
        assertEquals(2, tokens("chat", "input").count());
        assertEquals(2.0, search("camel.ai.tool_loop.model_calls", "chat").summary().totalAmount());
    }

    @Test
    void aToolLoopWhoseSecondModelCallFailsIsCountedWithTheFailedCall() {
        failingNext.fault = Fault.status(400).message("invalid request");
        sim.get().enqueue(SimReply.toolCall("call_1", "get_flight_info",
                "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"));

        assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:failingTools", "Next flight from Seattle to Miami?"));

        assertEquals(2, sim.get().requestCount());
        assertEquals(1, search("gen_ai.client.operation.duration", "chat").tag("error.type", "400").timer().count(),
                "meters: " + describe());
        DistributionSummary loop = search("camel.ai.tool_loop.model_calls", "chat").summary();
        assertNotNull(loop, "meters: " + describe());
        assertEquals(1, loop.count());
        assertEquals(2.0, loop.totalAmount(), "the answered call and the failed one");
    }

    @Test
    void aStreamedToolLoopClosedBeforeItsEndIsCountedWithTheModelCallsItMade() {
        sim.get().enqueue(SimReply.toolCall("call_1", "get_flight_info",
                "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"));

        template.requestBody("direct:toolStreamFirstChunk", "Next flight from Seattle to Miami?");

        assertEquals(1, sim.get().requestCount(), "closed during the first round: no second model call");
        DistributionSummary loop = search("camel.ai.tool_loop.model_calls", "chat").summary();
        assertNotNull(loop, "meters: " + describe());
        assertEquals(1, loop.count());
        assertEquals(1.0, loop.totalAmount(), "the one stream it read from");
    }

    @Test
    void aStreamedToolLoopWhoseSecondStreamBreaksIsCountedWithTheBrokenCall() {
        failingNext.fault = Fault.disconnectAfter(1);
        sim.get().enqueue(SimReply.toolCall("call_1", "get_flight_info",
                "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"));

        assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:failingToolStream", "Next flight from Seattle to Miami?"));

        assertEquals(2, sim.get().requestCount());
        DistributionSummary loop = search("camel.ai.tool_loop.model_calls", "chat").summary();
        assertNotNull(loop, "meters: " + describe());
        assertEquals(1, loop.count());
        assertEquals(2.0, loop.totalAmount(), "the first stream and the broken one");
    }

    @Test
    void eachEmbeddingBatchIsOneEmbeddingsCallWithItsInputTokens() {
        List<String> texts = IntStream.range(0, 3).mapToObj(i -> "line " + i).toList();
        Exchange out = template.request("direct:embed", e -> e.getMessage().setBody(texts));

        Timer duration = search("gen_ai.client.operation.duration", "embeddings")
                .tag("gen_ai.request.model", "embed-v4.0").timer();
        assertNotNull(duration, "meters: " + describe());
        assertEquals(2, duration.count(), "batchSize=2: two calls");
        assertNull(out.getMessage().getHeader(AiHeaders.RESPONSE_MODEL), "Cohere's embed answer names no model");
        assertNull(duration.getId().getTag("gen_ai.response.model"));
        assertEquals(out.getMessage().getHeader(AiHeaders.INPUT_TOKENS, Long.class).doubleValue(),
                tokens("embeddings", "input").totalAmount(), "the batches' tokens add up to the header");
        assertEquals(2, tokens("embeddings", "input").count());
        assertNull(meters.find("gen_ai.client.token.usage").tag("gen_ai.token.type", "output").summary(),
                "embeddings have no output tokens");
    }

    @Test
    void aRetriedCallCountsTheRetryAndSucceedsOnce() {
        sim.get().fault(Fault.status(429).retryAfterMillis(10).message("slow down"));

        template.requestBody("direct:chat", "again", String.class);

        assertEquals(2, sim.get().requestCount());
        assertEquals(1.0, meters.get("camel.ai.client.retries").tag("gen_ai.provider.name", "cohere")
                .tag("gen_ai.operation.name", "chat").tag("error.type", "429").counter().count());
        Timer duration = search("gen_ai.client.operation.duration", "chat").timer();
        assertEquals(1, duration.count(), "one model call, with its retry");
        assertNull(duration.getId().getTag("error.type"));
    }

    @Test
    void aFailedCallRecordsItsDurationWithTheErrorType() {
        sim.get().fault(Fault.status(400).message("invalid request"));

        assertThrows(CamelExecutionException.class, () -> template.requestBody("direct:chat", "hi", String.class));

        Timer failed = search("gen_ai.client.operation.duration", "chat").tag("error.type", "400").timer();
        assertNotNull(failed, "meters: " + describe());
        assertEquals(1, failed.count());
        assertNull(failed.getId().getTag("gen_ai.response.model"), "no model answered");
        assertNull(meters.find("gen_ai.client.token.usage").summary());
        assertNull(meters.find("camel.ai.client.retries").counter(), "a 400 is not retried");
    }

    @Test
    void otherOperationsRecordTheirDurationUnderTheirOwnName() {
        template.request("direct:rerank", e -> {
            e.getMessage().setBody(List.of("Carson City is the capital of Nevada.", "Washington is the capital."));
            e.getMessage().setHeader(CohereConstants.QUERY, "What is the capital of the United States?");
        });

        Timer duration = search("gen_ai.client.operation.duration", "rerank")
                .tag("gen_ai.request.model", "rerank-v3.5").timer();
        assertNotNull(duration, "meters: " + describe());
        assertEquals(1, duration.count());
    }

    private Search search(String name, String operation) {
        return meters.find(name).tag("gen_ai.operation.name", operation).tag("gen_ai.provider.name", "cohere");
    }

    private DistributionSummary tokens(String operation, String type) {
        DistributionSummary s = search("gen_ai.client.token.usage", operation).tag("gen_ai.token.type", type).summary();
        assertNotNull(s, "no " + type + " token usage: " + describe());
        return s;
    }

    private String describe() {
        return meters.getMeters().stream().map(Meter::getId).map(Object::toString).toList().toString();
    }
}
