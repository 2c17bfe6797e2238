package io.camelai.examples.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.camelai.embedding.jobs.kafka.JsonlParts;
import io.camelai.embedding.jobs.kafka.JsonlPartsSink;
import io.camelai.embedding.jobs.kafka.KafkaPublisherRoutes;
import io.camelai.embedding.jobs.kafka.KafkaWorkerRoutes;
import io.camelai.examples.ExampleEnvironment;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch embedding job in Kafka mode as a Camel Main application: a publisher puts every line of the input folder
 * on a Kafka topic, workers in one consumer group embed them in batches and write their part files, and the parts
 * are compacted into the same output the single-machine job writes ({@code <file>.embeddings.jsonl},
 * {@code <file>.dead-letter.jsonl}). With only an input and an output folder, everything runs in this JVM, the
 * Kafka broker included:
 *
 * <pre>
 * mvn -B -q -pl examples -am package -DskipTests exec:java -Dexample.main=io.camelai.examples.batch.KafkaEmbeddingJobMain \
 *     -Dexec.args="--job.input=examples/data/in --job.output=examples/target/kafka-embeddings"
 * </pre>
 *
 * Options ({@code --name=value} or JVM system properties): {@code job.input}, {@code job.output},
 * {@code job.workers} (workers in this JVM, default 2), {@code job.batchSize} (default 96), {@code job.embedUri}
 * (default {@code cohere:embed?inputType=search_document}), {@code job.bootstrapServers} (an existing Kafka
 * cluster instead of the embedded broker), {@code job.role} ({@code all}, the default: publisher and workers;
 * {@code publisher}: publish, wait until the group has written every line, compact; {@code workers}: only the
 * workers, until stopped), {@code job.workerName} (worker ids are {@code <name>-1 .. <name>-N}; default
 * {@code worker}, unique per output folder), {@code job.topic} (default {@code embedding-lines}),
 * {@code job.group} (default {@code embedding-workers}), {@code job.partitions} (of a topic this job creates;
 * default 4, at least the number of workers). Uses the embedded simulator unless COHERE_API_KEY is set.
 */
public final class KafkaEmbeddingJobMain {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaEmbeddingJobMain.class);

    private KafkaEmbeddingJobMain() {}

    public static void main(String[] args) throws Exception {
        try {
            run(KafkaJobOptions.parse(args));
        } catch (Exception e) {
            Throwable problem = configurationProblem(e);
            if (problem != null) {
                // a configuration problem: its message says what to fix, the stack frames would bury it
                LOG.error("The Kafka embedding job cannot run: {}", problem.getMessage());
            } else {
                LOG.error("The Kafka embedding job cannot run: {}", e.toString(), e);
            }
            // exit explicitly: threads of a half-started Camel context or broker would keep the JVM alive
            System.exit(1);
        }
    }

    /** The outermost IllegalStateException or IllegalArgumentException of the cause chain, or null. */
    private static Throwable configurationProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException || t instanceof IllegalArgumentException) {
                return t;
            }
        }
        return null;
    }

    private static void run(KafkaJobOptions o) throws Exception {
        long start = System.nanoTime();
        Path output = Path.of(o.output());
        Main main = new Main();
        EmbeddedKafkaBroker broker = null;
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            String brokers = o.bootstrapServers();
            if (brokers == null) {
                broker = EmbeddedKafkaBroker.start();
                brokers = broker.bootstrapServers();
                LOG.info("Kafka: an embedded single-node broker at {}", brokers);
                // a new broker has an empty topic: parts and publisher state of an earlier run belong to another job
                deleteRecursively(output.resolve("parts"));
                deleteRecursively(output.resolve("publisher-state"));
            } else {
                LOG.info("Kafka: the cluster at {}", brokers);
            }
            try (KafkaJobProgress progress = new KafkaJobProgress(brokers, o.topic(), o.group())) {
                // by whichever role starts first: a worker's consumer would otherwise have the broker create it with
                // the broker's default partition count (often 1: a single worker would get every line)
                if (progress.createTopicIfMissing(o.partitions())) {
                    LOG.info("Kafka: created topic {} with {} partitions", o.topic(), o.partitions());
                }
                if (!o.role().equals("publisher")) {
                    addWorkers(main, o, brokers, output);
                }
                if (o.role().equals("workers")) {
                    LOG.info("Kafka embedding job: {} workers ({}-1 ..) of group {} on topic {}, until stopped",
                            o.workers(), o.workerName(), o.group(), o.topic());
                    main.run();
                    return;
                }
                List<String> files = inputFiles(Path.of(o.input()));
                main.configure().addRoutesBuilder(new KafkaPublisherRoutes(o.input(),
                        "kafka:" + o.topic() + "?brokers=" + brokers, output.resolve("publisher-state"),
                        o.batchSize()));
                main.configure().addRoutesBuilder(completion(main, progress, files, o.group()));
                LOG.info("Kafka embedding job: {} files of {} on topic {}, {} workers here, output {}", files.size(),
                        o.input(), o.topic(), o.role().equals("all") ? o.workers() : 0, output);
                main.run();
                KafkaJobProgress.Lag lag = progress.lag();
                JsonlParts.Summary compacted = JsonlParts.compact(output);
                long deadLetters = countLines(output, files, ".dead-letter.jsonl");
                LOG.info("Kafka embedding job: {} lines published, {} records written ({} embeddings, {} dead letters),"
                        + " {} repeated records dropped, in {} s", lag.published(), compacted.records(),
                        compacted.records() - deadLetters, deadLetters, compacted.repeated(),
                        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private static void addWorkers(Main main, KafkaJobOptions o, String brokers, Path output) throws Exception {
        for (int w = 1; w <= o.workers(); w++) {
            String id = o.workerName() + "-" + w;
            main.configure().addRoutesBuilder(new KafkaWorkerRoutes(brokers, o.topic(), o.group(), o.embedUri(),
                    o.batchSize(), new JsonlPartsSink(output, id)).routeId("embedding-job-kafka-" + id));
        }
    }

    /**
     * A route that ends the run once every input file is published and the group has committed every record of the
     * topic (the workers commit a batch only after writing it); until then it says every 10 s how much is left.
     */
    private static RouteBuilder completion(Main main, KafkaJobProgress progress, List<String> files, String group) {
        return new RouteBuilder() {
            private long lastReport = System.nanoTime();

            @Override
            public void configure() {
                from("timer:embedding-job-kafka-completion?period=500").routeId("embedding-job-kafka-completion")
                        .process(exchange -> {
                            IdempotentRepository published = exchange.getContext().getRegistry()
                                    .lookupByNameAndType("kafkaPublishedFiles", IdempotentRepository.class);
                            boolean allPublished = files.stream().allMatch(published::contains);
                            KafkaJobProgress.Lag lag = progress.lag();
                            if (allPublished && lag.remaining() == 0) {
                                main.completed();
                            } else if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(10)) {
                                lastReport = System.nanoTime();
                                LOG.info("Kafka embedding job: {} of {} lines on the topic not yet written by the"
                                        + " workers of group {}{}", lag.remaining(), lag.published(), group,
                                        allPublished ? "" : "; still publishing");
                            }
                        });
            }
        };
    }

    /** The files the publisher takes: this job waits for those present at its start. */
    private static List<String> inputFiles(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("job.input: " + input.toAbsolutePath() + " is not a folder");
        }
        try (var paths = Files.list(input)) {
            return paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    // as the publisher's file consumer: hidden files are not input
                    .filter(n -> !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".jsonl"))).sorted()
                    .toList();
        }
    }

    private static long countLines(Path output, List<String> files, String suffix) throws IOException {
        long lines = 0;
        for (String f : files) {
            Path p = output.resolve(f + suffix);
            if (Files.exists(p)) {
                try (var l = Files.lines(p)) {
                    lines += l.count();
                }
            }
        }
        return lines;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
