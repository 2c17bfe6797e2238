package io.camelai.embedding.jobs;

import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;

/**
 * The batch embedding job: every {@code .txt} / {@code .jsonl} file of the input folder becomes
 * {@code <name>.embeddings.jsonl} (one record per line: file, line, id, embedding) and
 * {@code <name>.dead-letter.jsonl} (lines that cannot be embedded, with the reason). Lines go to the provider in
 * groups of {@code batchSize}; a killed job resumes where its output stops; instances sharing the output folder
 * take turns per file ({@link InputFileLock}); an unusable output folder fails the start ({@link OutputFolder}).
 * <p>
 * Files are read as ISO-8859-1, which maps every byte to one char: the tokenizer then splits on the newline byte
 * without decoding anything (UTF-8 never uses 0x0A inside a character), and each line's bytes are decoded as strict
 * UTF-8 on their own, so one bad line is rejected alone instead of failing the file.
 */
public final class EmbeddingJobRoutes extends RouteBuilder {

    private final String inputDir;
    private final Path outputDir;
    private final EmbeddingJob job;
    private final String embedUri;
    private final int batchSize;

    public EmbeddingJobRoutes(String inputDir, String outputDir, String embedUri, int batchSize) {
        this.inputDir = inputDir;
        this.embedUri = embedUri;
        this.batchSize = batchSize;
        this.outputDir = Path.of(outputDir);
        this.job = new EmbeddingJob(this.outputDir, batchSize, embedUri);
    }

    @Override
    public void configure() throws Exception {
        // checked while the routes are built, before any consumer exists: an unusable output folder stops the start
        // instead of failing every file on every poll (not in the read lock's start: Camel's FileConsumer answers a
        // failure there with a NullPointerException that hides the cause)
        OutputFolder.prepare(outputDir, Path.of(inputDir));
        getContext().getRegistry().bind("embeddingJobFiles",
                (org.apache.camel.component.file.GenericFileFilter<Object>) f -> f.isDirectory()
                        || job.isPending(f.getFileNameOnly()));
        getContext().getRegistry().bind("embeddingJobLock", new InputFileLock(outputDir, job));

        // A failed file is closed and picked up again on a later poll (noop keeps the input; the in-memory
        // idempotent repository forgets a file whose exchange failed), resuming from its checkpoint.
        onException(Exception.class).process(job::abandonFile).log("${header.CamelFileName}: stopped, will resume:"
                + " ${exception.message}");

        from("file:" + inputDir + "?noop=true&include=.*\\.(txt|jsonl)&sortBy=file:name&filter=#embeddingJobFiles"
                + "&charset=ISO-8859-1&exclusiveReadLockStrategy=#embeddingJobLock&delay=2000")
                .routeId("embedding-job")
                .process(job::openFile)
                .split().tokenize("\n", batchSize).streaming().stopOnException()
                .process(job::prepareBatch)
                .filter(simple("${body.size()} > 0"))
                .doTry()
                .to(embedUri)
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
