package io.camelai.qianfan;

import java.time.LocalDate;
import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.qianfan.QianfanApi;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routes with outputClass against the simulator: v2 sends json_schema, v1 json_object with the schema in its system
 * instruction; the simulator answers with an instance of the schema either way.
 */
class QianfanStructuredOutputIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    public record Trip(String destination, int days, boolean visa, LocalDate start) {}

    private static final Trip PARIS = new Trip("Paris", 5, true, LocalDate.of(2026, 1, 1));

    @BeforeEach
    void clean() {
        sim.get().reset();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String keys = "accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sk&baseUrl=" + sim.get().qianfanUrl()
                + "&outputClass=" + Trip.class.getName();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:v1").to("qianfan:chat?system=You plan trips.&" + keys);
                from("direct:v2").to("qianfan:chat?apiVersion=v2&authUrl=" + sim.get().qianfanUrl() + "&" + keys);
            }
        };
    }

    @Test
    void aV1RouteGetsTheTripRecordFromTheSchemaInItsSystemInstruction() {
        assertEquals(PARIS, template.requestBody("direct:v1", "A trip to Paris for 5 days"));

        RecordedRequest req = sim.get().takeRequest();
        assertEquals("json_object", req.json().get("response_format").asText());
        assertTrue(req.json().get("system").asText().startsWith("You plan trips.\n\nAnswer with one JSON object"),
                req.json().get("system").asText());
    }

    @Test
    void aV2RouteGetsTheTripRecordFromItsJsonSchema() {
        assertEquals(PARIS, template.requestBody("direct:v2", "A trip to Paris for 5 days"));

        List<RecordedRequest> requests = sim.get().requests();
        RecordedRequest chat = requests.get(requests.size() - 1);
        assertEquals("/v2/chat/completions", chat.path());
        assertEquals("json_schema", chat.json().at("/response_format/type").asText());
        assertEquals("Trip", chat.json().at("/response_format/json_schema/name").asText());
    }
}
