package io.camelai.cohere;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.cohere.CohereApi;
import io.camelai.support.testing.ProducerReadiness;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cohere producer readiness check through Camel's health-check API, against the simulator. */
class CohereHealthCheckIT {

    private static final String KEY = "co-health-key-5150";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static CamelContext started(String uri) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to(uri);
            }
        });
        context.start();
        ProducerReadiness.enable(context);
        return context;
    }

    private static String uri(String key, String baseUrl) {
        return "cohere:chat?maxRetries=0&apiKey=" + key + "&baseUrl=" + baseUrl;
    }

    @Test
    void readinessIsUpWhenCohereAcceptsTheKey() throws Exception {
        try (CamelContext context = started(uri(KEY, sim.get().cohereUrl()))) {
            HealthCheck.Result r = ProducerReadiness.single(context, "cohere");

            assertEquals(HealthCheck.State.UP, r.getState(), ProducerReadiness.everything(r));
            assertFalse(r.getCheck().isLiveness(), "a readiness check only");
            RecordedRequest probe = sim.get().takeRequest();
            assertEquals("POST /v1/check-api-key", probe.method() + " " + probe.path());
            assertEquals("Bearer " + KEY, probe.header("Authorization"));
        }
    }

    @Test
    void readinessIsDownNamingTheRejectedKeyWithoutShowingIt() throws Exception {
        try (CamelContext context = started(uri(CohereApi.INVALID_KEY, sim.get().cohereUrl()))) {
            HealthCheck.Result r = ProducerReadiness.single(context, "cohere");

            assertEquals(HealthCheck.State.DOWN, r.getState());
            assertTrue(r.getMessage().orElse("").startsWith("credentials rejected (HTTP 401)"),
                    ProducerReadiness.everything(r));
            assertFalse(ProducerReadiness.everything(r).contains(CohereApi.INVALID_KEY),
                    ProducerReadiness.everything(r));
        }
    }

    @Test
    void aProviderErrorEchoingTheKeyIsMaskedInTheReadinessMessage() throws Exception {
        try (CamelContext context = started(uri(KEY, sim.get().cohereUrl()))) {
            sim.get().fault(Fault.status(401).message("invalid api token " + KEY));

            HealthCheck.Result r = ProducerReadiness.single(context, "cohere");

            assertEquals(HealthCheck.State.DOWN, r.getState());
            assertTrue(r.getMessage().orElse("").contains("invalid api token ******"),
                    ProducerReadiness.everything(r));
            assertFalse(ProducerReadiness.everything(r).contains(KEY), ProducerReadiness.everything(r));
            assertEquals(401, r.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE));
        }
    }

    @Test
    void readinessIsDownWhenCohereCannotBeReachedAndUpAgainOnceItAnswers() throws Exception {
        try (CamelContext context = started(uri(KEY, sim.get().cohereUrl()))) {
            sim.get().fault(Fault.reset());

            HealthCheck.Result down = ProducerReadiness.single(context, "cohere");
            assertEquals(HealthCheck.State.DOWN, down.getState());
            assertTrue(down.getMessage().orElse("").startsWith("provider unreachable"),
                    ProducerReadiness.everything(down));

            assertEquals(HealthCheck.State.UP, ProducerReadiness.single(context, "cohere").getState());
        }
    }

    @Test
    void theComponentCanTurnItsProducerChecksOff() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getComponent("cohere", CohereComponent.class).setHealthCheckProducerEnabled(false);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to(uri(KEY, sim.get().cohereUrl()));
            }
        });
        try (context) {
            context.start();
            ProducerReadiness.enable(context);

            HealthCheck.Result r = ProducerReadiness.single(context, "cohere");

            assertEquals(Boolean.FALSE, r.getDetails().get(HealthCheck.CHECK_ENABLED), ProducerReadiness.everything(r));
            assertEquals(0, sim.get().requestCount(), "a disabled check calls nobody");
        }
    }
}
