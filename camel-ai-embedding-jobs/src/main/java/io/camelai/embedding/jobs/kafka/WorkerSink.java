package io.camelai.embedding.jobs.kafka;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;

/**
 * Where a Kafka worker writes a batch's results: output records {@code {file, line, id, embedding}} and dead letters
 * {@code {file, line, id, text, reason}}, each identified by {@code file:line}. {@link #write} returns only when the
 * records are durable: the worker commits the batch's input offsets after it, so a worker killed before the commit
 * leaves its batch to the next owner of the partition, which writes the same records again. A sink therefore
 * treats {@code file:line} as the identity of a record: a second record for a key is a repetition, not new output.
 */
public interface WorkerSink {

    /** Called once when the worker's routes are built. */
    default void start(CamelContext context) throws Exception {}

    /** Writes the records durably, or throws (the worker then processes the batch again). */
    void write(List<ObjectNode> records) throws Exception;
}
