package io.camelai.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The prompt apart from the body in a YAML DSL route: {@code userMessage}, {@code systemMessage} and
 * {@code memoryKey} given under {@code parameters:} with Simple expressions, the answer received into a variable, the
 * body left as it was.
 */
class EnrichmentYamlIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @TempDir
    Path dir;

    @Test
    void aYamlRouteSendsThePromptBuiltFromTheBodyKeepsTheBodyAndRemembersTheSession() throws Exception {
        Path yaml = dir.resolve("enrich.camel.yaml");
        Files.writeString(yaml, """
                - route:
                    from:
                      uri: direct:review
                      steps:
                        - to:
                            uri: azure-inference:chat
                            variableReceive: review
                            parameters:
                              systemMessage: "You review pull requests for the {{team}} team."
                              userMessage: "Review this change: ${body}"
                              memoryKey: "${header.pr}"
                        - setHeader:
                            name: review
                            expression:
                              simple:
                                expression: "${variable.review}"
                """);
        Properties props = new Properties();
        props.setProperty("camel.main.routes-include-pattern", "file:" + yaml);
        props.setProperty("camel.component.azure-inference.endpoint", sim.get().azureUrl());
        props.setProperty("camel.component.azure-inference.api-key", "yaml-key");
        props.setProperty("team", "payments");

        Main main = new Main();
        main.setOverrideProperties(props);
        main.start();
        try {
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            Exchange first = template.request("direct:review", e -> {
                e.getMessage().setBody("rename ${sys.user.home} to home");
                e.getMessage().setHeader("pr", "pr-42");
            });
            Exchange second = template.request("direct:review", e -> {
                e.getMessage().setBody("add a test");
                e.getMessage().setHeader("pr", "pr-42");
            });

            assertNull(first.getException());
            assertEquals("rename ${sys.user.home} to home", first.getMessage().getBody());
            assertEquals("Simulated answer to: Review this change: rename ${sys.user.home} to home",
                    first.getMessage().getHeader("review"));
            assertEquals("add a test", second.getMessage().getBody());
            RecordedRequest r1 = sim.get().takeRequest();
            assertEquals(Map.of("role", "system", "content", "You review pull requests for the payments team."),
                    map(r1, 0));
            assertEquals(Map.of("role", "user", "content", "Review this change: rename ${sys.user.home} to home"),
                    map(r1, 1));
            RecordedRequest r2 = sim.get().takeRequest();
            assertEquals(4, r2.json().get("messages").size(), "system, first turn (user, assistant), new user");
            assertEquals(Map.of("role", "user", "content", "Review this change: add a test"), map(r2, 3));
        } finally {
            main.stop();
        }
    }

    private static Map<String, String> map(RecordedRequest r, int index) {
        var m = r.json().get("messages").get(index);
        return Map.of("role", m.get("role").asText(), "content", m.get("content").asText());
    }
}
