package io.camelai.support.json;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonSchemaOptionTest {

    private final CamelContext context = new DefaultCamelContext();

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    @Test
    void theEndpointsResourceIsReadWhenTheOptionIsCreated() throws Exception {
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, "{\"type\":\"object\"}");
        JsonSchemaOption option = new JsonSchemaOption(context, "file:" + schema);
        Files.delete(schema);

        assertEquals("{\"type\":\"object\"}", option.get("file:" + schema).toString(), "read before, not per call");
    }

    @Test
    void anUnreadableEndpointResourceFailsWhenTheOptionIsCreated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JsonSchemaOption(context, "classpath:no-such-schema.json"));
        assertTrue(e.getMessage().startsWith("Option jsonSchema: cannot read classpath:no-such-schema.json"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"classpath:weather-schema.json", "file:/etc/hostname", "http://169.254.169.254/latest"})
    void aResourceGivenPerExchangeIsRefusedWithoutBeingRead(String value) {
        JsonSchemaOption option = new JsonSchemaOption(context, null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> option.get(value));
        assertEquals("Option jsonSchema given per exchange (header CamelAiOptions) must be inline JSON; classpath:,"
                + " file: and http: schemas are read only from the endpoint's configuration, got: " + value,
                e.getMessage());
    }

    @Test
    void inlineSchemasAreParsedAndAtMostABoundedNumberKept() {
        JsonSchemaOption option = new JsonSchemaOption(context, "{\"type\":\"object\"}");

        for (int i = 0; i < 1000; i++) {
            assertEquals(i, option.get("{\"maxProperties\":" + i + "}").get("maxProperties").asInt());
        }

        assertTrue(option.cachedSchemas() <= JsonSchemaOption.MAX_CACHED, "kept: " + option.cachedSchemas());
        assertNull(option.get(" "));
        assertThrows(IllegalArgumentException.class, () -> option.get("{not json"));
    }
}
