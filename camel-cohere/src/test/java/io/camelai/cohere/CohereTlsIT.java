package io.camelai.cohere;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.SimulatorTls;
import io.camelai.support.AiHttpException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TLS against the simulator in HTTPS mode, whose certificate is signed by a test CA the JVM does not trust. */
class CohereTlsIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension(true);

    private static SSLContextParameters trustingTheTestCa() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:" + SimulatorTls.TRUST_STORE);
        store.setType("PKCS12");
        store.setPassword(SimulatorTls.PASSWORD);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trust);
        return ssl;
    }

    private static String uri() {
        return "cohere:chat?apiKey=co-tls-key&maxRetries=0&baseUrl=" + sim.get().cohereUrl();
    }

    @Test
    void aRouteWithSslContextParametersTrustingTheTestCaTalksHttps() throws Exception {
        assertTrue(sim.get().url().startsWith("https://"));
        try (CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("tls", trustingTheTestCa());
            context.start();

            String answer = context.createProducerTemplate().requestBody(uri() + "&sslContextParameters=#tls",
                    "hello over TLS", String.class);

            assertNotNull(answer);
            assertEquals("/v2/chat", sim.get().takeRequest().path());
        }
    }

    @Test
    void withoutTrustForTheTestCaTheCallFailsWithATlsErrorNamingTheOption() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();

            Exchange failed = context.createProducerTemplate().request(uri(),
                    e -> e.getMessage().setBody("hello over TLS"));

            AiHttpException e = assertInstanceOf(AiHttpException.class, failed.getException());
            assertTrue(e.getMessage().contains("TLS handshake with 127.0.0.1 failed"), e.getMessage());
            assertTrue(e.getMessage().contains("sslContextParameters"), e.getMessage());
            assertFalse(e.isRetryable(), "an untrusted certificate stays untrusted");
            assertEquals(0, sim.get().requestCount(), "no request got through");
        }
    }

    @Test
    void theComponentCanUseTheContextsGlobalSslContextParameters() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.setSSLContextParameters(trustingTheTestCa());
            context.getComponent("cohere", CohereComponent.class).setUseGlobalSslContextParameters(true);
            context.start();

            assertNotNull(context.createProducerTemplate().requestBody(uri(), "hello over TLS", String.class));
            assertEquals("/v2/chat", sim.get().takeRequest().path());
        }
    }
}
