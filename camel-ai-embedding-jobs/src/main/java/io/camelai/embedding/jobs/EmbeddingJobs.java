package io.camelai.embedding.jobs;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/**
 * Builds a batch embedding job over a folder, as routes to add to a Camel application:
 *
 * <pre>
 * context.addRoutes(EmbeddingJobs.fromFolder("data/in").toFolder("data/out")
 *         .embedWith("cohere:embed?model=embed-english-v3.0&amp;inputType=search_document").batchSize(96).build());
 * </pre>
 *
 * Every {@code .txt}, {@code .jsonl} and {@code .csv} file of the input folder becomes
 * {@code <name>.embeddings.jsonl} and {@code <name>.dead-letter.jsonl} in the output folder, one record per input
 * line (see {@link EmbeddingJobRoutes}). The options are checked here, each problem named by its option.
 */
public final class EmbeddingJobs {

    static final int MAX_BATCH_SIZE = 10_000;

    private final String fromFolder;
    private String toFolder;
    private String embedWith;
    private int batchSize = 96;
    private String textField = "text";
    private String idField = "id";
    private char csvDelimiter = ',';
    private Duration progressInterval = Duration.ofSeconds(5);
    private String routeId = "embedding-job";

    private EmbeddingJobs(String fromFolder) {
        this.fromFolder = fromFolder;
    }

    /** The folder whose files are embedded; it is only read. */
    public static EmbeddingJobs fromFolder(String folder) {
        return new EmbeddingJobs(folder);
    }

    /** The folder the output files go to (created if missing); one job instance at a time may use it. */
    public EmbeddingJobs toFolder(String folder) {
        this.toFolder = folder;
        return this;
    }

    /** Any Camel endpoint that embeds a list of texts into a list of vectors, e.g. {@code cohere:embed}. */
    public EmbeddingJobs embedWith(String endpointUri) {
        this.embedWith = endpointUri;
        return this;
    }

    /** Lines per call of the embedding endpoint (default 96); the endpoint splits further to its provider's limit. */
    public EmbeddingJobs batchSize(int lines) {
        this.batchSize = lines;
        return this;
    }

    /** The text's field in a JSONL object, or column in a CSV header row (default {@code text}). */
    public EmbeddingJobs textField(String name) {
        this.textField = name;
        return this;
    }

    /** The id's field in a JSONL object, or column in a CSV header row (default {@code id}; optional per line). */
    public EmbeddingJobs idField(String name) {
        this.idField = name;
        return this;
    }

    /** The CSV column separator (default {@code ,}). */
    public EmbeddingJobs csvDelimiter(char delimiter) {
        this.csvDelimiter = delimiter;
        return this;
    }

    /** How often progress is logged (default 5 s); {@link Duration#ZERO} logs only each file's start and end. */
    public EmbeddingJobs progressInterval(Duration interval) {
        this.progressInterval = interval;
        return this;
    }

    /** The route's id (default {@code embedding-job}); jobs in one Camel application need different ones. */
    public EmbeddingJobs routeId(String id) {
        this.routeId = id;
        return this;
    }

    /** The job's routes; fails with a message naming the option when an option is missing or out of range. */
    public RouteBuilder build() {
        require(fromFolder, "fromFolder", "the folder of input files");
        require(toFolder, "toFolder", "the folder the output files go to");
        require(embedWith, "embedWith", "an embedding endpoint URI such as cohere:embed");
        require(textField, "textField", "the JSONL field or CSV column holding the text");
        require(routeId, "routeId", "the id of the job's route");
        if (!embedWith.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw invalid("embedWith", "must be a Camel endpoint URI such as cohere:embed, got \"" + embedWith + "\"");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw invalid("batchSize", "must be between 1 and " + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        if (idField != null && (idField.isBlank() || idField.equals(textField))) {
            throw invalid("idField", "must be a field name other than textField (\"" + textField + "\"), got \""
                    + idField + "\"");
        }
        if (csvDelimiter == '"' || csvDelimiter == '\n' || csvDelimiter == '\r') {
            throw invalid("csvDelimiter", "cannot be a quote or a line break");
        }
        if (progressInterval == null || progressInterval.isNegative()) {
            throw invalid("progressInterval", "must be zero or positive, got " + progressInterval);
        }
        return new EmbeddingJobRoutes(new EmbeddingJobSettings(Path.of(fromFolder), Path.of(toFolder), embedWith,
                batchSize, textField, idField, csvDelimiter, progressInterval, routeId));
    }

    private static void require(String value, String option, String what) {
        if (value == null || value.isBlank()) {
            throw invalid(option, "is required: " + what);
        }
    }

    private static IllegalArgumentException invalid(String option, String problem) {
        return new IllegalArgumentException("Batch embedding job: option " + option + " " + problem);
    }
}
