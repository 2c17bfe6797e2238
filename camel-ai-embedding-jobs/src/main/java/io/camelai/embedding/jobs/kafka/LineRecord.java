package io.camelai.embedding.jobs.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.embedding.jobs.InputLine;

/**
 * One input line as it travels on the lines topic: keyed {@code file:line}, its value the JSON object
 * {@code {file, line, id, text}}, or {@code {file, line, id, reason}} for a line the publisher could not read (not
 * UTF-8, empty, invalid JSON), which the worker writes as a dead letter without calling the provider.
 */
record LineRecord(String file, int line, String id, String text, String reason) {

    /** The maximum size of a record's JSON value a worker accepts; larger values are dead letters. */
    static final int MAX_VALUE_CHARS = 1 << 20;

    static LineRecord of(String file, InputLine input) {
        return new LineRecord(file, input.number(), input.id(), input.text(), input.rejection());
    }

    /** The identity of a line everywhere in Kafka mode: the key of its input and output records. */
    static String key(String file, int line) {
        return file + ":" + line;
    }

    String key() {
        return key(file, line);
    }

    boolean rejected() {
        return reason != null;
    }

    String toJson(ObjectMapper json) {
        ObjectNode node = json.createObjectNode().put("file", file).put("line", line);
        if (id != null) {
            node.put("id", id);
        }
        if (text != null) {
            node.put("text", text);
        }
        if (reason != null) {
            node.put("reason", reason);
        }
        return node.toString();
    }

    /**
     * Reads a record of the lines topic. A value that is not such a record (another producer wrote to the topic)
     * becomes a dead letter under its Kafka key, so it is visible in the output instead of silently dropped.
     */
    static LineRecord parse(ObjectMapper json, String key, String value) {
        if (value == null || value.length() > MAX_VALUE_CHARS) {
            return invalid(key, value == null ? "no value" : "value larger than " + MAX_VALUE_CHARS + " chars");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return invalid(key, "value is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.path("file").isTextual() || !node.path("line").canConvertToInt()
                || node.path("line").asInt() < 1) {
            return invalid(key, "value has no \"file\" and \"line\"");
        }
        String file = node.get("file").asText();
        int line = node.get("line").asInt();
        String id = node.hasNonNull("id") ? node.get("id").asText() : null;
        String text = node.path("text").isTextual() ? node.get("text").asText() : null;
        String reason = node.path("reason").isTextual() ? node.get("reason").asText() : null;
        if (text == null && reason == null) {
            reason = "no \"text\" string in the record";
        }
        return new LineRecord(file, line, id, text, reason);
    }

    private static LineRecord invalid(String key, String reason) {
        String k = key == null ? "" : key;
        int colon = k.lastIndexOf(':');
        int line = 0;
        if (colon > 0) {
            try {
                line = Integer.parseInt(k.substring(colon + 1));
            } catch (NumberFormatException e) {
                line = 0;
            }
        }
        return new LineRecord(colon > 0 ? k.substring(0, colon) : k, line, null, null, reason);
    }
}
