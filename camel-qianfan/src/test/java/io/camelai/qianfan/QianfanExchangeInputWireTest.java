package io.camelai.qianfan;

import java.util.List;
import java.util.Map;

import io.camelai.support.AiEndpoint;
import io.camelai.support.AiHeaders;
import io.camelai.support.testing.StrictJsonDispatcher;
import io.camelai.support.testing.WireTestSupport;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What exchange input cannot do on qianfan: move a v1 call to another path with its model name, set unchecked
 * third-party parameters or a stored memory, or grow the endpoint's URL cache without bound.
 */
class QianfanExchangeInputWireTest extends WireTestSupport {

    @BeforeEach
    void answerEveryCall() {
        StrictJsonDispatcher.wrap(server, new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return jsonResponse(200, QianfanWireTest.OK);
            }
        });
    }

    private String uri(String operation) {
        return "qianfan:" + operation + "?accessKey=ak&secretKey=sk&maxRetries=0&baseUrl=" + serverUrl();
    }

    private String refused(String uri, Map<String, Object> headers) {
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody("hi");
            e.getMessage().getHeaders().putAll(headers);
        });
        assertInstanceOf(IllegalArgumentException.class, out.getException(), () -> String.valueOf(out.getException()));
        assertEquals(0, server.getRequestCount(), "refused before any call");
        return out.getException().getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "..."})
    void aModelNameOfDotsCannotMoveTheCallToAnotherPath(String model) {
        String chat = refused(uri("chat"), Map.of(AiHeaders.MODEL, model));
        String embed = refused(uri("embed"), Map.of(AiHeaders.MODEL, model));

        for (String m : List.of(chat, embed)) {
            assertTrue(m.startsWith("Invalid value '" + model + "' for header CamelAiModel: a Qianfan v1 model is a"
                    + " name from the Qianfan model list"), m);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"extraParameters|x", "systemMemoryId|sm-other-app", "endpoint|other_svc",
            "functionResponses|classpath:weather-responses.json",
            "functionExamples|file:/etc/passwd",
            "authUrl|http://attacker.example", "accessKey|other", "appId|other",
            "apiVersion|v2", "signatureExpiration|86400"})
    void theOptionsHeaderCannotSetAnOptionThatIsNotAModelRequestParameter(String option, String value) {
        String message = refused(uri("chat"), Map.of(AiHeaders.OPTIONS, Map.of(option, value)));

        assertTrue(message.startsWith("Header CamelAiOptions cannot set option '" + option + "'"), message);
    }

    @Test
    void theParsedUrlsOfManyModelNamesAreKeptBoundedly() {
        for (int i = 0; i < 3 * AiEndpoint.MAX_CACHED_URLS; i++) {
            int n = i;
            assertNull(template.request(uri("chat"), e -> {
                e.getMessage().setBody("hi");
                e.getMessage().setHeader(AiHeaders.MODEL, "model-" + n);
            }).getException());
        }

        QianfanEndpoint endpoint = context.getEndpoint(uri("chat"), QianfanEndpoint.class);
        assertEquals(3 * AiEndpoint.MAX_CACHED_URLS, server.getRequestCount());
        assertTrue(endpoint.cachedUrls() <= AiEndpoint.MAX_CACHED_URLS, "kept: " + endpoint.cachedUrls());
    }
}
