package io.camelai.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.azure.ai.inference.implementation.InferenceServerSentEvents;
import com.cohere.api.core.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.stream.NdjsonReader;
import io.camelai.support.stream.SseEvent;
import io.camelai.support.stream.SseEventReader;
import io.camelai.support.stream.StreamJson;
import okhttp3.sse.internal.ServerSentEventReader;
import okio.BufferedSource;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import reactor.core.publisher.Flux;

/**
 * Stream readers in isolation: one benchmark operation is one event, read from a whole stream of {@value #EVENTS}
 * events held in memory and handed over in 8 KiB reads, as a socket would. "framing" rows only split the stream into
 * events (the data as a String); "json" rows also parse each event's data into a Jackson tree, which is what the
 * SDKs' readers always do (cohere-java's {@code Stream} and azure-ai-inference's
 * {@code InferenceServerSentEvents}, both asked for {@code JsonNode} so the parsing is the same Jackson work).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StreamReadersBenchmark {

    static final int EVENTS = 500;
    private static final int READ_SIZE = 8192;

    /** Cohere v2 chat: {@code event:} and {@code data:} per event (https://docs.cohere.com/reference/chat-stream). */
    private byte[] cohereSse;
    /** Azure AI Model Inference: {@code data:} chat.completion.chunk events, then {@code data: [DONE]}. */
    private byte[] azureSse;
    /** Cohere v1 chat: one JSON document per line. */
    private byte[] cohereNdjson;
    /** The Azure stream in reads (its reader uses each buffer's whole backing array). */
    private List<byte[]> azureReads;

    @Setup
    public void setup() {
        StringBuilder cohere = new StringBuilder();
        StringBuilder azure = new StringBuilder();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < EVENTS; i++) {
            String word = "word" + i + " ";
            cohere.append("event: content-delta\ndata: {\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":")
                    .append("{\"content\":{\"text\":\"").append(word).append("\"}}}}\n\n");
            azure.append("data: {\"id\":\"6b5d4e2a-1c3f\",\"object\":\"chat.completion.chunk\",\"created\":1764460800,")
                    .append("\"model\":\"Mistral-large\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"")
                    .append(word).append("\"},\"finish_reason\":null}]}\n\n");
            ndjson.append("{\"is_finished\":false,\"event_type\":\"text-generation\",\"text\":\"").append(word)
                    .append("\"}\n");
        }
        azure.append("data: [DONE]\n\n");
        cohereSse = cohere.toString().getBytes(StandardCharsets.UTF_8);
        azureSse = azure.toString().getBytes(StandardCharsets.UTF_8);
        cohereNdjson = ndjson.toString().getBytes(StandardCharsets.UTF_8);
        azureReads = new ArrayList<>();
        for (int i = 0; i < azureSse.length; i += READ_SIZE) {
            azureReads.add(Arrays.copyOfRange(azureSse, i, Math.min(azureSse.length, i + READ_SIZE)));
        }
    }

    private static BufferedSource source(byte[] stream) {
        return Okio.buffer(Okio.source(new ByteArrayInputStream(stream)));
    }

    private static InputStreamReader reader(byte[] stream) {
        return new InputStreamReader(new ByteArrayInputStream(stream), StandardCharsets.UTF_8);
    }

    private static int expect(int events, int expected) {
        if (events != expected) {
            throw new IllegalStateException("read " + events + " events, expected " + expected);
        }
        return events;
    }

    // --- Cohere v2 SSE ---

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int sseFramingCamelAi(Blackhole bh) throws IOException {
        SseEventReader reader = new SseEventReader(source(cohereSse));
        int n = 0;
        SseEvent e;
        while ((e = reader.next()) != null) {
            bh.consume(e.data());
            n++;
        }
        return expect(n, EVENTS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int sseFramingOkHttp(Blackhole bh) throws IOException {
        int[] n = {0};
        ServerSentEventReader reader = new ServerSentEventReader(source(cohereSse),
                new ServerSentEventReader.Callback() {
                    @Override
                    public void onEvent(String id, String type, String data) {
                        bh.consume(data);
                        n[0]++;
                    }

                    @Override
                    public void onRetryChange(long timeMs) {}
                });
        while (reader.processNextEvent()) {
            // events arrive through the callback
        }
        return expect(n[0], EVENTS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int sseJsonCamelAi(Blackhole bh) throws IOException {
        SseEventReader reader = new SseEventReader(source(cohereSse));
        int n = 0;
        SseEvent e;
        while ((e = reader.next()) != null) {
            bh.consume(StreamJson.object(e.data(), "content-delta event"));
            n++;
        }
        return expect(n, EVENTS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int sseJsonCohereSdk(Blackhole bh) throws IOException {
        int n = 0;
        try (Stream<JsonNode> stream = Stream.fromSse(JsonNode.class, reader(cohereSse))) {
            for (JsonNode event : stream) {
                bh.consume(event);
                n++;
            }
        }
        return expect(n, EVENTS);
    }

    // --- Azure AI Model Inference SSE ---

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int azureSseJsonCamelAi(Blackhole bh) throws IOException {
        SseEventReader reader = new SseEventReader(source(azureSse));
        int n = 0;
        SseEvent e;
        while ((e = reader.next()) != null && !e.isDone()) {
            bh.consume(StreamJson.object(e.data(), "chunk"));
            n++;
        }
        return expect(n, EVENTS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int azureSseJsonAzureSdk(Blackhole bh) {
        List<ByteBuffer> reads = new ArrayList<>(azureReads.size());
        for (byte[] read : azureReads) { // a fresh buffer per read, as the HTTP client hands over
            reads.add(ByteBuffer.wrap(read));
        }
        List<JsonNode> events = new InferenceServerSentEvents<>(Flux.fromIterable(reads), JsonNode.class)
                .getEvents().collectList().block();
        events.forEach(bh::consume);
        return expect(events.size(), EVENTS);
    }

    // --- Cohere v1 NDJSON ---

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int ndjsonFramingCamelAi(Blackhole bh) throws IOException {
        NdjsonReader reader = new NdjsonReader(source(cohereNdjson));
        int n = 0;
        String line;
        while ((line = reader.next()) != null) {
            bh.consume(line);
            n++;
        }
        return expect(n, EVENTS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int ndjsonJsonCamelAi(Blackhole bh) throws IOException {
        NdjsonReader reader = new NdjsonReader(source(cohereNdjson));
        int n = 0;
        String line;
        while ((line = reader.next()) != null) {
            bh.consume(StreamJson.object(line, "chunk"));
            n++;
        }
        return expect(n, EVENTS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int ndjsonJsonCohereSdk(Blackhole bh) throws IOException {
        int n = 0;
        try (Stream<JsonNode> stream = Stream.fromJson(JsonNode.class, reader(cohereNdjson))) {
            for (JsonNode event : stream) {
                bh.consume(event);
                n++;
            }
        }
        return expect(n, EVENTS);
    }
}
