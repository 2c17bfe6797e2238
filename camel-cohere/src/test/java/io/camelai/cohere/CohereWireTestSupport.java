package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the wire tests share: a MockWebServer standing in for api.cohere.com, endpoint URIs pointing at it (key
 * {@code k}, retries after 1 ms), and readers for the requests the component sent.
 */
abstract class CohereWireTestSupport extends CamelTestSupport {

    @StartStop
    protected final MockWebServer server = newServer();

    /**
     * A server that answers a request nobody queued an answer for at once (418), instead of hanging until a timeout,
     * and parses every JSON body it gets strictly (a duplicate key fails the test).
     */
    private static MockWebServer newServer() {
        return StrictJsonDispatcher.install(new MockWebServer(), new MockResponse.Builder().code(418)
                .body("{\"message\":\"the test queued no answer for this request\"}").build());
    }

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    /** A {@code cohere:<operation>} URI against the mock server; {@code options} are more URI options, or empty. */
    protected String uri(String operation, String options) {
        String base = server.url("/").toString();
        return "cohere:" + operation + "?apiKey=k&retryBackoff=1&baseUrl=" + base.substring(0, base.length() - 1)
                + (options.isEmpty() ? "" : "&" + options);
    }

    protected void respond(String json) {
        respond(200, json);
    }

    protected void respond(int status, String json) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    /** The next request the server received (fails the test when there is none within a second). */
    protected RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
        assertNotNull(r, "no request reached the server");
        return r;
    }

    protected static JsonNode body(RecordedRequest r) {
        assertNotNull(r.getBody(), "the request has a body");
        return AiJson.readTree(r.getBody().utf8());
    }

    protected static JsonNode json(String text) {
        return AiJson.readTree(text);
    }

    /** The messages of an exception and its causes, for checking what a failure names. */
    protected static String messages(Throwable t) {
        List<String> out = new ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.add(String.valueOf(c.getMessage()));
        }
        return String.join(" <- ", out);
    }
}
