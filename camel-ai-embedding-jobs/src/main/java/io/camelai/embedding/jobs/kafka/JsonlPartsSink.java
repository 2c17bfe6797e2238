package io.camelai.embedding.jobs.kafka;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;

/**
 * The JSONL sink of Kafka mode: each worker appends its records to its own part file,
 * {@code <output>/parts/<workerId>.jsonl} (embeddings and dead letters alike, one JSON object a line), and forces
 * them to disk before the worker commits its offsets. Workers never share a file, so nothing is interleaved; a
 * record half-written when a worker was killed is cut off when a worker with that id starts again, and skipped by
 * {@link JsonlParts#compact}, which turns the parts into the final output (one record per {@code file:line}).
 */
public final class JsonlPartsSink implements WorkerSink {

    private static final Pattern WORKER_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final Path file;
    private FileChannel channel;

    /** @param workerId unique among the workers writing to this output folder: letters, digits, '.', '_', '-' */
    public JsonlPartsSink(Path outputDir, String workerId) {
        if (workerId == null || !WORKER_ID.matcher(workerId).matches() || workerId.startsWith(".")) {
            throw new IllegalArgumentException("workerId must be 1-100 letters, digits, '.', '_' or '-' (not"
                    + " starting with '.'), was: " + workerId);
        }
        this.file = JsonlParts.partsDir(outputDir).resolve(workerId + JsonlParts.SUFFIX);
    }

    @Override
    public void start(CamelContext context) throws IOException {
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another worker writes " + file + ": give each worker its own workerId");
        }
        // the lock is held until the process ends; it is released with the channel
        cutPartialRecord();
    }

    @Override
    public synchronized void write(List<ObjectNode> records) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (ObjectNode r : records) {
            lines.append(r.toString()).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        channel.position(channel.size());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    /** A kill in the middle of a write leaves a last line without its newline: it goes. */
    private void cutPartialRecord() throws IOException {
        long size = channel.size();
        long end = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < size) {
            channel.truncate(end);
            channel.force(false);
        }
    }
}
