package io.camelai.embedding.jobs.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.embedding.jobs.InputLine;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * The publisher of Kafka mode: every {@code .txt} / {@code .jsonl} file of the input folder, line by line, to the
 * lines topic, each record keyed {@code file:line} (so the producer's partitioner spreads the lines over the topic's
 * partitions) with the value {@code {file, line, id, text}} (see {@link LineRecord}). Lines are parsed here with
 * the single-machine job's rules ({@link InputLine#parse}): a line that cannot be embedded travels with its
 * {@code reason} instead of a text.
 * <p>
 * Each file is published once: its name goes to {@code published-files.txt} in the state folder when all its
 * records are acknowledged by the broker. A publisher killed in the middle of a file publishes the whole file again
 * on restart; the duplicates this creates on the lines topic carry the same keys, and the sinks keep one record per
 * key. Files are read as ISO-8859-1 and each line decoded as strict UTF-8 on its own, as the single-machine job does.
 */
public final class KafkaPublisherRoutes extends RouteBuilder {

    private final String inputDir;
    private final String kafkaUri;
    private final Path stateDir;
    private final int batchSize;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param kafkaUri  the lines topic, e.g. {@code kafka:lines?brokers=localhost:9092}
     * @param stateDir  where the publisher records the files it published
     * @param batchSize lines sent together (one exchange; each line is still its own record)
     */
    public KafkaPublisherRoutes(String inputDir, String kafkaUri, Path stateDir, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.inputDir = inputDir;
        this.kafkaUri = kafkaUri;
        this.stateDir = stateDir;
        this.batchSize = batchSize;
    }

    @Override
    public void configure() throws Exception {
        getContext().getRegistry().bind("kafkaPublishedFiles", FileIdempotentRepository.fileIdempotentRepository(
                stateDir.resolve("published-files.txt").toFile(), 100_000));

        // idempotentEager=false: a file counts as published only when its exchange completed, i.e. the broker
        // acknowledged every record of it
        from("file:" + inputDir + "?noop=true&include=.*\\.(txt|jsonl)&sortBy=file:name&charset=ISO-8859-1"
                + "&idempotent=true&idempotentEager=false&idempotentKey=${file:onlyname}"
                + "&idempotentRepository=#kafkaPublishedFiles&delay=1000")
                .routeId("embedding-job-kafka-publisher")
                .log("${header.CamelFileName}: publishing")
                .split().tokenize("\n", batchSize).streaming().stopOnException()
                .process(this::toRecords)
                .to(kafkaUri)
                .end()
                .log("${header.CamelFileName}: published");
    }

    /** Body in: up to batchSize lines (ISO-8859-1, i.e. the file's bytes). Body out: one Kafka message per line. */
    private void toRecords(Exchange exchange) {
        exchange.removeProperty(ExchangePropertyKey.CHARSET_NAME);
        String file = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        boolean jsonl = file.endsWith(".jsonl");
        int first = exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class) * batchSize + 1;
        String[] raw = exchange.getMessage().getBody(String.class).split("\n", -1);
        List<Message> records = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte[] bytes = raw[i].getBytes(StandardCharsets.ISO_8859_1);
            LineRecord line = LineRecord.of(file, InputLine.parse(json, jsonl, first + i, bytes));
            Message m = new DefaultMessage(exchange);
            m.setHeader(KafkaConstants.KEY, line.key());
            m.setBody(line.toJson(json));
            records.add(m);
        }
        exchange.getMessage().setBody(records);
    }
}
