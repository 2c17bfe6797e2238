package io.camelai.azure.inference;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.testing.LogCapture;
import io.camelai.support.testing.WireTestSupport;
import mockwebserver3.MockResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Azure's answers are untrusted: nonsense token counts set no header, a stream answered with a web page fails naming
 * what came, and an error echoing the api-key or the Entra ID token never shows it.
 */
class AzureTrustBoundaryWireTest extends WireTestSupport {

    private static final String KEY = "az-key-0a1b2c3d4e5f";
    private static final String ENTRA_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOi.entra.token";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private String uri(String operation, String options) {
        return "azure-inference:" + operation + "?apiKey=" + KEY + "&retryBackoff=1&maxRetries=0&endpoint="
                + server.url("/models") + (options.isEmpty() ? "" : "&" + options);
    }

    private void enqueue(int status, String contentType, String body) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", contentType).body(body)
                .build());
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    private static void assertNoTokenHeaders(Message m) {
        assertNull(m.getHeader(AiHeaders.INPUT_TOKENS), "input tokens");
        assertNull(m.getHeader(AiHeaders.OUTPUT_TOKENS), "output tokens");
        assertNull(m.getHeader(AiHeaders.TOTAL_TOKENS), "total tokens");
    }

    @Test
    void negativeOrOverflowingTokenCountsSetNoTokenHeaders() {
        enqueue(200, "application/json", """
                {"id":"r","model":"m","choices":[{"index":0,"finish_reason":"stop",
                 "message":{"role":"assistant","content":"hi"}}],
                 "usage":{"prompt_tokens":-5,"completion_tokens":99999999999999999999,"total_tokens":-1}}""");
        enqueue(200, "application/json", """
                {"model":"m","data":[{"index":0,"embedding":[0.5]}],
                 "usage":{"prompt_tokens":99999999999999999999,"total_tokens":-5}}""");

        Exchange chat = template.request(uri("chat", ""), e -> e.getMessage().setBody("hi"));
        Exchange embed = template.request(uri("embed", ""), e -> e.getMessage().setBody("hi"));

        assertNull(chat.getException());
        assertEquals("hi", chat.getMessage().getBody());
        assertNoTokenHeaders(chat.getMessage());
        assertNull(embed.getException());
        assertNoTokenHeaders(embed.getMessage());
    }

    @Test
    void aStreamAnsweredWithAnHtmlPageFailsNamingTheStatusAndContentType() {
        enqueue(200, "text/html", "<html>Service temporarily moved</html>");

        Exchange out = template.request(uri("chat", "stream=true"), e -> e.getMessage().setBody("hi"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(200, e.getStatusCode());
        assertTrue(e.getMessage().contains("HTTP 200 with Content-Type text/html"), e.getMessage());
        assertFalse(e.getMessage().contains("stream ended"), e.getMessage());
    }

    @Test
    void anErrorEchoingTheApiKeyNeverShowsIt() {
        enqueue(401, "application/json", "{\"error\":{\"code\":\"401\",\"message\":\"Access denied: key " + KEY
                + " is invalid\"}}");

        Exchange out = template.request(uri("chat", "logHttp=true"), e -> e.getMessage().setBody("hi"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("Access denied: key ****** is invalid", e.getProviderMessage());
        String everything = String.join("\n", e.getMessage(), e.toString(), trace(e));
        assertFalse(everything.contains(KEY), everything);
        assertTrue(logs.all().contains("key ****** is invalid"), "the error body was logged, masked");
        logs.assertNoSecret(KEY);
    }

    @Test
    void anErrorEchoingTheEntraIdTokenNeverShowsIt() {
        context.getRegistry().bind("entra", new TokenCredential() {
            @Override
            public Mono<AccessToken> getToken(TokenRequestContext request) {
                return Mono.fromSupplier(() -> getTokenSync(request));
            }

            @Override
            public AccessToken getTokenSync(TokenRequestContext request) {
                return new AccessToken(ENTRA_TOKEN, OffsetDateTime.now().plusHours(1));
            }
        });
        enqueue(403, "application/json", "{\"error\":{\"code\":\"PermissionDenied\",\"message\":\"token "
                + ENTRA_TOKEN + " lacks the role\"}}");

        Exchange out = template.request("azure-inference:chat?tokenCredential=#entra&maxRetries=0&logHttp=true"
                + "&endpoint=" + server.url("/models"),
                e -> e.getMessage().setBody("hi"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("token ****** lacks the role", e.getProviderMessage());
        assertFalse(trace(e).contains(ENTRA_TOKEN), trace(e));
        logs.assertNoSecret(ENTRA_TOKEN);
    }
}
