package io.camelai.simulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runnable simulator's command line, run as {@code java -jar} runs it (port 0: a free one). */
class SimulatorMainTest {

    private static final String CHAT = "{\"model\":\"command-r-plus-08-2024\",\"messages\":"
            + "[{\"role\":\"user\",\"content\":\"hello\"}]}";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String cohereUrl() {
        Matcher m = Pattern.compile("cohere: +baseUrl=(\\S+)").matcher(printed.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), printed.toString(StandardCharsets.UTF_8));
        return m.group(1);
    }

    private static HttpRequest chat(String baseUrl) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/v2/chat")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer k").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CHAT)).build();
    }

    @Test
    void withTlsItServesHttpsThatClientsTrustingTheTestCaCanCall() throws Exception {
        try (AiSimulator sim = SimulatorMain.start(new String[]{"--tls", "0"}, out)) {
            String url = cohereUrl();
            assertTrue(url.startsWith("https://127.0.0.1:"), url);
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains(SimulatorTls.TRUST_STORE),
                    "says what to trust");

            HttpClient trusting = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(SimulatorTls.clientContext()).build();
            HttpResponse<String> answer = trusting.send(chat(url), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Simulated answer to: hello"), answer.body());

            HttpClient jvmDefaults = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertThrows(SSLHandshakeException.class, () -> jvmDefaults.send(chat(url),
                    HttpResponse.BodyHandlers.ofString()), "the test CA is not trusted by default");
        }
    }

    @Test
    void withoutTlsItServesPlainHttp() throws Exception {
        try (AiSimulator sim = SimulatorMain.start(new String[]{"0"}, out)) {
            String url = cohereUrl();
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    chat(url),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
        }
    }

    @Test
    void anUnknownArgumentIsRefusedWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.start(new String[]{"--https"}, out));
        assertEquals("Unexpected argument '--https'; usage: java -jar ai-simulator-runnable.jar [--tls]"
                + " [--calls-per-minute N] [--tokens-per-minute N] [port]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatorMain.start(new String[]{"70000"}, out));
    }

    @Test
    void theQuotaFlagsLimitCallsForAllClients() throws Exception {
        try (AiSimulator sim = SimulatorMain.start(new String[]{"--calls-per-minute", "1", "--tokens-per-minute",
                "100000", "0"}, out)) {
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("1 calls, 100000 tokens per minute"),
                    printed.toString(StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertEquals(200, client.send(chat(cohereUrl()), HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> refused = client.send(chat(cohereUrl()), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void aQuotaFlagWithoutAWholeNumberIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.start(new String[]{"--calls-per-minute", "-3"}, out));
        assertTrue(e.getMessage().startsWith("--calls-per-minute needs a whole number from 0 (unlimited) to "
                + Integer.MAX_VALUE + ", got '-3'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatorMain.start(new String[]{"--tokens-per-minute"},
                out));
    }
}
