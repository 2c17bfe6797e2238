package io.camelai.support.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.support.config.ValueRange;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestBodyTest {

    static final Set<String> FIELDS = Set.of("model", "temperature", "messages", "stream", "top_p");

    static class Config {
        @UriParam(label = "producer")
        @ValueRange(min = 0, max = 1)
        Double temperature;
    }

    static class Own extends WireRequest<Own> {
        Own() {
            put("model", "own-model").put("messages", new ArrayList<>(List.of(Map.of("role", "user"))));
        }
    }

    @Test
    void theCallersRequestIsCopiedWholeAndNeverChanged() {
        Own own = new Own();
        RequestBody b = RequestBody.of(own, FIELDS, Config.class);
        List<Object> messages = b.list("messages");
        messages.add(Map.of("role", "assistant"));
        b.set("messages", messages).fill("model", "option-model").fill("temperature", null, 0.5);

        assertEquals(AiJson.readTree("""
                {"model":"own-model","temperature":0.5,"messages":[{"role":"user"},{"role":"assistant"}]}"""),
                AiJson.mapper().valueToTree(b.map()));
        assertEquals(List.of(Map.of("role", "user")), own.fields().get("messages"));
        assertNull(own.fields().get("temperature"));
    }

    @Test
    void aValueOutOfTheOptionsRangeIsRefusedAndAnUndeclaredKeyIsNeverWritten() {
        RequestBody b = RequestBody.of(null, FIELDS, Config.class).override("model", null).override("top_p", 0.3);

        assertEquals("Invalid value 1.5 for option temperature: must be in [0, 1]", assertThrows(
                IllegalArgumentException.class, () -> b.set("temperature", 1.5).check("temperature", "temperature"))
                .getMessage());
        assertThrows(IllegalStateException.class, () -> b.fill("max_tokens", 5));
        assertEquals(Map.of("top_p", 0.3, "temperature", 1.5), b.map());
    }

    @Test
    void passThroughKeysFillOnlyWhatIsUnsetAndNeverNameADeclaredField() {
        RequestBody b = RequestBody.of(Map.of("safe_prompt", false, "stream", false), FIELDS, Config.class)
                .passThrough("extra.", Map.of("safe_prompt", "true", "top_k", "40")).stream(false);

        assertEquals(AiJson.readTree("{\"safe_prompt\":false,\"top_k\":40}"), AiJson.mapper().valueToTree(b.map()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.passThrough("extra.", Map.of("topP", "1")))
                .getMessage().startsWith("Option extra.topP is not allowed: 'top_p' is a request field"));
        assertEquals(true, b.stream(true).map().get("stream"));
    }
}
