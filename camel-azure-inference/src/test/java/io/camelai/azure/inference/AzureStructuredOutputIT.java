package io.camelai.azure.inference;

import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A route with outputClass against the simulator, which answers with an instance of the json_schema it is sent. */
class AzureStructuredOutputIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    public record Flight(String origin, String destination, int passengers, List<String> meals) {}

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("azure-inference:chat?apiKey=test-key&endpoint=" + sim.get().azureUrl()
                        + "&outputClass=" + Flight.class.getName());
            }
        };
    }

    @Test
    void theRouteGetsTheFlightRecordReadFromTheQuestion() {
        Exchange out = template.request("direct:chat",
                e -> e.getMessage().setBody("Book a flight from Seattle to Miami for 2 people"));

        assertEquals(new Flight("Seattle", "Miami", 2, List.of("sample-meals")), out.getMessage().getBody());
        assertEquals("{\"origin\":\"Seattle\",\"destination\":\"Miami\",\"passengers\":2,\"meals\":[\"sample-meals\"]}",
                out.getMessage().getHeader(AiHeaders.RAW_ANSWER));
        RecordedRequest req = sim.get().takeRequest();
        assertEquals("json_schema", req.json().at("/response_format/type").asText());
        assertEquals("Flight", req.json().at("/response_format/json_schema/name").asText());
        assertEquals(true, req.json().at("/response_format/json_schema/strict").asBoolean());
    }
}
