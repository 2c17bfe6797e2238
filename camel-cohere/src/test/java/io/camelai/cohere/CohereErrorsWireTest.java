package io.camelai.cohere;

import java.util.List;
import java.util.stream.Stream;

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

    @Test
    void aTrialKeys429IsQuotaExhaustedAndNotRetried() {
        respond(429, "{\"message\":\"You are using a Trial key, which is limited to 1000 API calls / month.\"}");
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
    @CsvSource(delimiter = '|', value = { "429|{\"message\":\"too many requests\"}", "503|{\"message\":\"overloaded\"}" })
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
