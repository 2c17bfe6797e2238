package io.camelai.examples.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KafkaJobOptionsTest {

    @Test
    void withOnlyFoldersEverythingRunsHereWithTwoWorkersAndTheEmbeddedBroker() {
        KafkaJobOptions o = KafkaJobOptions.parse(new String[]{"--job.input=in", "--job.output=out"});
        assertEquals("in", o.input());
        assertEquals("out", o.output());
        assertEquals("all", o.role());
        assertEquals(2, o.workers());
        assertEquals(96, o.batchSize());
        assertEquals(4, o.partitions());
        assertEquals("cohere:embed?inputType=search_document", o.embedUri());
        assertEquals("embedding-lines", o.topic());
        assertEquals("embedding-workers", o.group());
        assertEquals("worker", o.workerName());
        assertNull(o.bootstrapServers());
    }

    @Test
    void aTopicThisJobCreatesHasAtLeastAPartitionPerWorker() {
        assertEquals(6, KafkaJobOptions.parse(new String[]{"--job.workers=6"}).partitions());
        assertEquals(12, KafkaJobOptions.parse(new String[]{"--job.workers=6", "--job.partitions=12"}).partitions());
    }

    @Test
    void thePublisherAndWorkerRolesNeedASharedCluster() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KafkaJobOptions.parse(new String[]{"--job.role=workers"}));
        assertEquals("job.role=workers needs job.bootstrapServers (the cluster the publisher and the workers share);"
                + " the embedded broker only serves job.role=all", e.getMessage());
        KafkaJobOptions o = KafkaJobOptions.parse(new String[]{"--job.role=publisher",
                "--job.bootstrapServers=kafka-1:9092,kafka-2:9092"});
        assertEquals("publisher", o.role());
        assertEquals("kafka-1:9092,kafka-2:9092", o.bootstrapServers());
    }

    @Test
    void anUnknownRoleIsRefusedWithTheRolesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KafkaJobOptions.parse(new String[]{"--job.role=consumer"}));
        assertEquals("job.role must be one of [all, publisher, workers], got \"consumer\"", e.getMessage());
    }

    @Test
    void numbersOutOfRangeNameTheirOptionAndRange() {
        assertEquals("job.workers must be a whole number from 1 to 64, got \"0\"", assertThrows(
                IllegalArgumentException.class, () -> KafkaJobOptions.parse(new String[]{"--job.workers=0"}))
                .getMessage());
        assertEquals("job.batchSize must be a whole number from 1 to 10000, got \"lots\"", assertThrows(
                IllegalArgumentException.class, () -> KafkaJobOptions.parse(new String[]{"--job.batchSize=lots"}))
                .getMessage());
    }

    @Test
    void aWorkerNameThatIsNotAFileNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KafkaJobOptions.parse(new String[]{"--job.workerName=../etc"}));
        assertEquals("job.workerName must match [A-Za-z0-9_-][A-Za-z0-9._-]{0,80}, got \"../etc\"", e.getMessage());
    }

    @Test
    void aBootstrapAddressWithoutPortIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KafkaJobOptions.parse(new String[]{"--job.bootstrapServers=kafka-1"}));
        assertEquals("job.bootstrapServers must be host:port[,host:port...], got \"kafka-1\"", e.getMessage());
    }
}
