package io.camelai.qianfan;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.qianfan.QianfanApi;
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

/** The qianfan producer readiness check (a token fetch) through Camel's health-check API. */
class QianfanHealthCheckIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static CamelContext started(String options) throws Exception {
        CamelContext context = new DefaultCamelContext();
        String uri = "qianfan:chat?maxRetries=0&baseUrl=" + sim.get().qianfanUrl() + "&authUrl="
                + sim.get().qianfanUrl() + "&" + options;
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

    @Test
    void readinessIsUpWhenTheApplicationKeysGetAnOAuthToken() throws Exception {
        try (CamelContext context = started("apiKey=" + QianfanApi.APP_KEY + "&secretKey="
                + QianfanApi.APP_SECRET)) {
            HealthCheck.Result r = ProducerReadiness.single(context, "qianfan");

            assertEquals(HealthCheck.State.UP, r.getState(), ProducerReadiness.everything(r));
            RecordedRequest probe = sim.get().takeRequest();
            assertEquals("POST /oauth/2.0/token", probe.method() + " " + probe.path());
        }
    }

    @Test
    void readinessIsDownWhenTheOAuthSecretIsWrongAndNeverShowsIt() throws Exception {
        String wrong = "wrong-secret-3141";
        try (CamelContext context = started("apiKey=" + QianfanApi.APP_KEY + "&secretKey=" + wrong)) {
            HealthCheck.Result r = ProducerReadiness.single(context, "qianfan");

            assertEquals(HealthCheck.State.DOWN, r.getState());
            assertTrue(r.getMessage().orElse("").startsWith("could not obtain a token"),
                    ProducerReadiness.everything(r));
            assertTrue(r.getMessage().orElse("").contains("Client authentication failed"),
                    ProducerReadiness.everything(r));
            assertFalse(ProducerReadiness.everything(r).contains(wrong), ProducerReadiness.everything(r));
        }
    }

    @Test
    void iamKeysAreCheckedWithASignedBearerTokenRequest() throws Exception {
        try (CamelContext context = started("accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sk-iam-2718")) {
            HealthCheck.Result r = ProducerReadiness.single(context, "qianfan");

            assertEquals(HealthCheck.State.UP, r.getState(), ProducerReadiness.everything(r));
            RecordedRequest probe = sim.get().takeRequest();
            assertEquals("GET /v1/BCE-BEARER/token", probe.method() + " " + probe.path());
            assertTrue(probe.header("Authorization").startsWith("bce-auth-v1/" + QianfanApi.ACCESS_KEY + "/"));
        }
    }

    @Test
    void readinessIsDownForAnUnknownIamAccessKey() throws Exception {
        try (CamelContext context = started("apiVersion=v2&accessKey=unknown-ak-1&secretKey=sk-iam-2718")) {
            HealthCheck.Result r = ProducerReadiness.single(context, "qianfan");

            assertEquals(HealthCheck.State.DOWN, r.getState());
            assertTrue(r.getMessage().orElse("").contains("unknown access key"), ProducerReadiness.everything(r));
            assertFalse(ProducerReadiness.everything(r).contains("sk-iam-2718"), ProducerReadiness.everything(r));
        }
    }
}
