package io.camelai.support.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.support.AiEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets never leak: with HTTP logging on and every log level captured, a successful call, a failed one (a 401 whose
 * error message echoes the credentials back, as some APIs do), one that fails in a route (logged by Camel's error
 * handler with its message history) and a stream leave no credential in the logs, the endpoint's {@code toString()},
 * the endpoint registry, the configuration, or the exception and its stack trace. The endpoint URI itself keeps the
 * credential: it is the endpoint's identity (two tenants' keys are two endpoints), and every place Camel shows an
 * endpoint masks it. Each component's IT extends this with its URIs and its secrets.
 */
public abstract class AbstractSecretsIT {

    @RegisterExtension
    protected static AiSimulatorExtension sim = new AiSimulatorExtension();

    @RegisterExtension
    protected final LogCapture logs = new LogCapture();

    /** The chat endpoint URI with every credential in it and {@code logHttp=true}. */
    protected abstract String chatUri();

    /** The credential values that must not leak. */
    protected abstract List<String> secrets();

    /**
     * The credentials as the endpoint was configured with them, which the failing call's error message echoes back;
     * by default {@link #secrets()}. (A secret the test knows only in part, such as a fetched token's prefix, cannot
     * be echoed.)
     */
    protected List<String> echoedSecrets() {
        return secrets();
    }

    @Test
    void noSecretInLogsUrisToStringsOrExceptions() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            String uri = chatUri();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:route").to(uri);
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            String ok = template.requestBody(uri, "hello", String.class);
            assertNotNull(ok);
            template.requestBody(uri + "&stream=true", "stream please", Object.class);

            sim.get().fault(Fault.status(401).message("invalid api token " + String.join(" ", echoedSecrets())));
            Exchange failed = template.request(uri, e -> e.getMessage().setBody("fail please"));
            Exception e = failed.getException();
            assertNotNull(e, "the 401 failed the exchange");
            sim.get().fault(Fault.status(401).message("invalid api token"));
            assertNotNull(template.request("direct:route", x -> x.getMessage().setBody("fail in a route"))
                    .getException(), "the 401 failed the routed exchange");

            Endpoint endpoint = context.getEndpoints().stream().filter(AiEndpoint.class::isInstance).findFirst()
                    .orElseThrow();
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String everything = String.join("\n", endpoint.toString(),
                    String.valueOf(((AiEndpoint) endpoint).getConfiguration()), e.toString(), trace.toString(),
                    context.getEndpointRegistry().toString(), context.getRoutes().toString());
            for (String secret : secrets()) {
                assertFalse(everything.contains(secret), "a secret leaked into: "
                        + everything.replace(secret, "<SECRET>"));
                logs.assertNoSecret(secret);
            }
            assertTrue(logs.all().contains("-->") || logs.all().contains("POST"), "HTTP logging was on");
            assertTrue(e.getMessage().contains("invalid api token ******"), "the echo reached the exception, masked: "
                    + e.getMessage());
        }
    }
}
