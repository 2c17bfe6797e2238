package io.camelai.support.config;

import java.util.List;

import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OptionValidatorTest {

    static class Config {
        @UriParam(label = "producer", enums = "CONTEXTUAL,STRICT,OFF")
        String safetyMode;
        @UriParam(label = "producer")
        @ValueRange(min = 0, max = 500)
        Integer k;
        @UriParam(label = "producer")
        @ValueRange(min = 0, max = 1, minExclusive = true)
        Double temperature;
        @UriParam(label = "producer")
        @MaxItems(5)
        List<String> stopSequences;
        @UriParam(label = "security", secret = true)
        String apiKey;
    }

    @Test
    void validValuesAndNullsPass() {
        Config c = new Config();
        assertDoesNotThrow(() -> OptionValidator.validate(c));
        c.safetyMode = "STRICT";
        c.k = 500;
        c.temperature = 1.0;
        c.stopSequences = List.of("a", "b", "c", "d", "e");
        assertDoesNotThrow(() -> OptionValidator.validate(c));
    }

    @Test
    void messagesNameTheOptionAndWhatItAllows() {
        Config c = new Config();
        c.safetyMode = "LOOSE";
        assertEquals("Invalid value 'LOOSE' for option safetyMode: allowed values are CONTEXTUAL, STRICT, OFF",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(c)).getMessage());

        Config k = new Config();
        k.k = 501;
        assertEquals("Invalid value 501 for option k: must be in [0, 500]",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(k)).getMessage());

        Config t = new Config();
        t.temperature = 0.0;
        assertEquals("Invalid value 0.0 for option temperature: must be in (0, 1]",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(t)).getMessage());

        Config s = new Config();
        s.stopSequences = List.of("1", "2", "3", "4", "5", "6");
        assertEquals("Invalid value for option stopSequences: at most 5 items are allowed, got 6",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(s)).getMessage());
    }

    @Test
    void headerValuesAreCheckedByTheSameRule() {
        assertThrows(IllegalArgumentException.class, () -> OptionValidator.check(Config.class, "k", "-1"));
        assertThrows(IllegalArgumentException.class, () -> OptionValidator.check(Config.class, "k", "many"));
        assertDoesNotThrow(() -> OptionValidator.check(Config.class, "k", 42));
        assertDoesNotThrow(() -> OptionValidator.check(Config.class, "unknown", 42));
    }
}
