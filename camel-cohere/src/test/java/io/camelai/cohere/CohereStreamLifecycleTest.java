package io.camelai.cohere;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelai.support.AiHeaders;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ChatStream body lives as long as its exchange: a route that never reads it (filtered out, failed before its
 * split) still releases the HTTP response when the exchange completes, and the split of the happy path still reads
 * every chunk first.
 */
class CohereStreamLifecycleTest {

    private static final String FIRST_EVENT = """
            event: message-start
            data: {"id":"abc","type":"message-start","delta":{"message":{"role":"assistant","content":[]}}}

            """;
    private static final String WHOLE_STREAM = FIRST_EVENT
            + """
                    event: content-delta
                    data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":"Hello"}}}}

                    event: content-delta
                    data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":" world"}}}}

                    event: message-end
                    data: {"type":"message-end","delta":{"finish_reason":"COMPLETE","usage":{"billed_units":{"input_tokens":3,"output_tokens":2}}}}

                    """;

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private final ConnectionPool pool = new ConnectionPool();
    private final DefaultCamelContext context = new DefaultCamelContext();
    private final List<String> chunks = new CopyOnWriteArrayList<>();
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        context.getRegistry().bind("http", new OkHttpClient.Builder().connectionPool(pool).build());
        String stream = "cohere:chat?stream=true&apiKey=k&maxRetries=0&httpClient=#http&baseUrl=http://127.0.0.1:"
                + server.getPort();
        Processor collect = e -> chunks.add(e.getMessage().getHeader(AiHeaders.CHUNK_TYPE) + ":"
                + e.getMessage().getBody(String.class));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:filtered").to(stream)
                        .filter(header("wanted"))
                        .split(body()).streaming().process(collect);
                from("direct:failing").to(stream)
                        .throwException(new IllegalStateException("failed before the split"))
                        .split(body()).streaming().process(collect);
                from("direct:split").to(stream)
                        .split(body()).streaming().process(collect);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    /**
     * A stream that sends its first event and then keeps the response open (an SSE comment now and then) until the
     * client goes away, which {@code clientLeft} tells.
     */
    private void respondWithEndlessStream(CountDownLatch clientLeft) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(new MockResponseBody() {
                    @Override
                    public long getContentLength() {
                        return -1;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) {
                        try {
                            sink.writeUtf8(FIRST_EVENT).flush();
                            while (true) {
                                Thread.sleep(20);
                                sink.writeUtf8(": still here\n\n").flush();
                            }
                        } catch (IOException | InterruptedException e) {
                            clientLeft.countDown();
                        }
                    }
                }).build());
    }

    private int connectionsInUse() {
        return pool.connectionCount() - pool.idleConnectionCount();
    }

    @Test
    void aStreamTheRouteFiltersOutIsClosedWhenTheExchangeCompletes() throws Exception {
        CountDownLatch clientLeft = new CountDownLatch(1);
        respondWithEndlessStream(clientLeft);

        Exchange out = template.request("direct:filtered", e -> e.getMessage().setBody("Hi"));

        assertNull(out.getException());
        assertTrue(chunks.isEmpty(), "the route never read the stream");
        assertEquals(0, connectionsInUse(), "no connection is held by the unread stream");
        assertTrue(clientLeft.await(10, TimeUnit.SECONDS), "the server saw the client close the response");
    }

    @Test
    void aStreamOfAnExchangeThatFailsBeforeItsSplitIsClosed() throws Exception {
        CountDownLatch clientLeft = new CountDownLatch(1);
        respondWithEndlessStream(clientLeft);

        Exchange out = template.request("direct:failing", e -> e.getMessage().setBody("Hi"));

        assertInstanceOf(IllegalStateException.class, out.getException());
        assertEquals(0, connectionsInUse(), "no connection is held by the unread stream");
        assertTrue(clientLeft.await(10, TimeUnit.SECONDS), "the server saw the client close the response");
    }

    @Test
    void theSplitReadsTheWholeStreamBeforeTheExchangeCompletes() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(WHOLE_STREAM)
                .build());

        Exchange out = template.request("direct:split", e -> e.getMessage().setBody("Hi"));

        assertNull(out.getException());
        assertEquals(List.of("TEXT:Hello", "TEXT: world", "END:"), chunks);
        assertEquals(0, connectionsInUse());
    }

}
