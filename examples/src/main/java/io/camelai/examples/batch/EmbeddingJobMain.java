package io.camelai.examples.batch;

import io.camelai.embedding.jobs.EmbeddingJobs;
import io.camelai.examples.ExampleEnvironment;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the batch embedding job ({@link EmbeddingJobs}) as a Camel Main application:
 *
 * <pre>
 * mvn -B -q -pl examples -am package -DskipTests exec:java -Dexample.main=io.camelai.examples.batch.EmbeddingJobMain \
 *     -Dexec.args="--job.input=examples/data/in --job.output=examples/target/embeddings"
 * </pre>
 *
 * Options ({@code --name=value} or JVM system properties), each setting the builder option of the same meaning:
 * {@code job.input} (fromFolder), {@code job.output} (toFolder), {@code job.embedUri} (embedWith; default
 * {@code cohere:embed?inputType=search_document}), {@code job.batchSize} (default 96), {@code job.textField} and
 * {@code job.idField} (JSONL fields, CSV columns; default {@code text}, {@code id}), and
 * {@code job.idleExitSeconds} (stop after this long without work; default 5, 0 = run as a service). Uses the
 * embedded simulator unless COHERE_API_KEY is set. A job that cannot start (an unusable output folder, an output
 * folder another instance is using, an invalid option) logs why and exits with status 1.
 */
public final class EmbeddingJobMain {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingJobMain.class);

    private EmbeddingJobMain() {}

    public static void main(String[] args) throws Exception {
        String input = option(args, "job.input", "data/in");
        String output = option(args, "job.output", "data/out");
        String embedUri = option(args, "job.embedUri", "cohere:embed?inputType=search_document");
        String batchSize = option(args, "job.batchSize", "96");
        int idle = Integer.parseInt(option(args, "job.idleExitSeconds", "5"));
        Main main = new Main();
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            main.configure().addRoutesBuilder(EmbeddingJobs.fromFolder(input).toFolder(output).embedWith(embedUri)
                    .batchSize(number("job.batchSize", batchSize)).textField(option(args, "job.textField", "text"))
                    .idField(option(args, "job.idField", "id")).build());
            if (idle > 0) {
                main.configure().withDurationMaxIdleSeconds(idle);
            }
            LOG.info("Batch embedding job: the .txt, .jsonl and .csv files of {} into {}{}", input, output,
                    idle > 0 ? ", stopping after " + idle + " s without work" : "");
            main.run();
            LOG.info("Batch embedding job: stopped");
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
                // a configuration problem: its message says what to fix, Camel's stack frames would bury it
                LOG.error("The batch embedding job cannot run: {}", cause.getMessage());
            } else {
                LOG.error("The batch embedding job cannot run: {}", cause.toString(), e);
            }
            // exit explicitly: threads of the half-started Camel context would keep the JVM alive
            System.exit(1);
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Batch embedding job: " + option + " must be a whole number, got \""
                    + value + "\"");
        }
    }

    private static String option(String[] args, String name, String defaultValue) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return System.getProperty(name, defaultValue);
    }
}
