package io.camelai.embedding.jobs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The output of one input file (the JSONL {@link EmbeddingSink}) and how far it got. Every input line ends up as exactly one record: in
 * {@code <name>.embeddings.jsonl} or, with the reason, in {@code <name>.dead-letter.jsonl}. Both carry the line
 * number, so after a kill the job reads them back, drops a half-written last record, and skips the lines already
 * done: a restart neither loses nor duplicates a line. {@code <name>.done} marks a finished file.
 */
final class FileCheckpoint implements EmbeddingSink, AutoCloseable {

    private final ObjectMapper json;
    private final Path embeddings;
    private final Path deadLetters;
    private final Path doneMarker;
    private final BitSet done = new BitSet();
    private BufferedWriter embeddingsOut;
    private BufferedWriter deadLettersOut;

    private FileCheckpoint(ObjectMapper json, Path outputDir, String fileName) {
        this.json = json;
        this.embeddings = outputDir.resolve(fileName + ".embeddings.jsonl");
        this.deadLetters = outputDir.resolve(fileName + ".dead-letter.jsonl");
        this.doneMarker = outputDir.resolve(fileName + ".done");
    }

    static boolean isDone(Path outputDir, String fileName) {
        return Files.exists(outputDir.resolve(fileName + ".done"));
    }

    /** Opens the outputs of a file, recovering what an earlier run wrote. */
    static FileCheckpoint open(ObjectMapper json, Path outputDir, String fileName) throws IOException {
        FileCheckpoint c = new FileCheckpoint(json, outputDir, fileName);
        c.recover(c.embeddings);
        c.recover(c.deadLetters);
        c.embeddingsOut = Files.newBufferedWriter(c.embeddings, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        c.deadLettersOut = Files.newBufferedWriter(c.deadLetters, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return c;
    }

    /** Truncates a record cut short by a kill, then notes the line numbers of the complete ones. */
    private void recover(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            long keep = end;
            while (keep > 0) {
                raf.seek(keep - 1);
                if (raf.read() == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                raf.setLength(keep);
            }
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                JsonNode line = json.readTree(l).get("line");
                if (line == null || !line.canConvertToInt()) {
                    throw new IOException("Cannot resume from " + file + ": a record has no line number: " + l);
                }
                done.set(line.asInt());
            }
        }
    }

    boolean isDone(int line) {
        return done.get(line);
    }

    int doneCount() {
        return done.cardinality();
    }

    @Override
    public void embedded(String file, InputLine line, Object embedding) throws IOException {
        write(embeddingsOut, OutputRecords.embedding(json, file, line, embedding));
        done.set(line.number());
    }

    @Override
    public void deadLetter(String file, InputLine line, String reason) throws IOException {
        write(deadLettersOut, OutputRecords.deadLetter(json, file, line, reason));
        done.set(line.number());
    }

    private void write(BufferedWriter out, JsonNode record) throws IOException {
        out.write(json.writeValueAsString(record));
        out.write('\n');
    }

    /** Pushes a batch's records to the file before the next batch starts. */
    @Override
    public void flush() throws IOException {
        embeddingsOut.flush();
        deadLettersOut.flush();
    }

    void markDone() throws IOException {
        flush();
        Files.writeString(doneMarker, done.cardinality() + " lines\n");
    }

    @Override
    public void close() throws IOException {
        try {
            embeddingsOut.close();
        } finally {
            deadLettersOut.close();
        }
    }
}
