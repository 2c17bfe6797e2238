package io.camelai.support.testing;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Camel's readiness checks as an application sees them, with producer checks on (camel.health.producersEnabled). */
public final class ProducerReadiness {

    private ProducerReadiness() {}

    /** Turns producer health checks on, as {@code camel.health.producersEnabled=true} does. */
    public static void enable(CamelContext context) {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertNotNull(producers, "camel-health provides the producers repository");
        producers.setEnabled(true);
    }

    /** The readiness results of the producer checks of a scheme ({@code producer:<scheme>-...}). */
    public static List<HealthCheck.Result> of(CamelContext context, String scheme) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:" + scheme + "-")).toList();
    }

    /** The one producer check result of a scheme. */
    public static HealthCheck.Result single(CamelContext context, String scheme) {
        List<HealthCheck.Result> results = of(context, scheme);
        assertEquals(1, results.size(), "one producer check for " + scheme + ": " + results);
        return results.get(0);
    }

    /** The result's message, error and details, for asserting that no secret is in any of them. */
    public static String everything(HealthCheck.Result r) {
        return r.getState() + " " + r.getMessage().orElse("") + " " + r.getError().map(Throwable::toString).orElse("")
                + " " + r.getDetails();
    }
}
