package io.camelai.embedding.jobs;

import java.nio.file.Path;
import java.time.Duration;

/** The options of one folder job, checked by {@link EmbeddingJobs#build()}. */
record EmbeddingJobSettings(Path inputDir, Path outputDir, String embedUri, int batchSize, String textField,
        String idField, char csvDelimiter, Duration progressInterval, String routeId) {}
