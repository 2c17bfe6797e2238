package io.camelai.embedding.jobs.kafka;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.embedding.jobs.RejectedLines;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch of a Kafka worker (the body camel-kafka's batching consumer delivers: the polled records as a list of
 * exchanges): one call to the embedding endpoint for the batch's texts, dead letters for the lines the publisher
 * marked unreadable, the provider's rejections narrowed down to the rejected lines ({@link RejectedLines}), and all
 * results to the sink. Any other failure is thrown: nothing is committed and the batch is processed again.
 */
final class KafkaWorkerBatch implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaWorkerBatch.class);

    private final ObjectMapper json = new ObjectMapper();
    private final String embedUri;
    private final WorkerSink sink;
    private ProducerTemplate template;
    private long written;
    private long lastProgress;

    KafkaWorkerBatch(String embedUri, WorkerSink sink) {
        this.embedUri = embedUri;
        this.sink = sink;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (template == null) {
            template = exchange.getContext().createProducerTemplate();
        }
        List<ObjectNode> results = new ArrayList<>();
        List<LineRecord> pending = new ArrayList<>();
        for (Object o : exchange.getMessage().getBody(List.class)) {
            Exchange record = (Exchange) o;
            LineRecord line = LineRecord.parse(json, record.getMessage().getHeader(KafkaConstants.KEY, String.class),
                    record.getMessage().getBody(String.class));
            if (line.rejected()) {
                results.add(deadLetterRecord(line, line.reason()));
            } else {
                pending.add(line);
            }
        }
        if (!pending.isEmpty()) {
            embed(pending, results);
        }
        sink.write(results);
        written += results.size();
        long now = System.nanoTime();
        if (now - lastProgress > 2_000_000_000L) {
            lastProgress = now;
            LOG.info("{} lines written by this worker", written);
        }
    }

    private void embed(List<LineRecord> lines, List<ObjectNode> results) throws Exception {
        List<?> vectors;
        try {
            vectors = template.requestBody(embedUri, lines.stream().map(LineRecord::text).toList(), List.class);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (!RejectedLines.isInputProblem(cause)) {
                // the endpoint's own failure, not the template's wrapper: the retry log then says what went wrong
                throw cause instanceof Exception failure ? failure : e;
            }
            RejectedLines.embedOneByOne(template, embedUri, lines, LineRecord::text, new RejectedLines.Outcome<>() {
                @Override
                public void embedded(LineRecord line, Object embedding) {
                    results.add(embeddingRecord(line, embedding));
                }

                @Override
                public void rejected(LineRecord line, String reason) {
                    results.add(deadLetterRecord(line, reason));
                }
            });
            return;
        }
        if (vectors == null || vectors.size() != lines.size()) {
            throw new IllegalStateException("expected " + lines.size() + " embeddings, got "
                    + (vectors == null ? "none" : vectors.size()));
        }
        for (int i = 0; i < lines.size(); i++) {
            results.add(embeddingRecord(lines.get(i), vectors.get(i)));
        }
    }

    private ObjectNode embeddingRecord(LineRecord line, Object embedding) {
        ObjectNode r = record(line);
        r.set("embedding", json.valueToTree(embedding));
        return r;
    }

    private ObjectNode deadLetterRecord(LineRecord line, String reason) {
        ObjectNode r = record(line);
        if (line.text() != null) {
            r.put("text", line.text());
        }
        return r.put("reason", reason);
    }

    private ObjectNode record(LineRecord line) {
        ObjectNode r = json.createObjectNode().put("file", line.file()).put("line", line.line());
        if (line.id() != null) {
            r.put("id", line.id());
        }
        return r;
    }
}
