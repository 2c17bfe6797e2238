package io.camelai.examples.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of an input file: its 1-based number, the optional id (JSONL), and the text to embed, or why it cannot
 * be embedded. Text files give one text per line; JSONL files one object per line with {@code text} and an optional
 * {@code id}.
 */
record InputLine(int number, String id, String text, String rejection) {

    static InputLine parse(ObjectMapper json, boolean jsonl, int number, String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (line.isBlank()) {
            return new InputLine(number, null, null, "empty line");
        }
        if (!jsonl) {
            return new InputLine(number, null, line, null);
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new InputLine(number, null, null, "invalid JSON: " + e.getOriginalMessage());
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : null;
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return new InputLine(number, id, null, "no \"text\" string in the JSON object");
        }
        return new InputLine(number, id, text.asText(), null);
    }

    boolean rejected() {
        return rejection != null;
    }
}
