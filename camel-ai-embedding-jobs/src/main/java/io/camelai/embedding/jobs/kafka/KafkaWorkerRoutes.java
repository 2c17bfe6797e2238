package io.camelai.embedding.jobs.kafka;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * A worker of Kafka mode. Every worker started with the same group id shares the lines topic's partitions (Kafka's
 * consumer group): it takes up to batchSize records at a time (camel-kafka's batching consumer), makes one call to
 * the embedding endpoint for them, writes the results to its {@link WorkerSink}, and only then commits the batch's
 * offsets. Offsets are never committed before the results are durable, so a killed worker loses nothing: its
 * uncommitted records go to the workers that take over its partitions, which write them again, and the sinks keep
 * one record per {@code file:line}.
 * <p>
 * A failure other than a rejected input (an outage after the endpoint's own retries) processes the same batch
 * again, with a growing delay up to 30 s, until it succeeds: the batch is never skipped.
 */
public final class KafkaWorkerRoutes extends RouteBuilder {

    private final String brokers;
    private final String topic;
    private final String groupId;
    private final String embedUri;
    private final int batchSize;
    private final WorkerSink sink;
    private String consumerOptions = "";
    private String routeId = "embedding-job-kafka-worker";

    public KafkaWorkerRoutes(String brokers, String topic, String groupId, String embedUri, int batchSize,
            WorkerSink sink) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.brokers = brokers;
        this.topic = topic;
        this.groupId = groupId;
        this.embedUri = embedUri;
        this.batchSize = batchSize;
        this.sink = sink;
    }

    /**
     * More camel-kafka consumer options, e.g. {@code sessionTimeoutMs=10000&heartbeatIntervalMs=1000} (how soon a
     * dead worker's partitions move). The options that make the guarantees (batching, commits) cannot be changed.
     */
    public KafkaWorkerRoutes consumerOptions(String options) {
        for (String fixed : new String[]{"batching", "maxPollRecords", "autoCommitEnable", "allowManualCommit",
                "breakOnFirstError", "groupId", "brokers"}) {
            if (options.matches("(^|.*&)" + fixed + "=.*")) {
                throw new IllegalArgumentException("consumerOptions cannot set " + fixed
                        + ": the worker sets it (see KafkaWorkerRoutes)");
            }
        }
        this.consumerOptions = options.isEmpty() ? "" : "&" + options;
        return this;
    }

    /** The worker's route id (default {@code embedding-job-kafka-worker}): one per worker in a Camel context. */
    public KafkaWorkerRoutes routeId(String id) {
        this.routeId = id;
        return this;
    }

    /** The consumer endpoint: offsets committed by camel-kafka after each batch's exchange completed. */
    String consumerUri() {
        return "kafka:" + topic + "?brokers=" + brokers + "&groupId=" + groupId
                + "&batching=true&maxPollRecords=" + batchSize + "&pollTimeoutMs=500"
                + "&autoCommitEnable=false&allowManualCommit=false&breakOnFirstError=false"
                + "&autoOffsetReset=earliest" + consumerOptions;
    }

    @Override
    public void configure() throws Exception {
        sink.start(getContext());
        // redelivery repeats the whole batch (one processor): never a commit past unwritten records
        errorHandler(defaultErrorHandler().maximumRedeliveries(-1).redeliveryDelay(1000).useExponentialBackOff()
                .backOffMultiplier(2).maximumRedeliveryDelay(30_000).retryAttemptedLogLevel(LoggingLevel.WARN));
        from(consumerUri()).routeId(routeId)
                .process(new KafkaWorkerBatch(embedUri, sink));
    }
}
