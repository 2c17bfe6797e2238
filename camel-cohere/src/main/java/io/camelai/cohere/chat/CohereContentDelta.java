package io.camelai.cohere.chat;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.camelai.support.json.AiJson;

/**
 * Reads the text of a v2 {@code content-delta} event ({@code {"type":"content-delta","index":0,"delta":{"message":
 * {"content":{"text":"..."}}}}}, https://docs.cohere.com/v2/docs/streaming) without building a tree: nearly every
 * event of a stream is one, and the tree (a map per level) cost more than the rest of the chunk. The event exactly as
 * Cohere writes it (compact, in this order, a text without escapes) is cut out of the data; another layout goes
 * through Jackson's streaming parser. Anything else, or any shape this reader does not expect (another order, a
 * duplicate key, malformed JSON), is left to the tree reader, which decides it exactly as before.
 */
final class CohereContentDelta {

    /** The event is a content delta without text (no chunk). */
    static final String NO_TEXT = new String("");

    private static final String PREFIX = "{\"type\":\"content-delta\",\"index\":";
    private static final String MIDDLE = ",\"delta\":{\"message\":{\"content\":{\"text\":\"";
    private static final String SUFFIX = "\"}}}}";

    private CohereContentDelta() {}

    /**
     * @return the delta's text; {@link #NO_TEXT} when it has none; null when the event is not a content delta of
     *         the usual shape
     */
    static String text(String data) {
        String exact = exact(data);
        if (exact != null) {
            return exact;
        }
        try (JsonParser p = AiJson.mapper().getFactory().createParser(data)) {
            return read(p);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The text when the event is byte for byte the compact form with a text of plain characters (no quote, no
     * backslash, no control character: such a text needs JSON's unescaping, or is not JSON); else null.
     */
    static String exact(String d) {
        if (!d.startsWith(PREFIX)) {
            return null;
        }
        int i = PREFIX.length();
        int digits = i;
        while (i < d.length() && i - digits < 9 && d.charAt(i) >= '0' && d.charAt(i) <= '9') {
            i++;
        }
        // a JSON number: no leading zero but 0 itself
        if (i == digits || d.charAt(digits) == '0' && i - digits > 1 || !d.startsWith(MIDDLE, i)) {
            return null;
        }
        int start = i + MIDDLE.length();
        int end = d.length() - SUFFIX.length();
        if (end < start || !d.endsWith(SUFFIX)) {
            return null;
        }
        for (int k = start; k < end; k++) {
            char c = d.charAt(k);
            if (c == '"' || c == '\\' || c < 0x20) {
                return null;
            }
        }
        return d.substring(start, end);
    }

    private static String read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        boolean typed = false;
        String text = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("type".equals(name)) {
                if (typed || value != JsonToken.VALUE_STRING || !"content-delta".equals(p.getText())) {
                    return null;
                }
                typed = true;
            } else if ("delta".equals(name)) {
                // the type must come first (as Cohere sends it), and only one delta
                if (!typed || text != null || value != JsonToken.START_OBJECT) {
                    return null;
                }
                text = inside(p, "message", "content", 0);
                if (text == null) {
                    return null;
                }
            } else {
                p.skipChildren();
            }
        }
        return t == JsonToken.END_OBJECT && typed && text != null ? text : null;
    }

    /**
     * With the parser on the start of an object, finds {@code path[depth]} in it and descends; at the innermost
     * object ({@code content}) reads {@code text}. Consumes the object up to its end.
     */
    private static String inside(JsonParser p, String first, String second, int depth) throws IOException {
        String key = depth == 0 ? first : depth == 1 ? second : "text";
        String found = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!key.equals(name)) {
                p.skipChildren();
                continue;
            }
            if (found != null) {
                return null; // a key twice: the tree reader keeps the last one, let it decide
            }
            if (depth == 2) {
                if (value == JsonToken.VALUE_NULL) {
                    found = NO_TEXT;
                } else if (value == JsonToken.VALUE_STRING) {
                    found = p.getText();
                } else {
                    return null;
                }
            } else if (value == JsonToken.START_OBJECT) {
                found = inside(p, first, second, depth + 1);
                if (found == null) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (t != JsonToken.END_OBJECT) {
            return null;
        }
        return found == null ? NO_TEXT : found;
    }
}
