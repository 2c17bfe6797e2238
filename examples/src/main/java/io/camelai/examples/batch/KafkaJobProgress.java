package io.camelai.examples.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What the Kafka mode's lines topic says about a job: the records on it, and how many of them the workers' consumer
 * group has committed. A worker commits a batch only after its records are written, so a group that has committed
 * every record of the topic has written a record for every line published to it.
 */
final class KafkaJobProgress implements AutoCloseable {

    /** Records on the lines topic, and those the group has not committed yet. */
    record Lag(long published, long remaining) {}

    private final Admin admin;
    private final String bootstrapServers;
    private final String topic;
    private final String group;

    KafkaJobProgress(String bootstrapServers, String topic, String group) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "embedding-job-progress"));
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.group = group;
    }

    /**
     * Creates the lines topic with this many partitions (the cluster's default replication) unless it exists: at
     * most one worker of the group reads a partition, so more workers than partitions would sit idle.
     *
     * @return whether it was created
     */
    boolean createTopicIfMissing(int partitions) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all().get();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            if (e.getCause() instanceof TimeoutException) {
                throw new IllegalStateException("no Kafka broker answered at " + bootstrapServers
                        + " (job.bootstrapServers) within 60 s", e);
            }
            throw e;
        }
    }

    Lag lag() throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        long published = 0;
        long remaining = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            long done = c == null ? 0 : c.offset();
            published += end.getValue().offset();
            remaining += Math.max(0, end.getValue().offset() - done);
        }
        return new Lag(published, remaining);
    }

    @Override
    public void close() {
        admin.close();
    }
}
