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

    static class ScopedConfig extends AiConfiguration {
        @UriParam(label = "producer")
        @ValueRange(min = 0, max = 1, minExclusive = true)
        @ValueRange(min = 0, max = 2, scope = "ChatLaw")
        Double temperature;
        @UriParam(label = "producer")
        @MaxItems(4)
        @MaxLength(20)
        List<String> stop;
        String model;

        @Override
        public String getBaseUrl() {
            return "http://localhost";
        }

        @Override
        public String getModel() {
            return model;
        }

        @Override
        public OptionScope optionScope() {
            return OptionScope.model(model);
        }
    }

    @Test
    void aRangeThatDependsOnTheModelIsPickedByTheConfigurationsScope() {
        ScopedConfig c = new ScopedConfig();
        c.temperature = 1.5;
        c.model = "chatlaw";
        assertDoesNotThrow(() -> OptionValidator.validate(c));
        c.temperature = 0.0;
        assertDoesNotThrow(() -> OptionValidator.validate(c), "ChatLaw's range includes 0");

        c.model = "ERNIE-4.0-8K";
        assertEquals("Invalid value 0.0 for option temperature with model ERNIE-4.0-8K: must be in (0, 1] ([0, 2]"
                + " for ChatLaw)",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(c)).getMessage());
        c.temperature = 1.5;
        assertEquals("Invalid value 1.5 for option temperature with model ERNIE-4.0-8K: must be in (0, 1] ([0, 2]"
                + " for ChatLaw)",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(c)).getMessage());
    }

    @Test
    void aSingleValueIsCheckedForTheScopeItIsGiven() {
        assertDoesNotThrow(() -> OptionValidator.check(ScopedConfig.class, "temperature", 2.0,
                OptionScope.model("ChatLaw")));
        assertEquals("Invalid value 2.5 for option temperature with model ChatLaw: must be in [0, 2]",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.check(ScopedConfig.class,
                        "temperature", 2.5, OptionScope.model("ChatLaw"))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> OptionValidator.check(ScopedConfig.class, "temperature", 2.0), "unscoped: the default range");
    }

    @Test
    void eachElementOfAListOptionIsCheckedAgainstItsMaxLength() {
        ScopedConfig c = new ScopedConfig();
        c.stop = List.of("END", "twenty-characters-ok");
        assertDoesNotThrow(() -> OptionValidator.validate(c));
        c.stop = List.of("END", "twenty-one-characters");
        assertEquals("Invalid value 'twenty-one-characters' for option stop: at most 20 characters per element are"
                + " allowed, got 21",
                assertThrows(IllegalArgumentException.class, () -> OptionValidator.validate(c)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> OptionValidator.check(ScopedConfig.class, "stop", "END,twenty-one-characters"));
    }
}
