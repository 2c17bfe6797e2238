package io.camelai.embedding.jobs.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.embedding.jobs.StandInEmbeddings;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka mode in one JVM against a real broker and a stand-in embedding endpoint: the publisher's records (keys,
 * values), the worker's batches, dead letters, a provider rejection narrowed down to its line, both sinks, and a
 * file published twice still giving one record per line.
 */
class KafkaEmbeddingJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaTestBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaTestBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void everyLineEndsUpOnceInTheFinalOutputEvenWhenTheFolderIsPublishedTwice() throws Exception {
        broker.createTopic("lines-a", 4, Map.of());
        Path in = writeInput();
        Path out = dir.resolve("out");
        StandInEmbeddings embeddings = new StandInEmbeddings();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(embeddings);
            context.addRoutes(new KafkaPublisherRoutes(in.toString(), kafka("lines-a"), dir.resolve("state1"), 10));
            context.addRoutes(new KafkaWorkerRoutes(broker.bootstrapServers(), "lines-a", "workers-a",
                    StandInEmbeddings.URI, 10, new JsonlPartsSink(out, "w1")));
            context.start();
            awaitPartRecords(out, 29);
            // a publisher that lost its state (or was killed before recording the files) publishes them again
            try (DefaultCamelContext again = new DefaultCamelContext()) {
                again.addRoutes(new KafkaPublisherRoutes(in.toString(), kafka("lines-a"), dir.resolve("state2"), 10));
                again.start();
                awaitPartRecords(out, 58);
            }
        }

        Map<String, ConsumerRecord<String, String>> published = new HashMap<>();
        List<ConsumerRecord<String, String>> all = readTopic("lines-a", 58);
        all.forEach(r -> published.put(r.key(), r));
        assertEquals(58, all.size(), "each line published twice");
        assertEquals(29, published.size());
        assertEquals(JSON.readTree("{\"file\":\"a.txt\",\"line\":3,\"text\":\"line 3\"}"),
                JSON.readTree(published.get("a.txt:3").value()));
        assertEquals(JSON.readTree("{\"file\":\"a.txt\",\"line\":7,\"reason\":\"empty line\"}"),
                JSON.readTree(published.get("a.txt:7").value()));
        assertEquals(JSON.readTree("{\"file\":\"b.jsonl\",\"line\":4,\"id\":\"x4\",\"text\":\"fourth\"}"),
                JSON.readTree(published.get("b.jsonl:4").value()));
        assertEquals(Set.of("a.txt", "b.jsonl"),
                Set.copyOf(Files.readAllLines(dir.resolve("state1/published-files.txt"))));

        assertTrue(embeddings.batches.stream().allMatch(b -> b.size() <= 10), "batches of at most 10: "
                + embeddings.batches);
        assertTrue(embeddings.batches.stream().noneMatch(b -> b.contains("")), "unreadable lines never sent");

        JsonlParts.Summary summary = JsonlParts.compact(out);
        assertEquals(new JsonlParts.Summary(29, 29, 0), summary);
        Map<Integer, JsonNode> a = records(out, "a.txt");
        assertEquals(25, a.size());
        assertEquals("empty line", a.get(7).get("reason").asText());
        assertEquals("HTTP 400: invalid request: text is not allowed", a.get(12).get("reason").asText());
        assertEquals("please REJECT me", a.get(12).get("text").asText());
        assertEquals(6.0, a.get(1).get("embedding").get(0).asDouble(), "line 1's own vector (its length)");
        assertEquals(7.0, a.get(11).get("embedding").get(0).asDouble(), "line 11, in the rejected batch, embedded");
        Map<Integer, JsonNode> b = records(out, "b.jsonl");
        assertEquals(4, b.size());
        assertEquals("x1", b.get(1).get("id").asText());
        assertTrue(b.get(2).get("reason").asText().startsWith("invalid JSON"));
        assertEquals("x4", b.get(4).get("id").asText());
    }

    @Test
    void theKafkaSinkWritesOneRecordPerLineKeyedByFileAndLine() throws Exception {
        broker.createTopic("lines-b", 3, Map.of());
        broker.createTopic("embeddings-b", 2, Map.of("cleanup.policy", "compact"));
        Path in = writeInput();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new StandInEmbeddings());
            context.addRoutes(new KafkaPublisherRoutes(in.toString(), kafka("lines-b"), dir.resolve("state"), 7));
            context.addRoutes(new KafkaWorkerRoutes(broker.bootstrapServers(), "lines-b", "workers-b",
                    StandInEmbeddings.URI, 5, new KafkaTopicSink(kafka("embeddings-b"))));
            context.start();
            List<ConsumerRecord<String, String>> output = readTopic("embeddings-b", 29);
            Map<String, JsonNode> byKey = new HashMap<>();
            for (ConsumerRecord<String, String> r : output) {
                JsonNode value = JSON.readTree(r.value());
                assertEquals(value.get("file").asText() + ":" + value.get("line").asInt(), r.key());
                byKey.put(r.key(), value);
            }
            assertEquals(29, byKey.size());
            assertEquals(7.0, byKey.get("a.txt:20").get("embedding").get(0).asDouble());
            assertEquals("HTTP 400: invalid request: text is not allowed", byKey.get("a.txt:12").get("reason")
                    .asText());
            assertEquals("no \"text\" string in the JSON object", byKey.get("b.jsonl:3").get("reason").asText());
        }
    }

    @Test
    void aWorkerWithAWorkerIdAlreadyInUseDoesNotStart() throws Exception {
        JsonlPartsSink first = new JsonlPartsSink(dir, "same");
        first.start(null);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new JsonlPartsSink(dir, "same").start(null));
        assertTrue(e.getMessage().contains("give each worker its own workerId"), e.getMessage());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new JsonlPartsSink(dir, "../x"));
        assertTrue(bad.getMessage().startsWith("workerId must be"), bad.getMessage());
    }

    @Test
    void aRecordCutShortByAKillIsDroppedWhenTheWorkerRestartsAndByTheCompaction() throws Exception {
        Path parts = dir.resolve("parts");
        Files.createDirectories(parts);
        Files.writeString(parts.resolve("w1.jsonl"), """
                {"file":"a.txt","line":1,"embedding":[1.0]}
                {"file":"a.txt","line":2,"embe""");
        Files.writeString(parts.resolve("w2.jsonl"), """
                {"file":"a.txt","line":1,"embedding":[1.0]}
                {"file":"a.txt","line":2,"embedding":[2.0]}
                {"file":"a.txt","line":3,"reason":"empty line"}
                {"file":"a.txt","line":4,"embed""");
        assertEquals(new JsonlParts.Summary(3, 1, 2), JsonlParts.compact(dir));
        assertEquals(3, records(dir, "a.txt").size());

        JsonlPartsSink restarted = new JsonlPartsSink(dir, "w1");
        restarted.start(null);
        restarted.write(List.of(JSON.createObjectNode().put("file", "a.txt").put("line", 5).put("reason", "x")));
        assertEquals(List.of("{\"file\":\"a.txt\",\"line\":1,\"embedding\":[1.0]}",
                "{\"file\":\"a.txt\",\"line\":5,\"reason\":\"x\"}"), Files.readAllLines(parts.resolve("w1.jsonl")));
    }

    private Path writeInput() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
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
        return in;
    }

    private static String kafka(String topic) {
        return "kafka:" + topic + "?brokers=" + broker.bootstrapServers();
    }

    /** Waits until the part files hold at least this many complete records. */
    static void awaitPartRecords(Path out, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (partRecords(out) < count) {
            assertTrue(System.nanoTime() < deadline, "the workers wrote " + count + " records, not "
                    + partRecords(out));
            Thread.sleep(50);
        }
    }

    private static long partRecords(Path out) throws Exception {
        Path parts = out.resolve("parts");
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        long n = 0;
        try (var files = Files.list(parts)) {
            for (Path p : files.toList()) {
                n += Files.readAllLines(p).stream().filter(l -> l.endsWith("}")).count();
            }
        }
        return n;
    }

    /** Reads a topic from the start until it has returned {@code count} records (bounded wait). */
    static List<ConsumerRecord<String, String>> readTopic(String topic, int count) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("group.id", "reader-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The final output of a file by line number, failing on a line written twice. */
    static Map<Integer, JsonNode> records(Path out, String file) throws Exception {
        Map<Integer, JsonNode> byLine = new HashMap<>();
        Set<String> kinds = new HashSet<>(List.of(".embeddings.jsonl", ".dead-letter.jsonl"));
        for (String kind : kinds) {
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
