package io.camelai.cohere;

import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.SimulatorTls;
import io.camelai.support.AiHttpException;
import io.camelai.support.testing.LogCapture;
import okhttp3.Credentials;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS through an authenticating HTTP proxy: the client opens a CONNECT tunnel with Proxy-Authorization, then talks
 * TLS (trusting the simulator's test CA) to the HTTPS simulator inside it; the proxy never sees the request.
 */
class CohereProxyTlsIT {

    private static final String USER = "proxy-user";
    private static final String PASSWORD = "tunn3l-Pa55-w0rd";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension(true);

    @RegisterExtension
    final LogCapture logs = new LogCapture();

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

    private static String uri(ConnectProxy proxy, String password) {
        return "cohere:chat?apiKey=co-tunnel-key&maxRetries=0&logHttp=true&sslContextParameters=#tls&baseUrl="
                + sim.get().cohereUrl() + "&proxyHost=" + proxy.host() + "&proxyPort=" + proxy.port()
                + "&proxyUser=" + USER + "&proxyPassword=RAW(" + password + ")";
    }

    @Test
    void anHttpsCallGoesThroughTheProxysConnectTunnelWithTheProxyCredentials() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(Credentials.basic(USER, PASSWORD));
                CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("tls", trustingTheTestCa());
            context.start();

            String answer = context.createProducerTemplate().requestBody(uri(proxy, PASSWORD), "hello via tunnel",
                    String.class);

            assertNotNull(answer);
            assertTrue(sim.get().url().startsWith("https://127.0.0.1:"), sim.get().url());
            String target = "127.0.0.1:" + sim.get().port();
            assertEquals(List.of(new ConnectProxy.Connect(target, Credentials.basic(USER, PASSWORD))),
                    proxy.connects(), "one tunnel to the simulator, credentials sent up front");
            var request = sim.get().takeRequest();
            assertEquals("/v2/chat", request.path(), "the request itself went through the tunnel");
            assertNull(request.headers().get("Proxy-Authorization"), "proxy credentials stay at the proxy");
            assertTrue(logs.all().contains("/v2/chat"), "HTTP logging was on");
            logs.assertNoSecret(PASSWORD);
            logs.assertNoSecret(Credentials.basic(USER, PASSWORD).substring("Basic ".length()));
        }
    }

    @Test
    void aProxyRefusingTheTunnelFailsTheCallWithoutThePasswordInTheExceptionOrTheLogs() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(Credentials.basic(USER, "the-right-one"));
                CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("tls", trustingTheTestCa());
            context.start();

            Exchange failed = context.createProducerTemplate().request(uri(proxy, PASSWORD),
                    e -> e.getMessage().setBody("hello via tunnel"));

            AiHttpException e = assertInstanceOf(AiHttpException.class, failed.getException());
            assertTrue(e.getMessage().contains("Failed to authenticate with proxy"), e.getMessage());
            assertFalse(proxy.connects().isEmpty());
            assertEquals(Credentials.basic(USER, PASSWORD), proxy.connects().get(0).proxyAuthorization());
            assertEquals(0, sim.get().requestCount(), "no tunnel, no request");
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                chain.append(t).append(" <- ");
            }
            assertFalse(chain.toString().contains(PASSWORD), chain.toString().replace(PASSWORD, "<PASSWORD>"));
            logs.assertNoSecret(PASSWORD);
            logs.assertNoSecret(Credentials.basic(USER, PASSWORD).substring("Basic ".length()));
        }
    }
}
