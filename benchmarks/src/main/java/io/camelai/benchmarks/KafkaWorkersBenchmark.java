package io.camelai.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.camelai.embedding.jobs.kafka.KafkaPublisherRoutes;
import io.camelai.embedding.jobs.kafka.KafkaTestBroker;
import io.camelai.embedding.jobs.kafka.KafkaWorkerMain;
import io.camelai.simulator.AiSimulator;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka mode against a provider quota: 1, 2 and 4 worker JVMs in one consumer group embed the same lines through
 * {@code cohere:embed} against a simulator whose global quota allows {@code calls} calls per {@code window}
 * (answered 429 + Retry-After beyond it; the component retries after the wait it is told). The lines are published
 * once all workers joined the group, so joins do not count; the achieved rate, in lines per second from the first
 * written batch to the last, is reported as a fraction of what the quota allows (calls per second times the batch
 * size). The quota's windows are fixed, so a short run can exceed 100% (a burst at the end of one window and the
 * start of the next). A fraction near 1 means the workers keep the quota busy; extra workers
 * cannot raise it, only show how much retry contention costs.
 */
final class KafkaWorkersBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaWorkersBenchmark.class);

    record Result(int workers, int lines, double seconds, double linesPerSecond, double quotaLinesPerSecond,
            long refusals) {

        double fraction() {
            return linesPerSecond / quotaLinesPerSecond;
        }
    }

    private final int calls;
    private final Duration window;
    private final int batchSize;
    private final int lines;

    KafkaWorkersBenchmark(int calls, Duration window, int batchSize, int lines) {
        this.calls = calls;
        this.window = window;
        this.batchSize = batchSize;
        this.lines = lines;
    }

    List<Result> run(int... workerCounts) throws Exception {
        List<Result> results = new ArrayList<>();
        Path dir = Files.createTempDirectory("kafka-bench");
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<String> text = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            text.add("line number " + i + " of the benchmark input");
        }
        Files.write(in.resolve("input.txt"), text);
        try (KafkaTestBroker broker = KafkaTestBroker.start(); AiSimulator sim = AiSimulator.start()) {
            for (int n : workerCounts) {
                String topic = "lines-" + n;
                broker.createTopic(topic, 8, Map.of());
                sim.reset();
                sim.quota(calls, 0).quotaWindow(window); // calls per window
                results.add(measure(n, broker, topic, sim, in, dir.resolve("state-" + n), dir.resolve("out-" + n)));
                LOG.info("kafka workers: {}", results.get(results.size() - 1));
            }
        }
        return results;
    }

    private Result measure(int n, KafkaTestBroker broker, String topic, AiSimulator sim, Path in, Path state,
            Path out) throws Exception {
        List<Process> workers = new ArrayList<>();
        String brokers = broker.bootstrapServers();
        try (DefaultCamelContext publisher = new DefaultCamelContext()) {
            for (int w = 1; w <= n; w++) {
                workers.add(startWorker(brokers, topic, sim.cohereUrl(), out, "w" + w));
            }
            // the lines go out once all workers are in the group: the measurement is the quota's, not the joins'
            awaitStableGroup(broker, "bench-" + topic, n);
            publisher.addRoutes(new KafkaPublisherRoutes(in.toString(), "kafka:" + topic + "?brokers=" + brokers,
                    state, 500));
            publisher.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            long first = 0;
            long written = 0;
            long atFirst = 0;
            while (written < lines) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("kafka benchmark: " + written + " of " + lines + " lines");
                }
                Thread.sleep(20);
                long now = partLines(out);
                if (now > 0 && first == 0) {
                    first = System.nanoTime();
                    atFirst = now;
                }
                written = now;
            }
            double seconds = (System.nanoTime() - first) / 1e9;
            double quota = calls * batchSize / (window.toMillis() / 1000.0);
            return new Result(n, lines, seconds, (written - atFirst) / seconds, quota, sim.quotaRefusals());
        } finally {
            for (Process p : workers) {
                p.destroy();
            }
            for (Process p : workers) {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    /** The section of BENCHMARKS.md. */
    String markdown(List<Result> results) {
        StringBuilder md = new StringBuilder("## Kafka mode: workers against a provider quota\n\n")
                .append(lines).append(" lines, batches of ").append(batchSize).append(", an 8-partition lines topic;")
                .append(" the simulator's quota: ").append(calls).append(" calls per ")
                .append(window.toMillis() / 1000.0).append(" s (429 + Retry-After beyond it), i.e. at most ")
                .append(String.format("%.0f", results.get(0).quotaLinesPerSecond()))
                .append(" lines/s. Each worker is its own JVM (`cohere:embed`, maxRetries=20).\n\n")
                .append("| workers | lines/s | of the quota | seconds | 429 answers |\n| ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            md.append("| ").append(r.workers()).append(" | ").append(String.format("%.1f", r.linesPerSecond()))
                    .append(" | ").append(String.format("%.0f%%", 100 * r.fraction())).append(" | ")
                    .append(String.format("%.1f", r.seconds())).append(" | ").append(r.refusals()).append(" |\n");
        }
        return md.append('\n').toString();
    }

    private Process startWorker(String brokers, String topic, String cohereUrl, Path out, String id)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KafkaWorkerMain.class.getName(), "--brokers=" + brokers, "--topic=" + topic, "--group=bench-" + topic,
                "--embedUri=cohere:embed?model=embed-english-v3.0&inputType=search_document&apiKey=bench-key"
                        + "&maxRetries=20&baseUrl=" + cohereUrl,
                "--batchSize=" + batchSize, "--output=" + out, "--workerId=" + id);
        Files.createDirectories(out);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolve(id + ".log").toFile())
                .start();
    }

    private static long partLines(Path out) throws Exception {
        Path parts = out.resolve("parts");
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        long n = 0;
        try (var files = Files.list(parts)) {
            for (Path p : files.toList()) {
                try (var l = Files.lines(p)) {
                    n += l.count();
                }
            }
        }
        return n;
    }

    private static void awaitStableGroup(KafkaTestBroker broker, String group, int members) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Admin admin = broker.admin()) {
            while (true) {
                try {
                    ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                    if (d.groupState() == GroupState.STABLE && d.members().size() == members) {
                        return;
                    }
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                    // no worker joined yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the " + members + " workers did not join " + group);
                }
                Thread.sleep(200);
            }
        }
    }

    /** Runs the benchmark alone: {@code [calls per window] [window seconds] [lines]}; prints the markdown. */
    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Duration window = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 1200;
        KafkaWorkersBenchmark b = new KafkaWorkersBenchmark(calls, window, 16, lines);
        System.out.println(b.markdown(b.run(1, 2, 4)));
    }
}
