package io.camelai.qianfan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.testing.LogCapture;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelai.qianfan.QianfanWireTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Qianfan's answers are untrusted: nonsense token counts set no header, a stream answered with a web page fails
 * naming what came, and an error that echoes the OAuth access token, the app keys, the IAM access and secret keys or
 * the IAM-derived bearer token never shows them, in the exception or in the HTTP log.
 */
class QianfanTrustBoundaryWireTest {

    private static final String APP_KEY = "app-key-Zq81xW";
    private static final String APP_SECRET = "app-secret-Pp09Lk";
    private static final String ACCESS_TOKEN = "24.6c1b2f0e9d.2592000.1700000000.282335-1234";
    private static final String ACCESS_KEY = "ALTAKabcdef123456";
    private static final String SECRET_KEY = "iam-secret-Qw3rty99";
    private static final String BEARER = "bce-v3/ALTAK-iam01/4f2a9c8e7d";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private final DefaultCamelContext context = new DefaultCamelContext();
    private ProducerTemplate template;

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    private String mock() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private Exchange send(String uri, Object body) {
        if (template == null) {
            context.start();
            template = context.createProducerTemplate();
        }
        return template.send(uri, e -> e.getMessage().setBody(body));
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    private void assertNothingShows(Exception e, List<String> secrets) {
        String everything = String.join("\n", e.getMessage(), e.toString(), trace(e));
        for (String secret : secrets) {
            assertFalse(everything.contains(secret), everything.replace(secret, "<SECRET>"));
            logs.assertNoSecret(secret);
        }
    }

    @Test
    void anErrorEchoingTheOAuthTokenAndTheAppKeysNeverShowsThem() {
        server.enqueue(json("{\"expires_in\":2592000,\"access_token\":\"" + ACCESS_TOKEN + "\"}"));
        server.enqueue(json("{\"error_code\":6,\"error_msg\":\"No permission: token " + ACCESS_TOKEN + " of client "
                + APP_KEY + " (" + APP_SECRET + ")\"}"));

        Exchange out = send("qianfan:chat?logHttp=true&maxRetries=0&apiKey=" + APP_KEY + "&secretKey=" + APP_SECRET
                + "&baseUrl=" + mock() + "&authUrl=" + mock(), "hi");

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("6", e.getErrorCode());
        assertEquals("No permission: token ****** of client ****** (******)", e.getProviderMessage());
        assertTrue(logs.all().contains("No permission: token ******"), "the body was logged, masked");
        assertNothingShows(e, List.of(ACCESS_TOKEN, APP_KEY, APP_SECRET));
    }

    @Test
    void aStreamErrorInAJsonBodyEchoingTheOAuthTokenKeepsItsCodeButNotTheToken() {
        server.enqueue(json("{\"expires_in\":2592000,\"access_token\":\"" + ACCESS_TOKEN + "\"}"));
        server.enqueue(json("{\"error_code\":336003,\"error_msg\":\"Invalid parameter for " + ACCESS_TOKEN
                + "\"}"));

        Exchange out = send("qianfan:chat?stream=true&logHttp=true&maxRetries=0&apiKey=" + APP_KEY + "&secretKey="
                + APP_SECRET + "&baseUrl=" + mock() + "&authUrl=" + mock(), "hi");

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("336003", e.getErrorCode());
        assertEquals("Invalid parameter for ******", e.getProviderMessage());
        assertNothingShows(e, List.of(ACCESS_TOKEN));
    }

    @Test
    void anErrorEchoingTheIamAccessAndSecretKeysNeverShowsThem() {
        server.enqueue(json(401, "{\"error_code\":14,\"error_msg\":\"IAM Certification failed for " + ACCESS_KEY
                + " signed with " + SECRET_KEY + "\"}"));

        Exchange out = send("qianfan:chat?logHttp=true&maxRetries=0&accessKey=" + ACCESS_KEY + "&secretKey="
                + SECRET_KEY + "&baseUrl=" + mock(), "hi");

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("IAM Certification failed for ****** signed with ******", e.getProviderMessage());
        assertNothingShows(e, List.of(ACCESS_KEY, SECRET_KEY));
    }

    @Test
    void anErrorEchoingTheIamDerivedBearerTokenNeverShowsIt() {
        server.enqueue(
                json("{\"userId\":\"u-1\",\"token\":\"" + BEARER + "\",\"expireTime\":\"2099-01-01T00:00:00Z\"}"));
        server.enqueue(json(403, "{\"error\":{\"code\":\"no_permission\",\"message\":\"bearer " + BEARER
                + " may not call this model\",\"type\":\"invalid_request_error\"}}"));

        Exchange out = send("qianfan:chat?apiVersion=v2&logHttp=true&maxRetries=0&accessKey=" + ACCESS_KEY
                + "&secretKey=" + SECRET_KEY + "&baseUrl=" + mock() + "&authUrl=" + mock(), "hi");

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("bearer ****** may not call this model", e.getProviderMessage());
        assertNothingShows(e, List.of(BEARER, ACCESS_KEY, SECRET_KEY));
    }

    @Test
    void negativeOrOverflowingTokenCountsSetNoTokenHeaders() {
        server.enqueue(json("{\"id\":\"as-1\",\"result\":\"fine\",\"finish_reason\":\"normal\",\"usage\":"
                + "{\"prompt_tokens\":-5,\"completion_tokens\":99999999999999999999,\"total_tokens\":-1}}"));

        Exchange out = send("qianfan:chat?accessKey=ak-x&secretKey=sk-x&baseUrl=" + mock(), "hi");

        assertNull(out.getException());
        assertEquals("fine", out.getMessage().getBody());
        assertNull(out.getMessage().getHeader(AiHeaders.INPUT_TOKENS));
        assertNull(out.getMessage().getHeader(AiHeaders.OUTPUT_TOKENS));
        assertNull(out.getMessage().getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void aStreamAnsweredWithAnHtmlPageFailsNamingTheStatusAndContentType() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<html>504 Gateway Time-out</html>").build());

        Exchange out = send("qianfan:chat?stream=true&maxRetries=0&accessKey=ak-x&secretKey=sk-x&baseUrl="
                + mock(), "hi");

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(200, e.getStatusCode());
        assertTrue(e.getMessage().contains("HTTP 200 with Content-Type text/html"), e.getMessage());
        assertFalse(e.getMessage().contains("stream ended"), e.getMessage());
    }

    @Test
    void aProxyErrorPageWithoutAnErrorCodeFailsAsAnAiHttpException() {
        server.enqueue(new MockResponse.Builder().code(403).addHeader("Content-Type", "text/html")
                .body("<html>403 Forbidden by proxy policy</html>").build());

        Exchange out = send("qianfan:chat?maxRetries=0&accessKey=ak-x&secretKey=sk-x&baseUrl=" + mock(), "hi");

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(403, e.getStatusCode());
        assertNull(e.getErrorCode());
        assertFalse(e.isRetryable());
        assertTrue(e.getProviderMessage().contains("Forbidden by proxy policy"), e.getProviderMessage());
    }
}
