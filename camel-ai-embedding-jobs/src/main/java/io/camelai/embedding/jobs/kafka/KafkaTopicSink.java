package io.camelai.embedding.jobs.kafka;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;

/**
 * The Kafka sink: each output record (embedding or dead letter) to an output topic, keyed {@code file:line}. The
 * write returns when the broker acknowledged every record (the Kafka producer is idempotent by default, so its own
 * retries add nothing). A batch processed again after a worker was killed writes the same keys again: readers take
 * {@code file:line} as the record's identity, and a compacted output topic ({@code cleanup.policy=compact}) keeps
 * one record per key.
 */
public final class KafkaTopicSink implements WorkerSink {

    private final String kafkaUri;
    private ProducerTemplate template;
    private CamelContext context;

    /** @param kafkaUri the output topic, e.g. {@code kafka:embeddings?brokers=localhost:9092} */
    public KafkaTopicSink(String kafkaUri) {
        this.kafkaUri = kafkaUri;
    }

    @Override
    public void start(CamelContext context) {
        this.context = context;
        this.template = context.createProducerTemplate();
    }

    @Override
    public void write(List<ObjectNode> records) {
        List<Message> messages = new ArrayList<>(records.size());
        for (ObjectNode r : records) {
            Message m = new DefaultMessage(context);
            m.setHeader(KafkaConstants.KEY, LineRecord.key(r.get("file").asText(), r.get("line").asInt()));
            m.setBody(r.toString());
            messages.add(m);
        }
        template.requestBody(kafkaUri, messages);
    }
}
