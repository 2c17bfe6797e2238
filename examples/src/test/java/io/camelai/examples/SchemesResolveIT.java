package io.camelai.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The schemes resolve from a YAML DSL route run by Camel Main, configured only through Main properties, as a user's
 * application.properties would do it.
 */
class SchemesResolveIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @TempDir
    Path dir;

    @Test
    void aYamlRouteUnderCamelMainCallsCohereWithComponentOptionsFromProperties() throws Exception {
        Path yaml = dir.resolve("ask.camel.yaml");
        Files.writeString(yaml, """
                - route:
                    from:
                      uri: direct:ask
                      steps:
                        - to:
                            uri: cohere:chat
                            parameters:
                              temperature: 0.5
                """);
        Properties props = new Properties();
        props.setProperty("camel.main.routes-include-pattern", "file:" + yaml);
        props.setProperty("camel.component.cohere.base-url", sim.get().cohereUrl());
        props.setProperty("camel.component.cohere.api-key", "{{env:NO_SUCH_VARIABLE:main-key}}");
        props.setProperty("camel.component.cohere.model", "command-r7b-12-2024");

        Main main = new Main();
        main.setOverrideProperties(props);
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            ProducerTemplate template = context.createProducerTemplate();

            String answer = template.requestBody("direct:ask", "from YAML", String.class);

            assertEquals("Simulated answer to: from YAML", answer);
            RecordedRequest request = sim.get().takeRequest();
            assertEquals("Bearer main-key", request.header("Authorization"));
            assertEquals("command-r7b-12-2024", request.json().get("model").asText(), "component option as default");
            assertEquals(0.5, request.json().get("temperature").asDouble(), "endpoint option from YAML");
        } finally {
            main.stop();
        }
    }
}
