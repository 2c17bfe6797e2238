package io.camelai.embedding.jobs;

import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.apache.camel.CamelContext;
import org.apache.camel.Service;
import org.apache.camel.spi.Registry;

/** The Micrometer side of {@link JobMetrics}: only loaded when Micrometer is on the class path. */
final class MicrometerJobMetrics {

    private MicrometerJobMetrics() {}

    /**
     * Registers the job's meters and removes them when the Camel context stops: a registry that outlives the context
     * (an application's, Spring Boot's) would otherwise keep reporting a stopped job and hold its progress.
     */
    static boolean register(CamelContext context, String job, JobProgress progress) throws Exception {
        Registry beans = context.getRegistry();
        MeterRegistry registry = beans.lookupByNameAndType("metricsRegistry", MeterRegistry.class);
        if (registry == null) {
            registry = beans.findSingleByType(MeterRegistry.class);
        }
        if (registry == null) {
            return false;
        }
        Tags tags = Tags.of("job", job);
        List<Meter> meters = List.of(Gauge.builder(JobMetrics.LINES_TOTAL, progress, JobProgress::total).tags(tags)
                .description("Input lines of the pending files, counted when each was first listed")
                .baseUnit("lines").register(registry),
                Gauge.builder(JobMetrics.LINES_DONE, progress, JobProgress::done).tags(tags)
                        .description("Input lines with their output record, those of earlier runs included")
                        .baseUnit("lines").register(registry),
                FunctionCounter.builder(JobMetrics.LINES_WRITTEN, progress, JobProgress::embeddedCount)
                        .tags(tags.and("outcome", "embedded")).description("Records written by this run")
                        .baseUnit("lines").register(registry),
                FunctionCounter.builder(JobMetrics.LINES_WRITTEN, progress, JobProgress::deadLetteredCount)
                        .tags(tags.and("outcome", "dead_letter")).description("Records written by this run")
                        .baseUnit("lines").register(registry),
                Gauge.builder(JobMetrics.RATE, progress, JobProgress::rate).tags(tags)
                        .description("Lines written per second by this run").baseUnit("lines/s").register(registry),
                Gauge.builder(JobMetrics.ETA, progress, JobProgress::etaSeconds).tags(tags)
                        .description("Seconds left at the current rate; -1 before the first batch").baseUnit("seconds")
                        .register(registry));
        MeterRegistry owner = registry;
        context.addService(new Service() {
            @Override
            public void start() {
                // registered above, while the routes are built
            }

            @Override
            public void stop() {
                meters.forEach(owner::remove);
            }
        }, true, false);
        return true;
    }
}
