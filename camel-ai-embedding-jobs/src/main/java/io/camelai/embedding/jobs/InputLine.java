package io.camelai.embedding.jobs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of an input file: its 1-based number, the optional id (JSONL), and the text to embed, or why it cannot
 * be embedded. Text files give one text per line; JSONL files one object per line with {@code text} and an optional
 * {@code id}. Lines are strict UTF-8, decoded one by one, so a bad line is rejected alone.
 */
public record InputLine(int number, String id, String text, String rejection) {

    public static InputLine parse(ObjectMapper json, boolean jsonl, int number, byte[] bytes) {
        // strict: a line that is not UTF-8 is rejected, never "repaired" with U+FFFD into a text nobody wrote
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        if (decodeUtf8(in, chars).isError()) {
            int at = in.position();
            return rejected(number, String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at));
        }
        String line = chars.flip().toString();
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank()) {
            return rejected(number, "empty line");
        }
        if (!jsonl) {
            return new InputLine(number, null, line, null);
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return rejected(number, "invalid JSON: " + e.getOriginalMessage());
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : null;
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return new InputLine(number, id, null, "no \"text\" string in the JSON object");
        }
        return new InputLine(number, id, text.asText(), null);
    }

    public boolean rejected() {
        return rejection != null;
    }

    private static InputLine rejected(int number, String reason) {
        return new InputLine(number, null, null, reason);
    }

    /** On an error, {@code in} stands at the first byte of the invalid sequence. */
    private static CoderResult decodeUtf8(ByteBuffer in, CharBuffer out) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(in, out, true);
        return result.isError() ? result : utf8.flush(out);
    }
}
