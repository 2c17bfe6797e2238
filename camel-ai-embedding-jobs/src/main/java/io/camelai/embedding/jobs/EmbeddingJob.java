package io.camelai.embedding.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of the batch embedding job, called by {@link EmbeddingJobRoutes}: open a file's checkpoint, turn each
 * group of lines into the texts still to embed, write the embeddings (or dead letters) in line order, close the file.
 */
public final class EmbeddingJob {

    static final String CHECKPOINT = "embeddingJob.checkpoint";
    static final String BATCH = "embeddingJob.batch";
    static final String FORMAT = "embeddingJob.format";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingJob.class);

    private final ObjectMapper json = new ObjectMapper();
    private final EmbeddingJobSettings settings;
    private final Path outputDir;
    private final int batchSize;
    private final String embedUri;
    private final JobProgress progress;

    EmbeddingJob(EmbeddingJobSettings settings, JobProgress progress) {
        this.settings = settings;
        this.outputDir = settings.outputDir();
        this.batchSize = settings.batchSize();
        this.embedUri = settings.embedUri();
        this.progress = progress;
    }

    JobProgress progress() {
        return progress;
    }

    /** Files with a {@code .done} marker are finished: a restart leaves them alone. */
    public boolean isPending(String fileName) {
        return !FileCheckpoint.isDone(outputDir, fileName);
    }

    /** The file filter: a pending file's lines count towards the job's total when it is first listed. */
    boolean accept(String fileName, Path file) {
        if (!isPending(fileName)) {
            return false;
        }
        progress.pending(fileName, file, LineFormat.forFile(fileName, settings, json).headerLines());
        return true;
    }

    public void openFile(Exchange exchange) throws Exception {
        String file = fileName(exchange);
        FileCheckpoint checkpoint = FileCheckpoint.open(json, outputDir, file);
        exchange.setProperty(CHECKPOINT, checkpoint);
        exchange.setProperty(FORMAT, LineFormat.forFile(file, settings, json));
        progress.opened(file, checkpoint.doneCount());
        if (checkpoint.doneCount() > 0) {
            LOG.info("{}: resuming, {} lines already written", file, checkpoint.doneCount());
        } else {
            LOG.info("{}: starting", file);
        }
    }

    /**
     * Body in: a group of up to batchSize lines, read as ISO-8859-1 (see {@link EmbeddingJobRoutes}). Body out: the
     * texts of the lines still to embed.
     */
    public void prepareBatch(Exchange exchange) throws Exception {
        // the lines are decoded here, one by one; nothing after this point may encode text as ISO-8859-1
        exchange.removeProperty(ExchangePropertyKey.CHARSET_NAME);
        FileCheckpoint checkpoint = checkpoint(exchange);
        String file = fileName(exchange);
        LineFormat format = exchange.getProperty(FORMAT, LineFormat.class);
        int first = exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class) * batchSize + 1;
        String[] raw = exchange.getMessage().getBody(String.class).split("\n", -1);
        List<InputLine> pending = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            boolean done = checkpoint.isDone(first + i);
            if (done && !format.readsEveryLine()) {
                continue;
            }
            // ISO-8859-1 maps every byte to one char and back: these are the line's bytes as in the file
            byte[] bytes = raw[i].getBytes(StandardCharsets.ISO_8859_1);
            InputLine line = format.parse(first + i, bytes);
            if (done || line == null) {
                continue;
            }
            if (line.rejected()) {
                deadLetter(checkpoint, file, line, line.rejection());
            } else {
                pending.add(line);
            }
        }
        exchange.setProperty(BATCH, pending);
        exchange.getMessage().setBody(pending.stream().map(InputLine::text).toList());
    }

    /** Body in: one embedding per text, in order. */
    public void writeBatch(Exchange exchange) throws Exception {
        List<InputLine> batch = batch(exchange);
        List<?> embeddings = exchange.getMessage().getBody(List.class);
        if (embeddings == null || embeddings.size() != batch.size()) {
            throw new IllegalStateException("expected " + batch.size() + " embeddings, got "
                    + (embeddings == null ? "none" : embeddings.size()));
        }
        FileCheckpoint checkpoint = checkpoint(exchange);
        for (int i = 0; i < batch.size(); i++) {
            embedded(checkpoint, fileName(exchange), batch.get(i), embeddings.get(i));
        }
    }

    /**
     * The provider rejected the batch's input (a 4xx other than auth or rate limits): embed its lines one by one so
     * only the lines it rejects go to the dead-letter file, each with the provider's reason. Any other failure
     * (auth, outage after retries) fails the file instead: it stays unfinished and is resumed later.
     */
    public void isolateFailures(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (!RejectedLines.isInputProblem(failure)) {
            throw failure;
        }
        FileCheckpoint checkpoint = checkpoint(exchange);
        String file = fileName(exchange);
        ProducerTemplate template = exchange.getContext().createProducerTemplate();
        try {
            RejectedLines.embedOneByOne(template, embedUri, batch(exchange), InputLine::text,
                    new RejectedLines.Outcome<>() {
                        @Override
                        public void embedded(InputLine line, Object embedding) throws Exception {
                            EmbeddingJob.this.embedded(checkpoint, file, line, embedding);
                        }

                        @Override
                        public void rejected(InputLine line, String reason) throws Exception {
                            deadLetter(checkpoint, file, line, reason);
                        }
                    });
        } finally {
            template.stop();
        }
    }

    public void flushBatch(Exchange exchange) throws Exception {
        FileCheckpoint checkpoint = checkpoint(exchange);
        checkpoint.flush();
        progress.maybeLog();
    }

    private void embedded(EmbeddingSink sink, String file, InputLine line, Object embedding) throws Exception {
        sink.embedded(file, line, embedding);
        progress.embedded();
    }

    private void deadLetter(EmbeddingSink sink, String file, InputLine line, String reason) throws Exception {
        sink.deadLetter(file, line, reason);
        progress.deadLettered();
    }

    public void closeFile(Exchange exchange) throws Exception {
        try (FileCheckpoint checkpoint = checkpoint(exchange)) {
            checkpoint.markDone();
            LOG.info("{}: done, {} lines; job: {}", fileName(exchange), checkpoint.doneCount(), progress);
        }
    }

    /** Closes the outputs of a file whose processing failed; its checkpoint lets the next attempt resume. */
    public void abandonFile(Exchange exchange) throws Exception {
        FileCheckpoint checkpoint = exchange.getProperty(CHECKPOINT, FileCheckpoint.class);
        if (checkpoint != null) {
            checkpoint.close();
        }
    }

    private static String fileName(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }

    private static FileCheckpoint checkpoint(Exchange exchange) {
        return exchange.getProperty(CHECKPOINT, FileCheckpoint.class);
    }

    @SuppressWarnings("unchecked")
    private static List<InputLine> batch(Exchange exchange) {
        return exchange.getProperty(BATCH, List.class);
    }
}
