package io.camelai.support.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.camelai.support.json.AiJson;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A MockWebServer dispatcher that parses every JSON request body it sees strictly (Jackson's
 * {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}): a body holding a key twice in one object, which most parsers
 * would read as "the last one wins", is recorded and fails the test in {@link #verify(MockWebServer)}. Answers come
 * from the queue ({@code server.enqueue}) or from the dispatcher it wraps.
 * <p>
 * Wire tests install it when they create their server and call {@link #verify} after each test; a test that sets a
 * dispatcher of its own wraps it ({@link #wrap}), and {@link #verify} fails when it did not.
 */
public final class StrictJsonDispatcher extends QueueDispatcher {

    private static final ObjectReader STRICT = AiJson.mapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final Dispatcher delegate;
    private final List<String> duplicates = Collections.synchronizedList(new ArrayList<>());

    private StrictJsonDispatcher(Dispatcher delegate) {
        this.delegate = delegate;
    }

    /** Installs a queue dispatcher that checks bodies; {@code failFast} answers a request nobody queued an answer for. */
    public static MockWebServer install(MockWebServer server, MockResponse failFast) {
        StrictJsonDispatcher d = new StrictJsonDispatcher(null);
        if (failFast != null) {
            d.setFailFast(failFast);
        }
        server.setDispatcher(d);
        return server;
    }

    /** Makes the server answer with {@code delegate}, every body still checked. */
    public static void wrap(MockWebServer server, Dispatcher delegate) {
        server.setDispatcher(new StrictJsonDispatcher(delegate));
    }

    /** Fails when the server's dispatcher does not check bodies or when a body had a duplicate key. */
    public static void verify(MockWebServer server) {
        StrictJsonDispatcher d = assertInstanceOf(StrictJsonDispatcher.class, server.getDispatcher(),
                "the server's dispatcher must check request bodies (StrictJsonDispatcher.install/wrap)");
        assertTrue(d.duplicates.isEmpty(), "request bodies with a duplicate key: " + d.duplicates);
    }

    /** Parses JSON strictly: a key twice in one object fails with Jackson's message naming it. */
    public static JsonNode parse(String json) throws IOException {
        return STRICT.readTree(json);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        check(request);
        return delegate != null ? delegate.dispatch(request) : super.dispatch(request);
    }

    @Override
    public MockResponse peek() {
        return delegate != null ? delegate.peek() : super.peek();
    }

    @Override
    public void close() {
        if (delegate != null) {
            delegate.close();
        }
        super.close();
    }

    private void check(RecordedRequest request) {
        ByteString body = request.getBody();
        String type = request.getHeaders().get("Content-Type");
        if (body == null || body.size() == 0 || type == null || !type.contains("json")) {
            return;
        }
        try {
            parse(body.utf8());
        } catch (IOException e) {
            duplicates.add(request.getMethod() + " " + request.getUrl().encodedPath() + ": " + e.getMessage());
        }
    }
}
