package io.camelai.embedding.jobs.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.Fault;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * THE guarantee of Kafka mode: three worker JVMs share a six-partition lines topic and embed against the simulator
 * (slowed, so a worker spends most of its time inside a batch's call); one is killed with SIGKILL after it wrote
 * its first batch, i.e. in the middle of a later one. The others take over its partitions from its last committed
 * offsets (the lines of its partitions it had not written are written by them), and the final output holds exactly
 * one record per input line: nothing lost, nothing twice.
 */
class KafkaWorkersKillIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FILES = 4;
    private static final int LINES = 60;
    private static final int BATCH = 8;
    private static final int PARTITIONS = 6;
    private static final Pattern ASSIGNMENT = Pattern.compile("new Assignment\\(partitions=\\[([^]]*)]");
    /** The workers' console output, kept after the test. */
    private static final Path LOGS = Path.of("target", "kafka-workers-it");

    @TempDir
    Path dir;

    @Test
    void aWorkerKilledMidBatchLosesNothingAndDuplicatesNothingInTheFinalOutput() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        Files.createDirectories(in);
        Set<String> expected = new HashSet<>();
        for (int f = 1; f <= FILES; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= LINES; i++) {
                lines.add("file " + f + " line " + i);
                expected.add("f" + f + ".txt:" + i);
            }
            Files.write(in.resolve("f" + f + ".txt"), lines);
        }
        List<Process> workers = new ArrayList<>();
        try (KafkaTestBroker broker = KafkaTestBroker.start();
                AiSimulator sim = AiSimulator.start();
                DefaultCamelContext publisher = new DefaultCamelContext()) {
            sim.fault(Fault.slow(Duration.ofMillis(300)).onPath("/v2/embed").times(1_000_000));
            broker.createTopic("lines", PARTITIONS, Map.of());
            publisher.addRoutes(new KafkaPublisherRoutes(in.toString(),
                    "kafka:lines?brokers=" + broker.bootstrapServers(), dir.resolve("state"), 50));
            publisher.start();
            for (int w = 1; w <= 3; w++) {
                workers.add(startWorker(broker.bootstrapServers(), sim.cohereUrl(), out, "w" + w));
            }
            for (int w = 1; w <= 3; w++) {
                awaitLog(LOGS.resolve("w" + w + ".log"), "worker started", workers.get(w - 1));
            }

            // the victim: the first worker with a batch written, killed while it works on a later one
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            int victim = -1;
            while (victim < 0) {
                for (int w = 0; w < 3 && victim < 0; w++) {
                    victim = keys(part(out, w)).isEmpty() ? -1 : w;
                }
                assertTrue(System.nanoTime() < deadline, "a worker wrote a batch; " + logs());
                Thread.sleep(10);
            }
            workers.get(victim).destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no commit
            assertTrue(workers.get(victim).waitFor(10, TimeUnit.SECONDS));
            Path victimPart = part(out, victim);
            Set<String> byVictim = keys(victimPart);
            // the lines of the partitions the victim held when it died, which it had not written yet
            Set<Integer> victimPartitions = lastAssignment(LOGS.resolve("w" + (victim + 1) + ".log"));
            Set<String> leftByVictim = new HashSet<>();
            for (String key : expected) {
                if (victimPartitions.contains(partition(key)) && !byVictim.contains(key)) {
                    leftByVictim.add(key);
                }
            }
            assertFalse(leftByVictim.isEmpty(), "the victim died with lines of its partitions " + victimPartitions
                    + " left");

            while (!allKeys(out).containsAll(expected)) {
                assertTrue(System.nanoTime() < deadline, "the other workers finished; missing: "
                        + missing(expected, allKeys(out)));
                for (int w = 0; w < 3; w++) {
                    assertTrue(w == victim || workers.get(w).isAlive(), "the other workers run; " + logs());
                }
                Thread.sleep(50);
            }
            assertEquals(byVictim, keys(victimPart), "the killed worker wrote nothing more");
            Set<String> bySurvivors = new HashSet<>();
            for (int w = 0; w < 3; w++) {
                if (w != victim) {
                    bySurvivors.addAll(keys(part(out, w)));
                }
            }
            assertTrue(bySurvivors.containsAll(leftByVictim), "the other workers took over partitions "
                    + victimPartitions + " and wrote the " + leftByVictim.size() + " lines the victim left");
        } finally {
            workers.forEach(Process::destroyForcibly);
        }

        JsonlParts.Summary summary = JsonlParts.compact(out);
        assertEquals(expected.size(), summary.records(), "one record per line: " + summary);
        Set<String> finalKeys = new HashSet<>();
        for (int f = 1; f <= FILES; f++) {
            String file = "f" + f + ".txt";
            assertTrue(Files.notExists(out.resolve(file + ".dead-letter.jsonl")), "no dead letters");
            for (String l : Files.readAllLines(out.resolve(file + ".embeddings.jsonl"))) {
                JsonNode r = JSON.readTree(l);
                assertTrue(finalKeys.add(r.get("file").asText() + ":" + r.get("line").asInt()), "once: " + l);
                assertTrue(r.get("embedding").size() > 0, "a vector: " + l);
            }
        }
        assertEquals(expected, finalKeys);
    }

    private Process startWorker(String brokers, String cohereUrl, Path out, String id) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"),
                KafkaWorkerMain.class.getName(), "--brokers=" + brokers, "--topic=lines", "--group=embedders",
                "--embedUri=cohere:embed?model=embed-english-v3.0&inputType=search_document&apiKey=test-key&baseUrl="
                        + cohereUrl,
                "--batchSize=" + BATCH, "--output=" + out, "--workerId=" + id,
                // a dead worker's partitions move after 3 s instead of the default 45 s
                "--consumerOptions=sessionTimeoutMs=3000&heartbeatIntervalMs=500");
        Files.createDirectories(LOGS);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(LOGS.resolve(id + ".log").toFile())
                .start();
    }

    private static void awaitLog(Path log, String text, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(log) || !Files.readString(log).contains(text)) {
            assertTrue(p.isAlive(), "the worker runs; its log: " + (Files.exists(log) ? Files.readString(log) : ""));
            assertTrue(System.nanoTime() < deadline, "the worker started");
            Thread.sleep(50);
        }
    }

    private static Path part(Path out, int worker) {
        return out.resolve("parts/w" + (worker + 1) + ".jsonl");
    }

    private static String logs() throws Exception {
        StringBuilder b = new StringBuilder("worker logs in " + LOGS.toAbsolutePath() + ":");
        for (int w = 1; w <= 3; w++) {
            Path log = LOGS.resolve("w" + w + ".log");
            String text = Files.exists(log) ? Files.readString(log) : "";
            b.append("\nw").append(w).append(": ").append(text.substring(Math.max(0, text.length() - 1500)));
        }
        return b.toString();
    }

    /** The partition the producer's default partitioner gives a key (murmur2 of its UTF-8 bytes). */
    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    /** The partitions of the last assignment a worker logged (the consumer coordinator's INFO line). */
    private static Set<Integer> lastAssignment(Path log) throws Exception {
        Matcher m = ASSIGNMENT.matcher(Files.readString(log));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        assertNotNull(last, "the worker logged its assignment");
        Set<Integer> partitions = new HashSet<>();
        Matcher p = Pattern.compile("lines-(\\d+)").matcher(last);
        while (p.find()) {
            partitions.add(Integer.parseInt(p.group(1)));
        }
        return partitions;
    }

    /** The keys of a part file's complete records. */
    private static Set<String> keys(Path part) throws Exception {
        Set<String> keys = new HashSet<>();
        if (!Files.exists(part)) {
            return keys;
        }
        for (String l : Files.readAllLines(part)) {
            if (l.endsWith("}")) {
                JsonNode r = JSON.readTree(l);
                keys.add(r.get("file").asText() + ":" + r.get("line").asInt());
            }
        }
        return keys;
    }

    private static Set<String> allKeys(Path out) throws Exception {
        Set<String> all = new HashSet<>();
        try (var parts = Files.list(out.resolve("parts"))) {
            for (Path p : parts.toList()) {
                all.addAll(keys(p));
            }
        }
        return all;
    }

    private static int missing(Set<String> expected, Set<String> got) {
        Set<String> m = new HashSet<>(expected);
        m.removeAll(got);
        return m.size();
    }
}
