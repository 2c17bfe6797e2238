package io.camelai.cohere;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import mockwebserver3.MockResponse;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cohere's errors and warnings on the wire, and the option checks that fail before anything is sent. */
class CohereErrorsWireTest extends CohereWireTestSupport {

    private static final String ANSWER = """
            {"id":"r","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"ok"}]}}
            """;

    private static final String MONTHLY = "You are using a Trial key, which is limited to 1000 API calls / month."
            + " You can continue to use the Trial key for free or upgrade to a"
            + " Production key with higher rate limits at"
            + " 'https://dashboard.cohere.com/api-keys'.";
    private static final String PER_MINUTE = "You are using a Trial key, which is limited to 10 API calls / minute."
            + " You can continue to use the Trial key for free or upgrade to a"
            + " Production key with higher rate limits at"
            + " 'https://dashboard.cohere.com/api-keys'.";

    @Test
    void aTrialKeysPerMinuteLimitIsRetriedAfterTheWaitTheServerAsks() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "1").body("{\"message\":\"" + PER_MINUTE + "\"}").build());
        respond(ANSWER);

        assertEquals("ok", template.requestBody(uri("chat", ""), "hi", String.class));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aTrialKeysPerMinute429IsRetryableWithTheServersWaitAndTheMonthlyOneIsNot() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "7").body("{\"message\":\"" + PER_MINUTE + "\"}").build());
        respond(429, "{\"message\":\"" + MONTHLY + "\"}");
        String noRetries = uri("chat", "maxRetries=0");

        AiHttpException perMinute = assertInstanceOf(AiHttpException.class,
                template.request(noRetries, e -> e.getMessage().setBody("hi")).getException());
        AiHttpException monthly = assertInstanceOf(AiHttpException.class,
                template.request(noRetries, e -> e.getMessage().setBody("hi")).getException());

        assertTrue(perMinute.isRetryable(), "the per-minute limit passes");
        assertEquals(java.time.Duration.ofSeconds(7), perMinute.getRetryAfter());
        assertFalse(monthly.isRetryable(), "the monthly cap lasts until next month");
    }

    @Test
    void aTrialKeys429IsQuotaExhaustedAndNotRetried() {
        respond(429, "{\"message\":\"" + MONTHLY + "\"}");
        respond(ANSWER);

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(uri("chat", ""), "hi", String.class));

        AiHttpException ahe = assertInstanceOf(AiHttpException.class, e.getCause());
        assertEquals(429, ahe.getStatusCode());
        assertFalse(ahe.isRetryable());
        assertTrue(ahe.getProviderMessage().startsWith("You are using a Trial key"), ahe.getProviderMessage());
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"429|{\"message\":\"too many requests\"}", "503|{\"message\":\"overloaded\"}"})
    void aPlain429OrA503IsRetried(int status, String error) {
        respond(status, error);
        respond(ANSWER);

        assertEquals("ok", template.requestBody(uri("chat", ""), "hi", String.class));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void a400FailsWithCoheresMessageAndTraceId() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("x-debug-trace-id", "trace-1")
                .body("{\"id\":\"x\",\"message\":\"invalid request: messages must not be empty\"}").build());

        Exchange out = template.request(uri("chat", ""), e -> e.getMessage().setBody("hi"));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(400, e.getStatusCode());
        assertEquals("invalid request: messages must not be empty", e.getProviderMessage());
        assertEquals("trace-1", e.getRequestId());
        assertEquals("cohere", e.getProvider());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void warningsFromTheHeaderAndTheBodyGoToCamelCohereWarnings() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .addHeader("X-API-Warning", "Parameter xyz is deprecated")
                .body("{\"tokens\":[1],\"token_strings\":[\"a\"],\"meta\":{\"warnings\":[\"experimental\"]}}")
                .build());

        Exchange out = template.request(uri("tokenize", ""), e -> e.getMessage().setBody("a"));

        assertEquals(List.of("Parameter xyz is deprecated", "experimental"),
                out.getMessage().getHeader(CohereConstants.WARNINGS));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("chat", "k=501", List.of("option k:", "[0, 500]")),
                Arguments.of("chat", "p=1", List.of("option p:", "[0.01, 0.99]")),
                Arguments.of("chat", "stopSequences=a,b,c,d,e,f", List.of("option stopSequences", "at most 5")),
                Arguments.of("chat", "safetyMode=LOUD", List.of("'LOUD'", "CONTEXTUAL, STRICT, OFF, NONE")),
                Arguments.of("embed", "outputDimension=100", List.of("option outputDimension",
                        "256, 512, 1024, 1536")));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void aBadOptionFailsTheEndpointsCreationNamingWhatIsAllowed(String operation, String option,
            List<String> named) {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri(operation, option)));

        for (String n : named) {
            assertTrue(messages(e).contains(n), messages(e));
        }
        assertEquals(0, server.getRequestCount());
    }

    // ---- ranges that depend on the operation (https://docs.cohere.com/reference/generate, /reference/summarize)

    @ParameterizedTest
    @CsvSource({"generate, 5", "summarize, 3.5"})
    void generateAndSummarizeTakeTemperaturesUpTo5(String operation, double temperature) throws Exception {
        respond("{\"id\":\"x\",\"generations\":[{\"text\":\"a\"}],\"summary\":\"a\",\"meta\":{}}");

        template.requestBody(uri(operation, "temperature=" + temperature), "A text.", String.class);

        assertEquals(temperature, body(take()).get("temperature").asDouble());
    }

    @Test
    void theTemperatureRangeOfEachOperationIsCheckedAtCreationNamingTheOperation() {
        Exception chat = assertThrows(Exception.class, () -> context.getEndpoint(uri("chat", "temperature=3")));
        Exception generate = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("generate", "temperature=5.5")));

        assertTrue(messages(chat).contains("Invalid value 3.0 for option temperature with operation chat: must be in"
                + " [0, 1] ([0, 5] for generate, summarize)"), messages(chat));
        assertTrue(messages(generate).contains("Invalid value 5.5 for option temperature with operation generate:"
                + " must be in [0, 5]"), messages(generate));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void temperatureHeadersAreCheckedAgainstTheOperationsRangeBeforeAnyRequest() throws Exception {
        respond("{\"id\":\"x\",\"generations\":[{\"text\":\"a\"}],\"meta\":{}}");
        respond("{\"id\":\"x\",\"generations\":[{\"text\":\"a\"}],\"meta\":{}}");

        template.requestBodyAndHeader(uri("generate", ""), "A prompt.", AiHeaders.TEMPERATURE, 4.0);
        template.requestBodyAndHeader(uri("generate", ""), "A prompt.", AiHeaders.OPTIONS, Map.of("temperature", 4.5));
        Exchange tooHot = template.request(uri("generate", ""), e -> {
            e.getMessage().setBody("A prompt.");
            e.getMessage().setHeader(AiHeaders.TEMPERATURE, 6.0);
        });

        assertEquals(4.0, body(take()).get("temperature").asDouble());
        assertEquals(4.5, body(take()).get("temperature").asDouble());
        assertTrue(messages(tooHot.getException()).contains("option temperature with operation generate: must be in"
                + " [0, 5]"), messages(tooHot.getException()));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void anUnknownEmbeddingTypeFailsTheFirstExchangeBeforeAnyRequest() {
        String uri = uri("embed", "embeddingTypes=float,float16");
        context.getEndpoint(uri);

        Exchange out = template.request(uri, e -> e.getMessage().setBody("a"));

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(e.getMessage().contains("'float16' for option embeddingTypes"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
