package io.camelai.support.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class AiJsonTest {

    @Test
    void buffersComeFromOnePoolSharedByAllThreadsNotOneSetPerThread() {
        assertInstanceOf(JsonRecyclerPools.ConcurrentDequePool.class, AiJson.mapper().getFactory()._getRecyclerPool());
    }

    @Test
    void manyThreadsParsingAndWritingAtOnceEachGetTheirOwnResult() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        // long enough values that the parser and writer use their pooled buffers
                        String text = ("thread " + thread + " call " + i + " ").repeat(50);
                        byte[] written = AiJson.write(Map.of("text", text, "n", i));
                        JsonNode read = AiJson.readTree(new String(written, java.nio.charset.StandardCharsets.UTF_8));
                        assertEquals(text, read.get("text").asText());
                        assertEquals(i, read.get("n").asInt());
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
