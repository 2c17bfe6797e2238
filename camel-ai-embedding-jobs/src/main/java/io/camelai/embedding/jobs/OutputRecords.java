package io.camelai.embedding.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The output records, one per input line: {@code {"file", "line", "id", "embedding"}} and the dead letter
 * {@code {"file", "line", "id", "text", "reason"}}; {@code id} only when the line has one, {@code text} only when the
 * line could be read. The line number is what a resume reads back.
 */
public final class OutputRecords {

    private OutputRecords() {}

    public static ObjectNode embedding(ObjectMapper json, String file, InputLine line, Object embedding) {
        ObjectNode record = start(json, file, line);
        record.set("embedding", json.valueToTree(embedding));
        return record;
    }

    public static ObjectNode deadLetter(ObjectMapper json, String file, InputLine line, String reason) {
        ObjectNode record = start(json, file, line);
        if (line.text() != null) {
            record.put("text", line.text());
        }
        record.put("reason", reason);
        return record;
    }

    private static ObjectNode start(ObjectMapper json, String file, InputLine line) {
        ObjectNode record = json.createObjectNode().put("file", file).put("line", line.number());
        if (line.id() != null) {
            record.put("id", line.id());
        }
        return record;
    }
}
