package io.camelai.examples;

import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.testing.LogCapture;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML routes the README runs with Camel JBang ({@code jbang/*.camel.yaml} with {@code jbang/application.properties}),
 * run here by Camel Main as JBang would: the timer fires once, the question reaches the simulator with the options
 * and properties the files give, and the route logs the answer. Only the simulator's address and key are overridden.
 */
class JBangRoutesIT {

    private static final String KEY = "jbang-test-key";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @BeforeEach
    void clean() {
        sim.get().reset();
    }

    /** Runs one route file until its one message is done. */
    private void run(String routes) throws Exception {
        Properties overrides = new Properties();
        overrides.setProperty("cohere.base-url", sim.get().cohereUrl());
        overrides.setProperty("cohere.api-key", KEY);
        // the build sets COHERE_API_KEY to empty, and Camel maps an environment variable onto the property of the
        // same name (COHERE_API_KEY onto cohere.api-key, as a user's exported key is meant to be): not here
        overrides.setProperty("camel.component.properties.environment-variable-mode", "0");
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("classpath:jbang/application.properties");
        main.setOverrideProperties(overrides);
        main.configure().withRoutesIncludePattern("classpath:jbang/" + routes);
        main.configure().withDurationMaxMessages(1);
        // a bound on a broken run, not an assertion: the message count ends a working one
        main.configure().withDurationMaxSeconds(30);
        main.run();
    }

    @Test
    void theComponentRouteAsksCohereWithTheOptionsOfTheFileAndLogsTheAnswer() throws Exception {
        run("cohere-chat.camel.yaml");

        RecordedRequest request = sim.get().takeRequest();
        assertEquals("/v2/chat", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        JsonNode json = request.json();
        assertEquals("command-a-03-2025", json.get("model").asText());
        assertEquals(200, json.get("max_tokens").asInt());
        assertEquals("In one sentence, what is Camel JBang?", json.at("/messages/0/content").asText());
        assertTrue(logs.all().contains("Answer: Simulated answer to: In one sentence, what is Camel JBang?"),
                logs.all());
        assertEquals(0, sim.get().requestCount(), "the timer fired once");
        logs.assertNoSecret(KEY);
    }

    @Test
    void theKameletRouteAsksThroughTheKameletWithItsPropertiesAndLogsTheAnswer() throws Exception {
        run("kamelet-chat.camel.yaml");

        RecordedRequest request = sim.get().takeRequest();
        assertEquals("/v2/chat", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        JsonNode json = request.json();
        assertEquals("command-a-03-2025", json.get("model").asText(), "the kamelet's default model");
        assertEquals(200, json.get("max_tokens").asInt());
        assertEquals("You answer questions about Apache Camel.", json.at("/messages/0/content").asText());
        assertEquals("In one sentence, what is a kamelet?", json.at("/messages/1/content").asText());
        assertTrue(logs.all().contains("Answer: Simulated answer to: In one sentence, what is a kamelet?"),
                logs.all());
        logs.assertNoSecret(KEY);
    }
}
