package io.camelai.examples;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.examples.batch.EmbeddingJobMain;
import io.camelai.examples.batch.KafkaEmbeddingJobMain;
import io.camelai.examples.broker.TicketTriageExample;
import io.camelai.examples.providers.ProvidersExample;
import io.camelai.examples.rag.RagExample;
import io.camelai.examples.streaming.StreamingChatExample;
import io.camelai.examples.tools.ToolCallingExample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every example of the README run as a newcomer runs it: its main class in a JVM of its own, on the classpath
 * {@code exec:java} uses (the module's runtime classpath, handed over by the failsafe configuration), from the
 * project's root, with the README's arguments and no provider credentials. Each must exit 0, print what it is there
 * to show, and print no error, warning, exception or stack frame. The JVMs are started together and run in parallel.
 */
class ExampleMainsIT {

    /** What a clean run never prints (any case): log levels, exceptions, stack frames. */
    private static final Pattern TROUBLE = Pattern.compile(
            "(?i).*(error|warn|exception|severe|caused by).*|\\s+at [\\w$.]+\\(.*");
    private static final List<String> PROVIDER_ENV = List.of("COHERE_API_KEY", "AZURE_INFERENCE_ENDPOINT",
            "AZURE_INFERENCE_CREDENTIAL", "QIANFAN_ACCESS_KEY", "QIANFAN_SECRET_KEY", "QIANFAN_AK", "QIANFAN_SK");
    private static final long TIMEOUT_SECONDS = 120;

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path RUNS = Path.of("target", "example-runs").toAbsolutePath();
    private static final Path EMBEDDINGS = RUNS.resolve("embeddings");
    private static final Path KAFKA_EMBEDDINGS = RUNS.resolve("kafka-embeddings");
    private static final Map<Class<?>, Process> RUNNING = new LinkedHashMap<>();

    @BeforeAll
    static void startEveryExample() throws Exception {
        deleteRecursively(RUNS);
        Files.createDirectories(RUNS);
        start(ChatExample.class);
        start(YamlChatExample.class);
        start(StreamingChatExample.class);
        start(ToolCallingExample.class);
        start(RagExample.class);
        start(ProvidersExample.class);
        // the README's batch command, writing to a folder of this run
        start(EmbeddingJobMain.class, "--job.input=examples/data/in", "--job.output=" + EMBEDDINGS,
                "--job.batchSize=96");
        // the heaviest start (a broker, JMS): once the others are past theirs, so that on a small, busy machine it
        // does not hold up their simulators' start
        awaitFirstOutputOfEveryExample();
        start(TicketTriageExample.class);
        // the README's Kafka command: its own broker, publisher and two workers in one JVM
        start(KafkaEmbeddingJobMain.class, "--job.input=examples/data/in", "--job.output=" + KAFKA_EMBEDDINGS);
    }

    /** Until each started example has printed a line or exited (bounded by the run time limit). */
    private static void awaitFirstOutputOfEveryExample() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        for (Map.Entry<Class<?>, Process> run : RUNNING.entrySet()) {
            while (run.getValue().isAlive() && Files.size(log(run.getKey())) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stopLeftovers() {
        RUNNING.values().forEach(Process::destroyForcibly);
    }

    @Test
    void theChatExampleLogsTheAnswerAndItsTokenUsage() throws Exception {
        String out = cleanRun(ChatExample.class);
        assertContains(out, "Answer: Simulated answer to: In one sentence, what is Apache Camel?");
        assertContains(out, "finish reason STOP");
    }

    @Test
    void theYamlChatExampleLogsTheAnswer() throws Exception {
        assertContains(cleanRun(YamlChatExample.class),
                "Answer: Simulated answer to: In one sentence, what is a YAML route? (11 tokens, STOP)");
    }

    @Test
    void theStreamingExamplePrintsTheStoryAndEndsWhenTheStreamHasEnded() throws Exception {
        String out = cleanRun(StreamingChatExample.class);
        String story = "Simulated answer to: Tell a four-sentence story about a camel who learns to stream.";
        assertTrue(out.lines().anyMatch(story::equals), "the chunks printed as one line:\n" + out);
        assertContains(out, "Whole answer (14 tokens, STOP): " + story);
    }

    @Test
    void theToolExampleCallsTheFlightToolWithTheCitiesOfTheQuestion() throws Exception {
        String out = cleanRun(ToolCallingExample.class);
        assertContains(out, "Answer after 2 model calls: Tool results: {");
        assertContains(out, "\"flight_number\":\"DL123\"");
    }

    @Test
    void theRagExamplePrintsTheAnswer() throws Exception {
        assertContains(cleanRun(RagExample.class), "Answer: Simulated answer to: What is a Camel component?");
    }

    @Test
    void theProvidersExampleLogsTheAnswerOfEachProvider() throws Exception {
        String out = cleanRun(ProvidersExample.class);
        for (String provider : List.of("cohere", "azure-inference", "qianfan")) {
            assertContains(out, provider + ": Simulated answer to: In one sentence, what is Apache Camel?");
        }
    }

    @Test
    void theTicketTriageExampleSendsEverySampleTicketOnEnrichedOnce() throws Exception {
        String out = cleanRun(TicketTriageExample.class);
        List<String> triaged = out.lines().filter(l -> l.contains("Triaged: {")).toList();
        assertEquals(5, triaged.size(), out);
        for (String id : List.of("T-1001", "T-1002", "T-1003", "T-1004", "T-1005")) {
            assertEquals(1, triaged.stream().filter(l -> l.contains("\"id\":\"" + id + "\"")).count(),
                    id + ":\n" + out);
        }
        assertContains(out, "\"id\":\"T-1002\",\"customer\":\"Globex\"");
        assertContains(out, "\"category\":\"outage\"");
        assertContains(out, "\"product\":\"API\",\"urgency\":\"high\"");
    }

    @Test
    void theBatchJobEmbedsEveryLineOfTheSampleFolderAndStopsWhenIdle() throws Exception {
        String out = cleanRun(EmbeddingJobMain.class);
        assertContains(out, "camel-facts.txt: done, 4 lines");
        assertContains(out, "products.jsonl: done, 3 lines");
        assertContains(out, "Batch embedding job: stopped");
        assertEquals(4, Files.readAllLines(EMBEDDINGS.resolve("camel-facts.txt.embeddings.jsonl")).size());
        assertEquals(3, Files.readAllLines(EMBEDDINGS.resolve("products.jsonl.embeddings.jsonl")).size());
    }

    @Test
    void theKafkaJobWritesOneRecordPerLineThroughItsEmbeddedBrokerAndTwoWorkers() throws Exception {
        String out = cleanRun(KafkaEmbeddingJobMain.class);
        assertContains(out, "Kafka: an embedded single-node broker at 127.0.0.1:");
        assertContains(out, "camel-facts.txt: published");
        assertContains(out, "products.jsonl: published");
        assertContains(out, "7 lines published, 7 records written (7 embeddings, 0 dead letters)");
        assertEquals(List.of(1, 2, 3, 4), lineNumbers(KAFKA_EMBEDDINGS.resolve("camel-facts.txt.embeddings.jsonl")));
        assertEquals(List.of(1, 2, 3), lineNumbers(KAFKA_EMBEDDINGS.resolve("products.jsonl.embeddings.jsonl")));
        // each worker its own part file, both in the group
        assertTrue(Files.exists(KAFKA_EMBEDDINGS.resolve("parts/worker-1.jsonl")), out);
        assertTrue(Files.exists(KAFKA_EMBEDDINGS.resolve("parts/worker-2.jsonl")), out);
    }

    /** The sorted line numbers of an output file's records, each of which must carry an embedding. */
    private static List<Integer> lineNumbers(Path output) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Integer> lines = new ArrayList<>();
        for (String l : Files.readAllLines(output)) {
            JsonNode r = json.readTree(l);
            assertTrue(r.path("embedding").isArray() && r.path("embedding").size() > 0, l);
            lines.add(r.get("line").asInt());
        }
        lines.sort(null);
        return lines;
    }

    private static void start(Class<?> main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // faster start-up on a busy machine; changes nothing the example does
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", runtimeClasspath(), main.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log(main).toFile());
        PROVIDER_ENV.forEach(pb.environment()::remove);
        RUNNING.put(main, pb.start());
    }

    /** The run's output after it exited 0 within the time limit, with no line showing trouble. */
    private static String cleanRun(Class<?> main) throws Exception {
        Process p = RUNNING.get(main);
        boolean exited = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log(main), StandardCharsets.UTF_8);
        if (!exited) {
            fail(main.getSimpleName() + " still ran after " + TIMEOUT_SECONDS + " s:\n" + out);
        }
        assertEquals(0, p.exitValue(), main.getSimpleName() + " exit status; output:\n" + out);
        List<String> trouble = out.lines().filter(l -> TROUBLE.matcher(l).matches()).toList();
        assertEquals(List.of(), trouble, main.getSimpleName() + " printed trouble; output:\n" + out);
        return out;
    }

    private static String runtimeClasspath() {
        String elements = System.getProperty("examples.runtimeClasspath", "");
        // set by the failsafe configuration: "runtime " and the Maven project's runtime classpath as "[a, b, c]"
        assertTrue(elements.startsWith("runtime [") && elements.endsWith("]"),
                "examples.runtimeClasspath (the module's runtime classpath as failsafe's configuration gives it): "
                        + elements);
        return String.join(File.pathSeparator,
                Arrays.asList(elements.substring("runtime [".length(), elements.length() - 1).split(", ")));
    }

    private static Path log(Class<?> main) {
        return RUNS.resolve(main.getSimpleName() + ".log");
    }

    private static void assertContains(String out, String expected) {
        assertTrue(out.contains(expected), "expected \"" + expected + "\" in:\n" + out);
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
