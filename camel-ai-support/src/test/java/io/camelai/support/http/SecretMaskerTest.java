package io.camelai.support.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import io.camelai.support.AiHttpException;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.testing.LogCapture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretMaskerTest {

    private static final String KEY = "sk-live-7f3a9c21";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    @Test
    void masksEveryOccurrenceOfAConfiguredSecret() {
        SecretMasker m = new SecretMasker();
        m.add(KEY);

        assertEquals("invalid key ****** (******)", m.mask("invalid key " + KEY + " (" + KEY + ")"));
        assertTrue(m.reveals("x" + KEY + "y"));
        assertFalse(m.reveals("nothing here"));
    }

    @Test
    void masksTheUrlEncodedAndJsonEscapedFormsOfASecret() {
        SecretMasker m = new SecretMasker();
        m.add("bce-v3/ALTAK-abc/def+1");

        assertEquals("token=******", m.mask("token=bce-v3%2FALTAK-abc%2Fdef%2B1"));
        assertEquals("{\"token\":\"******\"}", m.mask("{\"token\":\"bce-v3\\/ALTAK-abc\\/def+1\"}"));
    }

    @Test
    void leavesValuesShorterThanFourCharactersAlone() {
        SecretMasker m = new SecretMasker();
        m.add("k");
        m.add("abc");
        m.add(null);
        m.add("   ");

        assertEquals("a key abc and k", m.mask("a key abc and k"));
    }

    @Test
    void masksALongerSecretWholeWhenItContainsAShorterOne() {
        SecretMasker m = new SecretMasker();
        m.add("abcd");
        m.add("abcd-efgh-ijkl");

        assertEquals("key ******", m.mask("key abcd-efgh-ijkl"));
    }

    @Test
    void remembersTheLastFewTokensAndForgetsOlderOnes() {
        SecretMasker m = new SecretMasker();
        m.add(KEY);
        for (int i = 0; i < SecretMasker.REMEMBERED_TOKENS + 1; i++) {
            m.addToken("token-number-" + i + "-x");
        }

        assertEquals("******", m.mask("token-number-" + SecretMasker.REMEMBERED_TOKENS + "-x"), "the newest");
        assertEquals("******", m.mask("token-number-1-x"), "an earlier one an error may still echo");
        assertEquals("token-number-0-x", m.mask("token-number-0-x"), "the oldest was forgotten");
        assertEquals("******", m.mask(KEY), "configured secrets are never forgotten");
    }

    @Test
    void aCleanExceptionChainIsReturnedAsItIs() {
        SecretMasker m = new SecretMasker();
        m.add(KEY);
        IOException clean = new IOException("connection reset");

        assertSame(clean, m.mask(clean));
    }

    @Test
    void anExceptionBuiltWithTheMaskerShowsNoSecretInMessageFieldsCauseOrTrace() {
        SecretMasker m = new SecretMasker();
        m.add(KEY);
        IOException cause = new IOException("Unrecognized token '" + KEY + "'", new IllegalStateException(KEY));

        AiHttpException e = AiHttpException.builder("test").masker(m).status(401).errorCode("bad " + KEY)
                .providerMessage("invalid api key " + KEY).requestId(KEY).cause(cause).build(null);

        String everything = String.join("\n", e.getMessage(), e.toString(), e.getProviderMessage(),
                e.getErrorCode(), e.getRequestId(), trace(e));
        assertFalse(everything.contains(KEY), everything);
        assertTrue(e.getProviderMessage().contains("invalid api key ******"), e.getProviderMessage());
        assertTrue(trace(e).contains("java.io.IOException: Unrecognized token '******'"),
                "the cause keeps its class name and stack: " + trace(e));
    }

    @Test
    void anErrorBodyEchoingTheKeyIsMaskedInTheExceptionAndTheHttpLog() {
        SecretMasker m = new SecretMasker();
        m.add(KEY);
        OkHttpClients.Timeouts t = OkHttpClients.Timeouts.ofMillis(2000, 2000, 0);
        OkHttpClient base = new OkHttpClient();
        AiHttpClient client = new AiHttpClient("test",
                OkHttpClients.unary(base, t, List.of(), true, m, AiConfiguration.DEFAULT_MAX_RESPONSE_BYTES),
                OkHttpClients.streaming(base, t, List.of(), true, m), RetryPolicy.none(),
                new DefaultErrorDecoder("test"), m);
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .addHeader("x-echo", KEY)
                .body("{\"message\":\"invalid api key: " + KEY + "\"}").build());
        Request request = new Request.Builder().url(server.url("/v1/chat"))
                .post(RequestBody.create("{\"note\":\"" + KEY + "\"}", MediaType.get("application/json"))).build();

        AiHttpException e = assertThrows(AiHttpException.class, () -> client.execute(null, request, r -> r));

        assertEquals("invalid api key: ******", e.getProviderMessage());
        assertFalse(trace(e).contains(KEY), trace(e));
        assertTrue(logs.all().contains("invalid api key: ******"), "the response body was logged, masked");
        assertTrue(logs.all().contains("x-echo: ******"), "headers too");
        logs.assertNoSecret(KEY);
    }

    @Test
    void aMaskerKnowsOnlyItsOwnEndpointsSecrets() {
        SecretMasker a = new SecretMasker();
        SecretMasker b = new SecretMasker();
        a.add("tenant-a-key");
        b.add("tenant-b-key");

        assertEquals("****** tenant-b-key", a.mask("tenant-a-key tenant-b-key"));
        assertEquals("tenant-a-key ******", b.mask("tenant-a-key tenant-b-key"));
        assertFalse(a.toString().contains("tenant"), "toString shows no value");
    }
}
