package io.camelai.support.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.support.config.ValueRange;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestBodyTest {

    static class Config {
        @UriParam(label = "producer")
        @ValueRange(min = 0, max = 1)
        Double temperature;
    }

    /** A typed request as a caller would send it: every field must reach the body, none may be changed. */
    static class Own {
        public String model = "own-model";
        public Double temperature;
        public List<Object> messages = new ArrayList<>(List.of(Map.of("role", "user", "content", "hi")));
    }

    static final Set<String> FIELDS = Set.of("model", "temperature", "messages", "stream", "top_p");

    @Test
    void theCallersRequestIsCopiedWholeAndNeverChanged() {
        Own own = new Own();
        RequestBody b = RequestBody.of(own, FIELDS, Config.class);
        List<Object> messages = b.list("messages");
        messages.add(Map.of("role", "user", "content", "more"));
        b.set("messages", messages).fill("model", "option-model").fill("temperature", 0.5);

        assertEquals(AiJson.readTree("""
                {"model":"own-model","temperature":0.5,"messages":[{"role":"user","content":"hi"},
                 {"role":"user","content":"more"}]}"""), AiJson.mapper().valueToTree(b.map()));
        assertEquals(1, own.messages.size(), "the caller's list is not changed");
        assertEquals(null, own.temperature, "the caller's field is not changed");
    }

    @Test
    void fillPutsTheFirstNonNullValueOnlyWhereNothingIsSetAndOverrideReplacesIt() {
        RequestBody b = RequestBody.of(null, FIELDS, Config.class).fill("top_p", null, 0.3, 0.4).fill("top_p", 0.9);
        b.override("model", null).fill("model", "option").override("model", "header");

        assertEquals(Map.of("top_p", 0.3, "model", "header"), b.map());
    }

    @Test
    void aHeaderValueOutOfTheOptionsRangeIsRefusedNamingTheOption() {
        RequestBody b = RequestBody.of(null, FIELDS, Config.class);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.checked("temperature", "temperature", 1.5));
        assertEquals("Invalid value 1.5 for option temperature: must be in [0, 1]", e.getMessage());
        assertEquals(Map.of(), b.map());
        assertThrows(IllegalArgumentException.class, () -> b.override("temperature", 2.0).check("temperature",
                "temperature"), "the value sent is checked, wherever it came from");
    }

    @Test
    void aKeyTheComponentDidNotDeclareIsRefused() {
        RequestBody b = RequestBody.of(null, FIELDS, Config.class);

        assertThrows(IllegalStateException.class, () -> b.fill("max_tokens", 5));
    }

    @Test
    void passThroughKeysFillOnlyWhatIsUnsetAndNeverNameADeclaredField() {
        Map<String, Object> own = Map.of("safe_prompt", false);
        RequestBody b = RequestBody.of(own, FIELDS, Config.class)
                .passThrough("extra.", Map.of("safe_prompt", "true", "top_k", "40"));

        assertEquals(false, b.map().get("safe_prompt"));
        assertEquals(40, AiJson.mapper().valueToTree(b.map()).get("top_k").asInt());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.passThrough("extra.", Map.of("topP", "1")));
        assertEquals(true, e.getMessage().startsWith("Option extra.topP is not allowed: 'top_p' is a request field"));
    }

    @Test
    void streamIsTrueWhenStreamingAndAbsentOtherwiseWhateverTheCallerSaid() {
        assertEquals(Map.of("stream", true), RequestBody.of(Map.of("stream", false), FIELDS, Config.class)
                .stream(true).map());
        assertEquals(Map.of(), RequestBody.of(Map.of("stream", true), FIELDS, Config.class).stream(false).map());
    }
}
