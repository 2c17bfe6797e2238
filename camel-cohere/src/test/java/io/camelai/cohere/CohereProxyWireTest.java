package io.camelai.cohere;

import java.util.concurrent.TimeUnit;

import io.camelai.support.AiHttpException;
import io.camelai.support.testing.LogCapture;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proxy options on the wire: a MockWebServer stands in for an HTTP proxy that asks for credentials (407), and the
 * provider's host ({@code api.cohere.test}) is never resolved: only the proxy is connected to.
 */
class CohereProxyWireTest {

    private static final String USER = "proxy-user";
    private static final String PASSWORD = "pr0xy-Pa55-w0rd";
    private static final String REPLY = """
            {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[
              {"type":"text","text":"through the proxy"}]},"usage":{"tokens":{"input_tokens":3,"output_tokens":3}}}
            """;

    @StartStop
    private final MockWebServer proxy = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    /** Answers 407 to a request without the expected Proxy-Authorization, else the chat reply. */
    private void proxyAsking(String expectedAuthorization) {
        StrictJsonDispatcher.wrap(proxy, new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!expectedAuthorization.equals(request.getHeaders().get("Proxy-Authorization"))) {
                    return new MockResponse.Builder().code(407)
                            .addHeader("Proxy-Authenticate", "Basic realm=\"test proxy\"").build();
                }
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(REPLY).build();
            }
        });
    }

    @BeforeEach
    void proxyAskingForTheConfiguredCredentials() {
        proxyAsking(Credentials.basic(USER, PASSWORD));
    }

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(proxy);
    }

    private String uri(String password) {
        return "cohere:chat?apiKey=co-key-1234&maxRetries=0&logHttp=true&baseUrl=http://api.cohere.test"
                + "&proxyHost=" + proxy.getHostName() + "&proxyPort=" + proxy.getPort() + "&proxyUser=" + USER
                + "&proxyPassword=RAW(" + password + ")";
    }

    @Test
    void callsGoThroughTheProxyWithProxyAuthorizationAndThePasswordIsNeverLogged() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            assertEquals("through the proxy", template.requestBody(uri(PASSWORD), "hello", String.class));

            RecordedRequest challenged = proxy.takeRequest(1, TimeUnit.SECONDS);
            assertNotNull(challenged);
            assertNull(challenged.getHeaders().get("Proxy-Authorization"), "credentials go only to a proxy that asks");
            RecordedRequest sent = proxy.takeRequest(1, TimeUnit.SECONDS);
            assertNotNull(sent);
            // a proxy gets the absolute URI of the provider's API
            assertEquals("POST http://api.cohere.test/v2/chat HTTP/1.1", sent.getRequestLine());
            assertEquals(Credentials.basic(USER, PASSWORD), sent.getHeaders().get("Proxy-Authorization"));
            assertEquals("Bearer co-key-1234", sent.getHeaders().get("Authorization"));
            assertTrue(logs.all().contains("api.cohere.test/v2/chat"), "HTTP logging was on");
            logs.assertNoSecret(PASSWORD);
            logs.assertNoSecret(Credentials.basic(USER, PASSWORD).substring("Basic ".length()));
        }
    }

    @Test
    void aProxyRefusingTheCredentialsFailsTheCallWithoutThePasswordInTheException() throws Exception {
        proxyAsking(Credentials.basic(USER, "the-right-one"));
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Exchange failed = context.createProducerTemplate().request(uri(PASSWORD),
                    e -> e.getMessage().setBody("hello"));

            AiHttpException e = assertInstanceOf(AiHttpException.class, failed.getException());
            assertEquals(407, e.getStatusCode());
            assertFalse(e.toString().contains(PASSWORD), e.toString());
            assertFalse(String.valueOf(context.getEndpoints()).contains(PASSWORD), "endpoints display masked");
            logs.assertNoSecret(PASSWORD);
        }
    }

    @Test
    void halfAProxyConfigurationIsRefusedNamingTheOptions() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Exception noPort = assertThrows(Exception.class, () -> context.getEndpoint(
                    "cohere:chat?apiKey=k&proxyHost=proxy.test"));
            assertTrue(messages(noPort).contains("Options proxyHost and proxyPort go together"), messages(noPort));
            Exception noPassword = assertThrows(Exception.class, () -> context.getEndpoint(
                    "cohere:chat?apiKey=k&proxyHost=proxy.test&proxyPort=3128&proxyUser=u"));
            assertTrue(messages(noPassword).contains("proxyUser and proxyPassword go together"),
                    messages(noPassword));
            Exception socksAuth = assertThrows(Exception.class, () -> context.getEndpoint(
                    "cohere:chat?apiKey=k&proxyHost=proxy.test&proxyPort=1080&proxyType=SOCKS&proxyUser=u"
                            + "&proxyPassword=secret-pw"));
            assertTrue(messages(socksAuth).contains("authentication to a SOCKS proxy is not supported"),
                    messages(socksAuth));
            Exception badType = assertThrows(Exception.class, () -> context.getEndpoint(
                    "cohere:chat?apiKey=k&proxyHost=proxy.test&proxyPort=1080&proxyType=FTP"));
            assertTrue(messages(badType).contains("proxyType") && messages(badType).contains("HTTP, SOCKS"),
                    messages(badType));
            Exception hostWithPort = assertThrows(Exception.class, () -> context.getEndpoint(
                    "cohere:chat?apiKey=k&proxyHost=proxy.test:3128&proxyPort=3128"));
            assertTrue(messages(hostWithPort).contains("Option proxyHost must be a host name"),
                    messages(hostWithPort));
        }
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" <- ");
        }
        return sb.toString();
    }
}
