package io.camelai.examples;

import java.util.List;

import io.camelai.cohere.CohereComponent;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.examples.rag.RagRoutes;
import io.camelai.examples.streaming.StreamingRoutes;
import io.camelai.examples.tools.ToolRoutes;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.model.SimReply;
import io.camelai.support.AiHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples' routes, as the apps run them, against the simulator. */
class ExamplesIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private final StringBuilder console = new StringBuilder();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        CohereConfiguration cohere = context.getComponent("cohere", CohereComponent.class).getConfiguration();
        cohere.setBaseUrl(sim.get().cohereUrl());
        cohere.setApiKey("simulator-key");
        return new RoutesBuilder[]{new StreamingRoutes(console), new ToolRoutes(), new RagRoutes()};
    }

    @Test
    void theStreamingExamplePrintsChunksAsTheyComeAndEndsWithTheWholeText() {
        String whole = template.requestBody("direct:story", "Tell a story about a camel", String.class);
        assertEquals("Simulated answer to: Tell a story about a camel", whole);
        assertEquals(whole, console.toString(), "the console got every text chunk, in order");
    }

    @Test
    void theToolExampleAnswersWithTheFlightToolAndTheWeatherRoute() {
        sim.get().enqueue(SimReply.toolCall("call_1", "get_flight_info",
                "{\"origin_city\":\"Seattle\",\"destination_city\":\"Miami\"}"));
        Exchange out = template.request("direct:travel",
                e -> e.getMessage().setBody("When is the next flight from Seattle to Miami?"));
        String answer = out.getMessage().getBody(String.class);
        assertTrue(answer.contains("DL123"), answer);
        assertEquals(2, out.getMessage().getHeader(AiHeaders.MODEL_CALLS));
        RecordedRequest first = sim.get().requests().get(0);
        List<String> offered = first.json().get("tools").findValuesAsText("name");
        assertEquals(List.of("get_flight_info", "get_weather"), offered);

        String weather = template.requestBody("direct:travel", "What is the weather in Lisbon?", String.class);
        assertTrue(weather.contains("\"sky\":\"sunny\""), weather);
    }

    @Test
    void theRagExampleRetrievesRerankesAndAnswersWithThePassagesAsDocuments() {
        List<String> passages = List.of("Apache Camel is an integration framework.",
                "A Camel component is a factory of endpoints identified by a URI scheme.",
                "Emperor penguins are the tallest penguins.");
        template.sendBodyAndHeader("direct:index", passages, "passages", passages);
        sim.get().reset();

        String answer = template.requestBody("direct:ask", "What is a Camel component?", String.class);
        assertEquals("Simulated answer to: What is a Camel component?", answer);
        List<RecordedRequest> calls = sim.get().requests();
        assertEquals(List.of("/v2/embed", "/v2/rerank", "/v2/chat"),
                calls.stream().map(RecordedRequest::path).toList());
        assertEquals("search_query", calls.get(0).json().get("input_type").asText());
        assertEquals("A Camel component is a factory of endpoints identified by a URI scheme.",
                calls.get(2).json().at("/documents/0/data/text").asText(), "the best passage goes to chat first");
    }
}
