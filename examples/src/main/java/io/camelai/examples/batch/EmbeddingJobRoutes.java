package io.camelai.examples.batch;

import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;

/**
 * The batch embedding job: every {@code .txt} / {@code .jsonl} file of the input folder becomes
 * {@code <name>.embeddings.jsonl} (one record per line: file, line, id, embedding) and
 * {@code <name>.dead-letter.jsonl} (lines that cannot be embedded, with the reason). Lines go to the provider in
 * groups of {@code batchSize}; a killed job resumes where its output stops.
 */
public final class EmbeddingJobRoutes extends RouteBuilder {

    private final String inputDir;
    private final EmbeddingJob job;
    private final String embedUri;
    private final int batchSize;

    public EmbeddingJobRoutes(String inputDir, String outputDir, String embedUri, int batchSize) {
        this.inputDir = inputDir;
        this.embedUri = embedUri;
        this.batchSize = batchSize;
        this.job = new EmbeddingJob(Path.of(outputDir), batchSize, embedUri);
    }

    @Override
    public void configure() {
        getContext().getRegistry().bind("embeddingJobFiles",
                (org.apache.camel.component.file.GenericFileFilter<Object>) f -> f.isDirectory()
                        || job.isPending(f.getFileNameOnly()));

        // A failed file is closed and picked up again on a later poll (noop keeps the input; the in-memory
        // idempotent repository forgets a file whose exchange failed), resuming from its checkpoint.
        onException(Exception.class).process(job::abandonFile).log("${header.CamelFileName}: stopped, will resume:"
                                                                   + " ${exception.message}");

        from("file:" + inputDir + "?noop=true&include=.*\\.(txt|jsonl)&sortBy=file:name&filter=#embeddingJobFiles"
             + "&readLock=changed&readLockMinAge=500&delay=2000")
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
