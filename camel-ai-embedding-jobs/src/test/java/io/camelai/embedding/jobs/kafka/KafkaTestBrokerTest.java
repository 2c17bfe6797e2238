package io.camelai.embedding.jobs.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test broker starts, takes a topic with partitions, and a record written to it can be read back. */
class KafkaTestBrokerTest {

    @Test
    void aRecordWrittenToTheTestBrokerIsReadBack() throws Exception {
        try (KafkaTestBroker broker = KafkaTestBroker.start()) {
            broker.createTopic("t", 3, Map.of());
            Properties p = new Properties();
            p.put("bootstrap.servers", broker.bootstrapServers());
            try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "a.txt:1", "hello")).get();
            }
            p.put("group.id", "g");
            p.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                for (int i = 0; i < 100 && records.isEmpty(); i++) {
                    records = consumer.poll(Duration.ofMillis(100));
                }
                assertEquals(1, records.count());
                var r = records.iterator().next();
                assertEquals("a.txt:1", r.key());
                assertEquals("hello", r.value());
            }
        }
    }
}
