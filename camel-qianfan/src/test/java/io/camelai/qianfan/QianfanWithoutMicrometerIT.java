package io.camelai.qianfan;

import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.AiEndpoint;
import io.camelai.support.telemetry.AiMetrics;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Micrometer and camel-telemetry are optional: this module's test class path has neither, and every path that
 * records metrics (a call, a retry, a stream, an embedding batch) runs without loading a class of theirs.
 */
class QianfanWithoutMicrometerIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private String uri(String operation, String options) {
        return "qianfan:" + operation + "?accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sk&retryBackoff=5&baseUrl="
                + sim.get().qianfanUrl() + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to(uri("chat", ""));
                from("direct:stream").to(uri("chat", "&stream=true")).split(body()).streaming().to("mock:chunks");
            }
        };
    }

    @Test
    void theOptionalIntegrationsAreAbsentFromThisClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.micrometer.core.instrument.MeterRegistry"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.camel.telemetry.SpanDecorator"));
    }

    @Test
    void callsRetriesStreamsAndEmbeddingsRunWithoutMetrics() throws InterruptedException {
        sim.get().fault(Fault.status(429).retryAfterMillis(10).message("slow down"));
        assertEquals("Simulated answer to: 你好", template.requestBody("direct:chat", "你好", String.class));
        assertEquals(2, sim.get().requestCount(), "retried once");

        getMockEndpoint("mock:chunks").expectedMinimumMessageCount(2);
        template.requestBody("direct:stream", "讲个故事");
        getMockEndpoint("mock:chunks").assertIsSatisfied();
        List<?> vectors = template.requestBody(uri("embed", ""), List.of("a", "b"), List.class);
        assertEquals(2, vectors.size());

        AiEndpoint<?> chat = context.getEndpoint(uri("chat", ""), AiEndpoint.class);
        assertSame(AiMetrics.NONE, chat.httpClient().metrics());
    }
}
