package io.camelai.support.config;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CredentialsTest {

    @AfterEach
    void reset() {
        Credentials.environment(null);
    }

    @Test
    void theOptionWinsThenTheFirstSetVariable() {
        Credentials.environment(Map.of("B", "from-b", "C", "from-c")::get);
        assertEquals("opt", Credentials.resolve("opt", "A", "B"));
        assertEquals("from-b", Credentials.resolve(null, "A", "B", "C"));
        assertEquals("from-b", Credentials.resolve("  ", "A", "B"));
    }

    @Test
    void aMissingCredentialNamesTheOptionThePropertyAndTheVariables() {
        Credentials.environment(Map.<String, String>of()::get);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Credentials.require("qianfan", "accessKey", null, "QIANFAN_ACCESS_KEY", "QIANFAN_AK"));
        assertEquals("No accessKey for qianfan: set the accessKey option (camel.component.qianfan.access-key) or the"
                + " environment variable QIANFAN_ACCESS_KEY / QIANFAN_AK",
                e.getMessage());
    }
}
