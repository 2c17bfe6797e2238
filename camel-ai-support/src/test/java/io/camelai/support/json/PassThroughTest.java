package io.camelai.support.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.testing.StrictJsonDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassThroughTest {

    private static final Set<String> RESERVED = Set.of("model", "messages", "max_tokens", "stream_options");

    /** A request type whose pass-through map Jackson writes next to its own fields, as Azure's request does. */
    static class Request {
        public String model = "real";
        public Integer maxTokens;
        @JsonIgnore
        public final Map<String, Object> extra = new LinkedHashMap<>();

        @JsonAnyGetter
        public Map<String, Object> extra() {
            return extra;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "MODEL", "Model", "maxTokens", "MAX-TOKENS", "max__tokens", "streamOptions",
            "messages"})
    void aKeyNamingAReservedFieldInAnySpellingIsRefusedNamingTheOptionAndKey(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PassThrough.check("extra.", Map.of(key, "x"), RESERVED));

        assertTrue(e.getMessage().startsWith("Option extra." + key + " is not allowed"), e.getMessage());
        assertTrue(e.getMessage().contains("max_tokens, messages, model, stream_options"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ſtream_options", "mode\u212al", "a b", "", "x\n"})
    void aKeyThatIsNotAPlainAsciiNameIsRefused(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PassThrough.check("extra.", Map.of(key, "x"), RESERVED));

        assertTrue(e.getMessage().startsWith("Option extra.") && e.getMessage().contains("ASCII letters, digits"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "control characters are escaped: " + e.getMessage());
    }

    @Test
    void otherKeysGoInAsJsonWhenTheyParseAndNeverReplaceAKeyTheBodyHas() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("safe_prompt", false);

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("safe_prompt", "true");
        extra.put("top_k", "40");
        extra.put("mode", "fast");
        PassThrough.putAll(body, "extra.", extra, RESERVED);

        assertEquals(Map.of("safe_prompt", false, "top_k", AiJson.readTree("40"), "mode", "fast"), body);
    }

    @Test
    void aRequestBodyWithAKeyTwiceIsNeverWritten() {
        Request r = new Request();
        r.extra.put("model", "evil");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AiJson.write(r));

        assertTrue(e.getMessage().contains("Duplicate field 'model'"), e.getMessage());
    }

    @Test
    void mapKeysThatWriteAsTheSameNameAreCaughtToo() {
        Map<Object, Object> nested = new LinkedHashMap<>();
        nested.put(1, "a");
        nested.put("1", "b");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AiJson.write(Map.of("input", List.of(nested))));

        assertTrue(e.getMessage().contains("Duplicate field '1'"), e.getMessage());
    }

    @Test
    void theStrictTestParserRefusesWhatALenientParserWouldReadAsLastWins() throws Exception {
        String twice = "{\"model\":\"a\",\"messages\":[],\"model\":\"b\"}";
        assertEquals("b", AiJson.readTree(twice).get("model").asText(), "the lenient reading: last one wins");

        Exception e = assertThrows(Exception.class, () -> StrictJsonDispatcher.parse(twice));

        assertTrue(e.getMessage().contains("Duplicate field 'model'"), e.getMessage());
        JsonNode once = StrictJsonDispatcher.parse("{\"model\":\"a\",\"nested\":{\"model\":\"b\"}}");
        assertEquals("b", once.path("nested").path("model").asText());
    }
}
