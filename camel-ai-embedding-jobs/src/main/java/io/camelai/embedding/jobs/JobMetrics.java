package io.camelai.embedding.jobs;

import org.apache.camel.CamelContext;

/**
 * Publishes a job's {@link JobProgress} as Micrometer meters when Micrometer is on the class path and a
 * {@code MeterRegistry} is in the Camel registry (the one named {@code metricsRegistry}, as camel-micrometer binds
 * it, else the only one); otherwise nothing, and no Micrometer class is loaded. The meters are removed from the
 * registry when the Camel context stops.
 */
final class JobMetrics {

    static final String LINES_TOTAL = "camel.ai.embedding_job.lines.total";
    static final String LINES_DONE = "camel.ai.embedding_job.lines.done";
    static final String LINES_WRITTEN = "camel.ai.embedding_job.lines.written";
    static final String RATE = "camel.ai.embedding_job.lines.rate";
    static final String ETA = "camel.ai.embedding_job.eta";

    private static final boolean MICROMETER = present("io.micrometer.core.instrument.MeterRegistry");

    private JobMetrics() {}

    /** Registers the job's meters until the context stops; true when a registry was found. */
    static boolean register(CamelContext context, String job, JobProgress progress) throws Exception {
        return MICROMETER && MicrometerJobMetrics.register(context, job, progress);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JobMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
