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
 * One input line: its 1-based number, the optional id, and the text to embed, or why it cannot be embedded (then
 * {@code text} is null). Lines are untrusted bytes, decoded one by one as strict UTF-8, so a bad line is rejected
 * alone. Text files give one text per line; JSONL files one object per line with a text field and an optional id
 * field; CSV lines are read by {@link CsvLines}.
 */
public record InputLine(int number, String id, String text, String rejection) {

    /** A {@code .txt} line ({@code jsonl} false) or a JSONL line with the fields {@code text} and {@code id}. */
    public static InputLine parse(ObjectMapper json, boolean jsonl, int number, byte[] bytes) {
        return jsonl ? jsonl(json, number, bytes, "text", "id") : text(number, bytes);
    }

    /**
     * A line as text: strict UTF-8, without a leading byte order mark (line 1) or the CR of a CRLF line end;
     * rejected when it is not UTF-8 or blank.
     */
    public static InputLine text(int number, byte[] bytes) {
        // strict: a line that is not UTF-8 is rejected, never "repaired" with U+FFFD into a text nobody wrote
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        if (decodeUtf8(in, chars).isError()) {
            int at = in.position();
            return rejected(number, null,
                    String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at));
        }
        String line = chars.flip().toString();
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank()) {
            return rejected(number, null, "empty line");
        }
        return new InputLine(number, null, line, null);
    }

    /** A JSONL line: one JSON object, its text in {@code textField}, its id (if any) in {@code idField}. */
    public static InputLine jsonl(ObjectMapper json, int number, byte[] bytes, String textField, String idField) {
        InputLine line = text(number, bytes);
        if (line.rejected()) {
            return line;
        }
        JsonNode node;
        try {
            node = json.readTree(line.text());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return rejected(number, null, "invalid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return rejected(number, null, "not a JSON object");
        }
        String id = idField != null && node.hasNonNull(idField) ? node.get(idField).asText() : null;
        JsonNode text = node.get(textField);
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return rejected(number, id, "no \"" + textField + "\" string in the JSON object");
        }
        return new InputLine(number, id, text.asText(), null);
    }

    public static InputLine rejected(int number, String id, String reason) {
        return new InputLine(number, id, null, reason);
    }

    public boolean rejected() {
        return rejection != null;
    }

    /** On an error, {@code in} stands at the first byte of the invalid sequence. */
    private static CoderResult decodeUtf8(ByteBuffer in, CharBuffer out) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(in, out, true);
        return result.isError() ? result : utf8.flush(out);
    }
}
