package io.camelai.simulator.cohere;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimJson;

/**
 * Reads a dataset upload as the API describes it (https://docs.cohere.com/docs/datasets): {@code .jsonl} (one object
 * per line), {@code .csv} (a header row; {@code csv_delimiter}) or {@code .txt} (entries split by
 * {@code text_separator}, each a {@code text}); keeps the type's required fields plus {@code keep_fields} (required
 * in every row) and {@code optional_fields} (kept when present); a row that lacks one fails validation, or is dropped
 * with a warning under {@code skip_malformed_input}.
 */
final class DatasetUpload {

    static final Map<String, List<String>> REQUIRED = Map.of(
            "embed-input", List.of("text"),
            "embed-result", List.of("text"),
            "chat-finetune-input", List.of("messages"),
            "reranker-finetune-input", List.of("query", "relevant_passages"),
            "single-label-classification-finetune-input", List.of("text", "label"),
            "multi-label-classification-finetune-input", List.of("text", "label"),
            "batch-chat-input", List.of(),
            "batch-openai-chat-input", List.of(),
            "batch-embed-v2-input", List.of(),
            "batch-chat-v2-input", List.of());

    /** A request the API refuses at once (400), before any validation. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    private final String type;
    private final List<String> keep;
    private final List<String> optional;
    private final boolean skipMalformed;
    private final String textSeparator;
    private final char delimiter;
    private final List<String> warnings = new ArrayList<>();
    private String error;

    DatasetUpload(String type, List<String> keep, List<String> optional, boolean skipMalformed,
            String textSeparator, String csvDelimiter) throws Rejected {
        if (!REQUIRED.containsKey(type)) {
            throw new Rejected("invalid request: the dataset type '" + type + "' is invalid; valid types are "
                    + String.join(", ", REQUIRED.keySet().stream().sorted().toList()));
        }
        if (csvDelimiter != null && csvDelimiter.length() != 1) {
            throw new Rejected("invalid request: you have used an invalid csv delimiter: the csv delimiter must be"
                    + " one character long");
        }
        this.type = type;
        this.keep = keep;
        this.optional = optional;
        this.skipMalformed = skipMalformed;
        this.textSeparator = textSeparator == null ? "\n" : textSeparator;
        this.delimiter = csvDelimiter == null ? ',' : csvDelimiter.charAt(0);
    }

    /** The dataset of this upload: validated, or failed with the first problem. */
    SimDataset dataset(String id, String name, SimMultipart.Part data, SimMultipart.Part eval, boolean keepOriginal)
            throws Rejected {
        List<ObjectNode> rows = rows(data);
        List<ObjectNode> evalRows = eval == null ? List.of() : rows(eval);
        Set<String> fields = new LinkedHashSet<>(REQUIRED.get(type));
        fields.addAll(keep);
        fields.addAll(optional);
        return new SimDataset(id, name, type, REQUIRED.get(type), List.copyOf(fields), List.of(), rows, evalRows,
                List.copyOf(warnings), error, keepOriginal ? data.data() : null, false);
    }

    private List<ObjectNode> rows(SimMultipart.Part part) throws Rejected {
        String file = part.filename() == null ? "" : part.filename().toLowerCase();
        String text = new String(part.data(), StandardCharsets.UTF_8);
        List<ObjectNode> raw;
        if (file.endsWith(".jsonl")) {
            raw = jsonl(text);
        } else if (file.endsWith(".csv")) {
            raw = csv(text);
        } else if (file.endsWith(".txt")) {
            raw = new ArrayList<>();
            for (String entry : text.split(java.util.regex.Pattern.quote(textSeparator))) {
                if (!entry.isBlank()) {
                    raw.add(SimJson.object().put("text", entry.strip()));
                }
            }
        } else {
            throw new Rejected("invalid request: unsupported file type '" + part.filename() + "': use .jsonl, .csv or"
                    + " .txt");
        }
        List<ObjectNode> kept = new ArrayList<>();
        for (int line = 1; line <= raw.size(); line++) {
            ObjectNode row = raw.get(line - 1);
            if (row == null) {
                malformed("line " + line + " is not a JSON object", line);
                continue;
            }
            String missing = missing(row);
            if (missing != null) {
                malformed("The required field " + missing + " was not found in the dataset (line: " + line + ")",
                        line);
                continue;
            }
            ObjectNode out = SimJson.object();
            for (String f : REQUIRED.get(type)) {
                out.set(f, row.get(f));
            }
            keep.forEach(f -> out.set(f, row.get(f)));
            optional.stream().filter(row::hasNonNull).forEach(f -> out.set(f, row.get(f)));
            kept.add(out);
        }
        return kept;
    }

    private void malformed(String problem, int line) {
        if (skipMalformed) {
            warnings.add("dropped line " + line + ": " + problem);
        } else if (error == null) {
            error = problem;
        }
    }

    private String missing(ObjectNode row) {
        for (String f : REQUIRED.get(type)) {
            if (!row.hasNonNull(f) || row.get(f).isTextual() && row.get(f).asText().isBlank()) {
                return f;
            }
        }
        return keep.stream().filter(f -> !row.hasNonNull(f)).findFirst().orElse(null);
    }

    private static List<ObjectNode> jsonl(String text) {
        List<ObjectNode> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                JsonNode node = SimJson.readOrNull(line);
                rows.add(node != null && node.isObject() ? (ObjectNode) node : null);
            }
        }
        return rows;
    }

    private List<ObjectNode> csv(String text) throws Rejected {
        List<List<String>> records = CsvRows.parse(text, delimiter);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        for (String f : REQUIRED.get(type)) {
            if (!header.contains(f)) {
                error = "csv files must have a header with the required fields: " + REQUIRED.get(type);
            }
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            ObjectNode row = SimJson.object();
            for (int i = 0; i < header.size() && i < r.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
