package io.camelai.cohere;

import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routes with outputClass against the simulator, which answers with an instance of the schema it is sent. */
class CohereStructuredOutputIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    public enum Unit {
        CELSIUS, FAHRENHEIT
    }

    public record Forecast(String city, int days, Unit unit, List<String> tags, boolean sunny) {}

    public static class Weather {
        @AiTool(name = "get_weather", description = "Today's weather in a city")
        public String weather(@AiToolParam(name = "city") String city) {
            return "{\"city\":\"" + city + "\",\"sky\":\"clear\"}";
        }
    }

    @BeforeEach
    void clean() {
        sim.get().reset();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        context.getRegistry().bind("weather", new Weather());
        String base = "&baseUrl=" + sim.get().cohereUrl() + "&apiKey=test-key&outputClass=" + Forecast.class.getName();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:v2").to("cohere:chat?model=command-a-03-2025" + base);
                from("direct:v1").to("cohere:chat?apiVersion=v1" + base);
                from("direct:tools").to("cohere:chat?tools=#weather" + base);
            }
        };
    }

    private static final Forecast LISBON = new Forecast("Lisbon", 3, Unit.FAHRENHEIT, List.of("sample-tags"), true);

    @Test
    void aV2RouteGetsTheForecastRecordReadFromTheQuestion() {
        Exchange out = template.request("direct:v2",
                e -> e.getMessage().setBody("Weather in Lisbon for 3 days in fahrenheit"));

        assertEquals(LISBON, out.getMessage().getBody());
        assertTrue(out.getMessage().getHeader(AiHeaders.RAW_ANSWER, String.class).startsWith("{\"city\":\"Lisbon\""));
        RecordedRequest req = sim.get().takeRequest();
        assertEquals("json_object", req.json().at("/response_format/type").asText());
        assertEquals("[\"city\",\"days\",\"unit\",\"tags\",\"sunny\"]",
                req.json().at("/response_format/json_schema/required").toString());
    }

    @Test
    void aV1RouteGetsTheForecastRecordToo() {
        Object body = template.requestBody("direct:v1", "Weather in Lisbon for 3 days in fahrenheit");

        assertEquals(LISBON, body);
        assertEquals("object", sim.get().takeRequest().json().at("/response_format/schema/type").asText());
    }

    @Test
    void theToolLoopEndsWithTheForecastAfterTheToolRan() {
        Exchange out = template.request("direct:tools",
                e -> e.getMessage().setBody("Weather in Lisbon for 3 days in fahrenheit"));

        assertEquals(LISBON, out.getMessage().getBody());
        assertEquals(2, out.getMessage().getHeader(AiHeaders.MODEL_CALLS));
    }
}
