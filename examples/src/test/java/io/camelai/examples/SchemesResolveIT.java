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

    @Test
    void azureInferenceAndQianfanResolveTheSameWayWithListOptionsFromProperties() throws Exception {
        Path yaml = dir.resolve("both.camel.yaml");
        Files.writeString(yaml, """
                - route:
                    from:
                      uri: direct:azure
                      steps:
                        - to:
                            uri: azure-inference:chat
                            parameters:
                              model: Mistral-large-2407
                              stop: "END,STOP"
                - route:
                    from:
                      uri: direct:qianfan
                      steps:
                        - to:
                            uri: qianfan:chat
                            parameters:
                              model: ERNIE-4.0-8K
                """);
        Properties props = new Properties();
        props.setProperty("camel.main.routes-include-pattern", "file:" + yaml);
        props.setProperty("camel.component.azure-inference.endpoint", sim.get().azureUrl());
        props.setProperty("camel.component.azure-inference.api-key", "azure-main-key");
        props.setProperty("camel.component.qianfan.base-url", sim.get().qianfanUrl());
        props.setProperty("camel.component.qianfan.access-key", io.camelai.simulator.qianfan.QianfanApi.ACCESS_KEY);
        props.setProperty("camel.component.qianfan.secret-key", "main-secret");
        props.setProperty("camel.component.qianfan.stop", "。。,!!");

        Main main = new Main();
        main.setOverrideProperties(props);
        main.start();
        try {
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            assertEquals("Simulated answer to: hi Azure",
                    template.requestBody("direct:azure", "hi Azure", String.class));
            RecordedRequest azure = sim.get().takeRequest();
            assertEquals("azure-main-key", azure.header("api-key"));
            assertEquals("[\"END\",\"STOP\"]", azure.json().get("stop").toString());

            assertEquals("Simulated answer to: hi Qianfan", template.requestBody("direct:qianfan", "hi Qianfan",
                    String.class));
            RecordedRequest qianfan = sim.get().takeRequest();
            assertEquals("/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions_pro", qianfan.path());
            assertEquals("[\"。。\",\"!!\"]", qianfan.json().get("stop").toString(),
                    "a list option from Main properties");
        } finally {
            main.stop();
        }
    }
}
