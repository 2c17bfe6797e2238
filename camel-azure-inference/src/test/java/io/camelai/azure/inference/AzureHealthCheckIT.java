package io.camelai.azure.inference;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
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

/** The azure-inference producer readiness check (GET /info) through Camel's health-check API. */
class AzureHealthCheckIT {

    private static final String KEY = "az-health-key-8086";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static CamelContext started() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to("azure-inference:chat?model=m&maxRetries=0&apiKey=" + KEY + "&endpoint="
                        + sim.get().azureUrl());
            }
        });
        context.start();
        ProducerReadiness.enable(context);
        return context;
    }

    @Test
    void readinessIsUpWhenTheModelInfoAnswers() throws Exception {
        try (CamelContext context = started()) {
            HealthCheck.Result r = ProducerReadiness.single(context, "azure-inference");

            assertEquals(HealthCheck.State.UP, r.getState(), ProducerReadiness.everything(r));
            RecordedRequest probe = sim.get().takeRequest();
            assertEquals("GET /models/info", probe.method() + " " + probe.path());
            assertEquals(KEY, probe.header("api-key"));
        }
    }

    @Test
    void readinessIsDownNamingRefusedCredentialsWithoutTheKey() throws Exception {
        try (CamelContext context = started()) {
            sim.get().fault(Fault.status(401).message("Access denied due to invalid subscription key " + KEY));

            HealthCheck.Result r = ProducerReadiness.single(context, "azure-inference");

            assertEquals(HealthCheck.State.DOWN, r.getState());
            assertTrue(r.getMessage().orElse("").startsWith("credentials rejected (HTTP 401)"),
                    ProducerReadiness.everything(r));
            assertFalse(ProducerReadiness.everything(r).contains(KEY), ProducerReadiness.everything(r));
        }
    }

    @Test
    void readinessIsDownWhenTheEndpointCannotBeReached() throws Exception {
        try (CamelContext context = started()) {
            sim.get().fault(Fault.reset());

            HealthCheck.Result r = ProducerReadiness.single(context, "azure-inference");

            assertEquals(HealthCheck.State.DOWN, r.getState());
            assertTrue(r.getMessage().orElse("").startsWith("provider unreachable"), ProducerReadiness.everything(r));
        }
    }
}
