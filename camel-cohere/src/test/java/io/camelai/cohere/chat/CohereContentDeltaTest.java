package io.camelai.cohere.chat;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.json.AiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The streaming reader of content deltas answers exactly as the tree reader would, or leaves the event to it: it
 * never yields a text the tree would not.
 */
class CohereContentDeltaTest {

    @Test
    void readsTheTextOfAContentDeltaAsCohereSendsIt() {
        // https://docs.cohere.com/v2/docs/streaming: a content-delta event
        assertEquals("Hello", CohereContentDelta.text(
                "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{\"content\":{\"text\":\"Hello\"}}}}"));
        assertEquals(" \"quoted\" \u00e9\n", CohereContentDelta.text(
                "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{\"content\":{\"text\":"
                        + "\" \\\"quoted\\\" \\u00e9\\n\"}}},\"logprobs\":[{\"a\":1}]}"));
        assertEquals("", CohereContentDelta.text(
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":{\"text\":\"\"}}}}"));
    }

    @Test
    void cutsTheCompactFormOutWithoutAParser() {
        String compact = "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{\"content\":{\"text\":";
        assertEquals(" Paris \u00e9\u4e2d\ud83d\ude00", CohereContentDelta.exact(compact
                + "\" Paris \u00e9\u4e2d\ud83d\ude00\"}}}}"));
        assertEquals("", CohereContentDelta.exact(compact + "\"\"}}}}"));
        assertEquals("x", CohereContentDelta.exact(compact.replace(":0,", ":12,") + "\"x\"}}}}"));
        // escapes, another index form, an unterminated text, a quote inside, a control character: the parsers decide
        assertNull(CohereContentDelta.exact(compact + "\"a\\nb\"}}}}"));
        assertEquals("a\nb", CohereContentDelta.text(compact + "\"a\\nb\"}}}}"));
        assertNull(CohereContentDelta.exact(compact.replace(":0,", ":01,") + "\"x\"}}}}"));
        assertNull(CohereContentDelta.text(compact.replace(":0,", ":01,") + "\"x\"}}}}"));
        assertNull(CohereContentDelta.exact(compact.replace(":0,", ":1234567890,") + "\"x\"}}}}"));
        assertNull(CohereContentDelta.exact(compact + "}}}}"));
        assertNull(CohereContentDelta.exact(compact + "\"a\"}}}}\"}}}}"));
        assertNull(CohereContentDelta.exact(compact + "\"a\tb\"}}}}"));
        assertNull(CohereContentDelta.exact(compact + "\"a\"}}}} "));
        assertNull(CohereContentDelta.exact(compact + "null}}}}"));
    }

    @Test
    void aDeltaWithoutTextIsNoChunk() {
        assertSame(CohereContentDelta.NO_TEXT, CohereContentDelta.text(
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":{\"text\":null}}}}"));
        assertSame(CohereContentDelta.NO_TEXT, CohereContentDelta.text(
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{}}}"));
    }

    @Test
    void leavesEverythingElseToTheTreeReader() {
        assertNull(CohereContentDelta.text("{\"type\":\"message-end\",\"delta\":{\"finish_reason\":\"COMPLETE\"}}"));
        assertNull(CohereContentDelta.text("{\"delta\":{\"message\":{\"content\":{\"text\":\"a\"}}},"
                + "\"type\":\"content-delta\"}"));
        assertNull(CohereContentDelta.text("{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":"
                + "{\"text\":\"a\",\"text\":\"b\"}}}}"));
        assertNull(CohereContentDelta.text("{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":"
                + "{\"text\":\"a\"}}"));
        assertNull(CohereContentDelta.text("[1]"));
        assertNull(CohereContentDelta.text("not json"));
    }

    static Stream<String> events() {
        String d = "\"delta\":{\"message\":{\"content\":{\"text\":\"x\"}}}";
        return Stream.of(
                "{\"type\":\"content-delta\"," + d + "}",
                "{\"type\":\"content-delta\",\"index\":3," + d + ",\"extra\":[1,{\"b\":[]}]}",
                "{" + d + ",\"type\":\"content-delta\"}",
                "{\"type\":\"content-delta\",\"type\":\"content-delta\"," + d + "}",
                "{\"type\":\"content-delta\"," + d + "," + d + "}",
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":{\"text\":5}}}}",
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":\"text\"}}}",
                "{\"type\":\"content-delta\",\"delta\":{\"message\":[{\"content\":{\"text\":\"x\"}}]}}",
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":{\"text\":\"x\"},"
                        + "\"content\":{\"text\":\"y\"}}}}",
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":{\"text\":\"x\"}}}} trailing",
                "{\"type\":\"content-delta\",\"delta\":{\"message\":{\"content\":{\"text\":\"x\"}}}",
                "{\"type\":\"content-delta\",\"delta\":null}",
                "{\"type\":1," + d + "}",
                "{\"type\":\"tool-plan-delta\"," + d + "}",
                "{}",
                "",
                "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{\"content\":{\"text\":\"\"}}}}",
                "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{\"content\":{\"text\":\"}}}}",
                "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{\"content\":{\"text\":\"\u00e9 \\\"q\\\" \\u0041\"}}}}",
                "{\"type\":\"content-delta\",\"index\":00,\"delta\":{\"message\":{\"content\":{\"text\":\"x\"}}}}",
                "{\"type\":\"content-delta\",\"index\":0,\"delta\":{\"message\":{\"content\":{\"text\":\"a\tb\"}}}}");
    }

    /** Whatever the streaming reader answers, the tree reader (the stream source's own logic) answers the same. */
    @ParameterizedTest
    @MethodSource("events")
    void neverDisagreesWithTheTree(String data) {
        String fast = CohereContentDelta.text(data);
        if (fast == null) {
            return;
        }
        JsonNode json = AiJson.readTreeOrNull(data);
        assertEquals("content-delta", json.path("type").asText());
        JsonNode text = json.path("delta").path("message").path("content").get("text");
        if (fast == CohereContentDelta.NO_TEXT) {
            assertEquals(true, text == null || text.isNull(), data);
        } else {
            assertEquals(text.asText(), fast, data);
        }
    }
}
