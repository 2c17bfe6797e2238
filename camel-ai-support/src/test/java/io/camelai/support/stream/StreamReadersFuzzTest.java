package io.camelai.support.stream;

import java.io.IOException;
import java.time.Duration;

import io.camelai.support.testing.StreamFuzzer;
import okio.Buffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken input never hangs a reader, never grows past its limit, and fails only with MalformedStreamException. */
class StreamReadersFuzzTest {

    private static final String SSE = """
            event: message-start
            data: {"id":"x","type":"message-start","delta":{"message":{"role":"assistant"}}}

            event: content-delta
            data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":"Hello"}}}}

            : comment
            data: {"type":"message-end","delta":{"finish_reason":"COMPLETE"}}

            data: [DONE]

            """;

    private static final String NDJSON = """
            {"is_finished":false,"event_type":"stream-start","generation_id":"g"}
            {"is_finished":false,"event_type":"text-generation","text":"Hello"}
            {"is_finished":true,"event_type":"stream-end","finish_reason":"COMPLETE","response":{"text":"Hello"}}
            """;

    @Test
    void sseReaderSurvivesMutatedStreams() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            int events = 0;
            for (byte[] input : new StreamFuzzer(SSE).cases(2000, 42)) {
                SseEventReader reader = new SseEventReader(new Buffer().write(input), 16 * 1024);
                try {
                    SseEvent e;
                    while ((e = reader.next()) != null) {
                        assertTrue(e.data().length() <= 16 * 1024 + 1, "an event never exceeds the limit");
                        events++;
                    }
                } catch (MalformedStreamException expected) {
                    // over-long lines: the one failure a reader itself reports
                } catch (IOException other) {
                    throw new AssertionError("unexpected " + other, other);
                }
            }
            assertTrue(events > 2000, "most mutations still yield events, saw " + events);
        });
    }

    @Test
    void ndjsonReaderSurvivesMutatedStreams() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (byte[] input : new StreamFuzzer(NDJSON).cases(2000, 7)) {
                NdjsonReader reader = new NdjsonReader(new Buffer().write(input), 16 * 1024);
                try {
                    while (reader.next() != null) {
                        // lines are handed to the provider's parser, which has its own fuzz test
                    }
                } catch (MalformedStreamException expected) {
                    // over-long lines
                }
            }
        });
    }

    @Test
    void aStreamWithoutNewlinesStopsAtTheLimitInsteadOfBufferingEverything() {
        Buffer endless = new Buffer();
        endless.writeUtf8("data: ");
        for (int i = 0; i < 64; i++) {
            endless.writeUtf8("x".repeat(64 * 1024));
        }
        SseEventReader reader = new SseEventReader(endless, 1024 * 1024);
        MalformedStreamException e = org.junit.jupiter.api.Assertions.assertThrows(MalformedStreamException.class,
                reader::next);
        assertTrue(e.getMessage().contains("longer than"));
        assertTrue(endless.size() > 2 * 1024 * 1024, "the reader stopped reading at its limit");
    }
}
