package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.AiStreamException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.testing.ChatStreams;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
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

/** Real routes against the simulator: what a route author writes and sees. */
class CohereChatSimulatorIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private final List<Exchange> chunks = new ArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "&baseUrl=" + sim.get().cohereUrl() + "&apiKey=test-key&retryBackoff=10";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("cohere:chat?model=command-r-plus-08-2024" + base);
                from("direct:story").to("cohere:chat?stream=true" + base);
                from("cohere:chat?stream=true" + base).process(e -> chunks.add(e.copy()));
                from("direct:split").to("cohere:chat?stream=true&model=split-model" + base)
                        .split(body()).streaming().process(e -> chunks.add(e.copy()));
            }
        };
    }

    @Test
    void chatReturnsTextWithUsageHeaders() {
        Exchange out = template.request("direct:chat", e -> e.getMessage().setBody("Hello Cohere"));

        assertEquals("Simulated answer to: Hello Cohere", out.getMessage().getBody(String.class));
        assertEquals(FinishReason.STOP, out.getMessage().getHeader(AiHeaders.FINISH_REASON));
        assertEquals("COMPLETE", out.getMessage().getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals(67L, out.getMessage().getHeader(AiHeaders.INPUT_TOKENS), "usage.tokens, with the system prompt");
        assertEquals(5L, out.getMessage().getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(72L, out.getMessage().getHeader(AiHeaders.TOTAL_TOKENS));
        assertEquals(3L, out.getMessage().getHeader(CohereConstants.BILLED_INPUT_TOKENS), "usage.billed_units");

        RecordedRequest req = sim.get().takeRequest();
        assertEquals("POST /v2/chat", req.method() + " " + req.path());
        assertEquals("Bearer test-key", req.header("Authorization"));
        assertEquals("command-r-plus-08-2024", req.json().get("model").asText());
        assertEquals("user", req.json().at("/messages/0/role").asText());
        assertEquals("Hello Cohere", req.json().at("/messages/0/content").asText());
    }

    @Test
    void theOptionsHeaderOverridesRequestOptionsForOneExchange() {
        template.request("direct:chat", e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, java.util.Map.of("temperature", 0.2, "k", "40",
                    "stopSequences", java.util.List.of("END")));
        });
        RecordedRequest req = sim.get().takeRequest();
        assertEquals(0.2, req.json().get("temperature").asDouble());
        assertEquals(40, req.json().get("k").asInt());
        assertEquals("END", req.json().at("/stop_sequences/0").asText());

        template.requestBody("direct:chat", "no override", String.class);
        assertFalse(sim.get().takeRequest().json().has("temperature"), "the endpoint's options are unchanged");
    }

    @Test
    void theOptionsHeaderIsValidatedAndCannotChangeCredentials() {
        CamelExecutionException range = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:chat", "hi", AiHeaders.OPTIONS,
                        java.util.Map.of("k", 501)));
        assertInstanceOf(IllegalArgumentException.class, range.getCause());
        assertTrue(range.getCause().getMessage().contains("option k: must be in [0, 500]"),
                range.getCause().getMessage());

        CamelExecutionException secret = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:chat", "hi", AiHeaders.OPTIONS,
                        java.util.Map.of("apiKey", "other")));
        assertTrue(secret.getCause().getMessage().contains("cannot set option 'apiKey'"));
        assertEquals(0, sim.get().requestCount(), "nothing was sent");
    }

    @Test
    void retriesA429HonouringRetryAfter() {
        sim.get().fault(Fault.status(429).retryAfterMillis(50).message("slow down"));

        String answer = template.requestBody("direct:chat", "again", String.class);

        assertEquals("Simulated answer to: again", answer);
        assertEquals(2, sim.get().requestCount());
    }

    @Test
    void aBadRequestFailsWithCoheresMessageAndIsNotRetried() {
        sim.get().fault(Fault.status(400).message("invalid request: bad things"));

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:chat", "hi", String.class));
        AiHttpException ahe = assertInstanceOf(AiHttpException.class, e.getCause());
        assertEquals(400, ahe.getStatusCode());
        assertEquals("invalid request: bad things", ahe.getProviderMessage());
        assertEquals(1, sim.get().requestCount());
    }

    @Test
    void streamingConsumerGetsEveryChunkAndTheProducerTheWholeText() {
        Exchange out = template.request("direct:story", e -> {
            e.getMessage().setBody("tell me a story");
            e.getMessage().setHeader("correlationId", "c-42");
        });

        assertEquals("Simulated answer to: tell me a story", out.getMessage().getBody(String.class));
        assertEquals(FinishReason.STOP, out.getMessage().getHeader(AiHeaders.FINISH_REASON));
        assertEquals(8, chunks.size(), "7 words and the end");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            Exchange c = chunks.get(i);
            assertEquals(i, c.getMessage().getHeader(AiHeaders.CHUNK_INDEX));
            assertEquals("c-42", c.getMessage().getHeader("correlationId"));
            assertEquals(out.getExchangeId(), c.getMessage().getHeader(AiHeaders.STREAM_ID));
            text.append(c.getMessage().getBody(String.class));
        }
        assertEquals("Simulated answer to: tell me a story", text.toString());
        Exchange last = chunks.get(chunks.size() - 1);
        assertEquals(ChunkType.END, last.getMessage().getHeader(AiHeaders.CHUNK_TYPE));
        assertEquals(true, last.getMessage().getHeader(AiHeaders.STREAM_END));
        assertEquals(7L, last.getMessage().getHeader(AiHeaders.OUTPUT_TOKENS));
    }

    @Test
    void splitStreamingGivesOneExchangePerChunkWithHeaders() {
        template.requestBody("direct:split", "split me", String.class);

        assertEquals(6, chunks.size(), "5 words and the end");
        assertEquals(0, chunks.get(0).getMessage().getHeader(AiHeaders.CHUNK_INDEX));
        assertEquals("Simulated ", chunks.get(0).getMessage().getBody(String.class));
        assertEquals(ChunkType.END, chunks.get(5).getMessage().getHeader(AiHeaders.CHUNK_TYPE));
        assertEquals(FinishReason.STOP, chunks.get(5).getMessage().getHeader(AiHeaders.FINISH_REASON));
    }

    @Test
    void aDroppedStreamFailsWithThePartialText() {
        sim.get().fault(Fault.disconnectAfter(4));

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:story", "tell me a story", String.class));
        AiStreamException ase = assertInstanceOf(AiStreamException.class, e.getCause());
        assertEquals("Simulated answer ", ase.getPartialText(), "message-start, content-start, 2 deltas");
        assertEquals(1, sim.get().requestCount(), "a started stream is never retried");
    }

    @Test
    void theProducerBodyIsALazyChatStreamWithoutAConsumer() throws Exception {
        String uri = "cohere:chat?stream=true&model=lazy&apiKey=k&baseUrl=" + sim.get().cohereUrl();
        Exchange out = ChatStreams.read(context, uri, e -> e.getMessage().setBody("one two"), stream -> {
            try (stream) {
                ChatChunk first = stream.next();
                assertEquals(ChunkType.TEXT, first.type());
                assertEquals(0, first.index());
                assertTrue(stream.hasNext());
            }
            assertFalse(stream.hasNext(), "closing ends the stream");
        });
        assertNull(out.getException());
    }
}
