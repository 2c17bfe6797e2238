package io.camelai.embedding.jobs.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A single-node Kafka broker for tests and benchmarks: KRaft, broker and controller in one node, random free ports,
 * a temporary log folder deleted on close. Runs in the calling JVM ({@link #start()}) or as a process of its own
 * ({@link #main}: prints {@code bootstrap=<host:port>} and runs until its standard input closes).
 */
public final class KafkaTestBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final Path dir;

    private KafkaTestBroker(KafkaClusterTestKit cluster, Path dir) {
        this.cluster = cluster;
        this.dir = dir;
    }

    public static KafkaTestBroker start() throws Exception {
        Path dir = Files.createTempDirectory("kafka-test-broker");
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).setBaseDirectory(dir).build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "4")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                // lets the tests give workers a short session timeout, so a killed worker's partitions move soon
                .setConfigProp("group.min.session.timeout.ms", "1000")
                .setConfigProp("num.partitions", "1")
                .setDeleteOnClose(true).build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return new KafkaTestBroker(cluster, dir);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public void createTopic(String name, int partitions, Map<String, String> configs) throws Exception {
        try (Admin admin = cluster.admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs))).all().get();
        }
    }

    public Admin admin() {
        return cluster.admin();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A broker as its own process: {@code bootstrap=<host:port>} on standard output, stops when stdin closes. */
    public static void main(String[] args) throws Exception {
        try (KafkaTestBroker broker = start()) {
            System.out.println("bootstrap=" + broker.bootstrapServers());
            System.out.flush();
            CountDownLatch eof = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // wait for the parent to close our stdin (or die)
                    }
                } catch (java.io.IOException e) {
                    // parent gone
                }
                eof.countDown();
            });
            reader.setDaemon(true);
            reader.start();
            eof.await();
        }
    }
}
