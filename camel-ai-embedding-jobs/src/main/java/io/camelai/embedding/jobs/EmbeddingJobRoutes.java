package io.camelai.embedding.jobs;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * The batch embedding job's route, built by {@link EmbeddingJobs}: every {@code .txt}, {@code .jsonl} and
 * {@code .csv} file of the input folder becomes {@code <name>.embeddings.jsonl} (one record per line: file, line, id,
 * embedding) and {@code <name>.dead-letter.jsonl} (lines that cannot be embedded, with the reason). Lines go to the
 * embedding endpoint in groups of {@code batchSize}; a killed job resumes where its output stops; one instance at a
 * time uses an output folder ({@link OutputFolderLock}), and it works on a file only while it holds that file's lock
 * ({@link InputFileLock}); an unusable output folder fails the start ({@link OutputFolder}).
 * <p>
 * Files are read as ISO-8859-1, which maps every byte to one char: the tokenizer then splits on the newline byte
 * without decoding anything (UTF-8 never uses 0x0A inside a character), and each line's bytes are decoded as strict
 * UTF-8 on their own, so one bad line is rejected alone instead of failing the file.
 */
public final class EmbeddingJobRoutes extends RouteBuilder {

    private final EmbeddingJobSettings settings;
    private final EmbeddingJob job;

    /** The job with the default options; {@link EmbeddingJobs} sets the others. */
    public EmbeddingJobRoutes(String inputDir, String outputDir, String embedUri, int batchSize) {
        this(new EmbeddingJobSettings(Path.of(inputDir), Path.of(outputDir), embedUri, batchSize, "text", "id", ',',
                Duration.ofSeconds(5), "embedding-job"));
    }

    EmbeddingJobRoutes(EmbeddingJobSettings settings) {
        this.settings = settings;
        this.job = new EmbeddingJob(settings, new JobProgress(settings.progressInterval()));
    }

    @Override
    public void configure() throws Exception {
        // checked while the routes are built, before any consumer exists: an unusable or busy output folder stops the
        // start instead of failing every file on every poll (not in the read lock's start: Camel's FileConsumer
        // answers a failure there with a NullPointerException that hides the cause)
        Path outputDir = settings.outputDir();
        OutputFolder.prepare(outputDir, settings.inputDir());
        OutputFolderLock lock = OutputFolderLock.acquire(outputDir);
        try {
            getContext().addService(lock, true, false);
            String id = settings.routeId();
            getContext().getRegistry().bind(id + "-files",
                    (GenericFileFilter<Object>) f -> f.isDirectory()
                            || job.accept(f.getFileNameOnly(), Path.of(f.getAbsoluteFilePath())));
            getContext().getRegistry().bind(id + "-lock", new InputFileLock(outputDir, job));
            JobMetrics.register(getContext(), id, job.progress());
            routes(id);
        } catch (Exception | Error e) {
            lock.stop();
            throw e;
        }
    }

    private void routes(String id) {
        // A failed file is closed and picked up again on a later poll (noop keeps the input; the in-memory
        // idempotent repository forgets a file whose exchange failed), resuming from its checkpoint.
        onException(Exception.class).process(job::abandonFile).log("${header.CamelFileName}: stopped, will resume:"
                + " ${exception.message}");

        fromF("file:%s?noop=true&include=.*\\.(txt|jsonl|csv)&sortBy=file:name&filter=#%s-files"
                + "&charset=ISO-8859-1&exclusiveReadLockStrategy=#%s-lock&delay=2000", settings.inputDir(), id, id)
                .routeId(id)
                .process(job::openFile)
                .split().tokenize("\n", settings.batchSize()).streaming().stopOnException()
                .process(job::prepareBatch)
                .filter(simple("${body.size()} > 0"))
                .doTry()
                .to(settings.embedUri())
                .process(job::writeBatch)
                .doCatch(Exception.class)
                .process(job::isolateFailures)
                .end()
                .end()
                .process(job::flushBatch)
                .end()
                .process(job::closeFile);
    }
}
