package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.json.AiJson;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What wire tests share: a MockWebServer standing in for the provider, which answers a request nobody queued an
 * answer for at once (418) instead of hanging until a timeout and parses every JSON body strictly (a duplicate key
 * fails the test), and readers for the requests the component sent.
 */
public abstract class WireTestSupport extends CamelTestSupport {

    @StartStop
    protected final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(),
            new MockResponse.Builder().code(418)
                    .body("{\"message\":\"the test queued no answer for this request\"}").build());

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    /** The server's root URL without its trailing slash. */
    protected String serverUrl() {
        String base = server.url("/").toString();
        return base.substring(0, base.length() - 1);
    }

    /** A JSON answer with the given status. */
    protected static MockResponse jsonResponse(int status, String json) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(json)
                .build();
    }

    protected void respond(String json) {
        respond(200, json);
    }

    protected void respond(int status, String json) {
        server.enqueue(jsonResponse(status, json));
    }

    /** The next request the server received (fails the test when there is none within five seconds). */
    protected RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "no request reached the server");
        return r;
    }

    /** Every request the server received so far, in order, without waiting for more. */
    protected List<RecordedRequest> takeAll() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(0, TimeUnit.SECONDS)) != null;) {
            out.add(r);
        }
        return out;
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
