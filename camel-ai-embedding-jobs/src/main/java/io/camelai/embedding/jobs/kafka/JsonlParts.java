package io.camelai.embedding.jobs.kafka;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the workers' part files into the final output of Kafka mode, the same files the single-machine job writes:
 * {@code <file>.embeddings.jsonl} and {@code <file>.dead-letter.jsonl} per input file, exactly one record per
 * {@code file:line} over both. A key seen again (a batch a killed worker had written before its offsets were
 * committed, or a file published twice) is dropped; so is a part's last line cut short by a kill. Only the set of
 * keys is held in memory; records keep the order the parts hold them in (each carries its line number).
 */
public final class JsonlParts {

    static final String SUFFIX = ".jsonl";

    /** What a compaction found. */
    public record Summary(long records, long repeated, long incomplete) {}

    private JsonlParts() {}

    static Path partsDir(Path outputDir) {
        return outputDir.resolve("parts");
    }

    /** Writes the final output into {@code outputDir}, replacing an earlier compaction's files. */
    public static Summary compact(Path outputDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        Map<String, BufferedWriter> outputs = new HashMap<>();
        long records = 0;
        long repeated = 0;
        long incomplete = 0;
        try {
            for (Path part : parts(outputDir)) {
                try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    for (String l = in.readLine(); l != null; l = in.readLine()) {
                        JsonNode r = readRecord(json, l);
                        if (r == null) {
                            incomplete++;
                            continue;
                        }
                        String file = r.get("file").asText();
                        if (!seen.add(LineRecord.key(file, r.get("line").asInt()))) {
                            repeated++;
                            continue;
                        }
                        String name = file + (r.has("embedding") ? ".embeddings.jsonl" : ".dead-letter.jsonl");
                        BufferedWriter out = outputs.get(name);
                        if (out == null) {
                            out = Files.newBufferedWriter(outputDir.resolve(safeName(name)), StandardCharsets.UTF_8);
                            outputs.put(name, out);
                        }
                        out.write(l);
                        out.write('\n');
                        records++;
                    }
                }
            }
        } finally {
            for (BufferedWriter out : outputs.values()) {
                out.close();
            }
        }
        return new Summary(records, repeated, incomplete);
    }

    private static List<Path> parts(Path outputDir) throws IOException {
        List<Path> parts = new ArrayList<>();
        Path dir = partsDir(outputDir);
        if (!Files.isDirectory(dir)) {
            return parts;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            files.forEach(parts::add);
        }
        parts.sort(null);
        return parts;
    }

    /** A complete record, or null (a line cut short by a kill, or not a record of the job). */
    private static JsonNode readRecord(ObjectMapper json, String line) {
        try {
            JsonNode r = json.readTree(line);
            return r != null && r.path("file").isTextual() && r.path("line").canConvertToInt()
                    && (r.has("embedding") || r.has("reason")) ? r : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Input file names come from the lines topic: never let one name a path outside the output folder. */
    private static String safeName(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalStateException("Refusing output file name from the lines topic: " + name);
        }
        return name;
    }
}
