package io.camelai.embedding.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job's bookkeeping with a stand-in embedding endpoint: one record per input line, rejected lines in the
 * dead-letter file with their reason, a provider rejection isolated to the offending line, and a resume that
 * truncates a half-written record and skips the lines already written.
 */
public class EmbeddingJobTest extends CamelTestSupport {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StandInEmbeddings embeddings = new StandInEmbeddings();

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        Files.createDirectories(in);
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            lines.add(i == 7 ? "" : i == 12 ? "please REJECT me" : "line " + i);
        }
        Files.write(in.resolve("a.txt"), lines, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.jsonl"), """
                {"id":"x1","text":"first"}
                {not json
                {"id":"x3"}
                {"id":"x4","text":"fourth"}
                """);
        // an earlier run wrote lines 1-3 of c.txt and was killed in the middle of line 4's record
        Files.writeString(in.resolve("c.txt"), "one\ntwo\nthree\nfour\nfive\n");
        Files.writeString(out.resolve("c.txt.embeddings.jsonl"), """
                {"file":"c.txt","line":1,"embedding":[1.0]}
                {"file":"c.txt","line":2,"embedding":[1.0]}
                {"file":"c.txt","line":3,"embedding":[1.0]}
                {"file":"c.txt","line":4,"embe""");
        return new RoutesBuilder[]{
                embeddings,
                new EmbeddingJobRoutes(in.toString(), out.toString(), StandInEmbeddings.URI, 10)};
    }

    @Test
    void everyLineEndsUpExactlyOnce() throws Exception {
        Path out = dir.resolve("out");
        awaitDone(out, "a.txt", "b.jsonl", "c.txt");

        Map<Integer, JsonNode> a = records(out, "a.txt");
        assertEquals(25, a.size());
        assertEquals("empty line", a.get(7).get("reason").asText());
        assertEquals("HTTP 400: invalid request: text is not allowed", a.get(12).get("reason").asText());
        assertEquals("please REJECT me", a.get(12).get("text").asText());
        assertEquals(6.0, a.get(1).get("embedding").get(0).asDouble(), "line 1's own vector");
        assertTrue(embeddings.batches.stream().anyMatch(b -> b.size() == 10),
                "lines go in batches of batchSize: " + embeddings.batches);

        Map<Integer, JsonNode> b = records(out, "b.jsonl");
        assertEquals(4, b.size());
        assertEquals("x1", b.get(1).get("id").asText());
        assertTrue(b.get(2).get("reason").asText().startsWith("invalid JSON"));
        assertEquals("no \"text\" string in the JSON object", b.get(3).get("reason").asText());
        assertEquals("x4", b.get(4).get("id").asText());

        Map<Integer, JsonNode> c = records(out, "c.txt");
        assertEquals(5, c.size(), "the half-written record was dropped and line 4 written again, once");
        assertEquals(4.0, c.get(4).get("embedding").get(0).asDouble());
    }

    /** Waits until the job marked these input files done. */
    public static void awaitDone(Path out, String... files) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (String f : files) {
            while (!Files.exists(out.resolve(f + ".done"))) {
                assertTrue(System.nanoTime() < deadline, "the job finished " + f);
                Thread.sleep(50);
            }
        }
    }

    /** The records of a file by line number, failing on a duplicate. */
    public static Map<Integer, JsonNode> records(Path out, String file) throws Exception {
        Map<Integer, JsonNode> byLine = new HashMap<>();
        for (String kind : List.of(".embeddings.jsonl", ".dead-letter.jsonl")) {
            Path p = out.resolve(file + kind);
            if (!Files.exists(p)) {
                continue;
            }
            for (String l : Files.readAllLines(p)) {
                JsonNode r = JSON.readTree(l);
                JsonNode previous = byLine.put(r.get("line").asInt(), r);
                assertEquals(null, previous, "line " + r.get("line") + " of " + file + " written twice");
            }
        }
        return byLine;
    }
}
