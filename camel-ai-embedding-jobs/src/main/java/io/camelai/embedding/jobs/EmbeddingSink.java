package io.camelai.embedding.jobs;

import java.io.IOException;

/**
 * Where a job writes its output: exactly one record per input line, an embedding or a dead letter with the reason,
 * in line order within a source. The folder job writes JSONL files ({@link FileCheckpoint}); the record shapes are
 * {@link OutputRecords}.
 */
public interface EmbeddingSink {

    /** The embedding of a line ({@code float[]}, {@code int[]}, a list of numbers: what the endpoint answered). */
    void embedded(String source, InputLine line, Object embedding) throws IOException;

    /** A line that cannot be embedded, and why. */
    void deadLetter(String source, InputLine line, String reason) throws IOException;

    /** Makes the records written so far durable, before the job goes on with the next batch. */
    void flush() throws IOException;
}
