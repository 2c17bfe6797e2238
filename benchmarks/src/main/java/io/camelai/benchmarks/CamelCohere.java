package io.camelai.benchmarks;

import java.util.concurrent.atomic.AtomicLong;

import io.camelai.support.chat.ChatStream;
import io.camelai.support.chat.ChunkType;
import okhttp3.OkHttpClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The component under test, used the way a route author does: a ProducerTemplate into {@code direct:} routes that
 * call {@code cohere:chat}, plain, streamed to a consumer route, and streamed through a split.
 */
final class CamelCohere implements AutoCloseable {

    private static final String ON_CHUNK = "benchOnChunk";

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    // resolved once, as an application holding its endpoints would: a URI string is looked up on every call
    private final Endpoint chat;
    private final Endpoint consumer;
    private final Endpoint split;
    private final Endpoint streamBody;
    private final Endpoint rawInRoute;
    private final String options;
    final AtomicLong consumerChunks = new AtomicLong();
    final AtomicLong splitChunks = new AtomicLong();

    CamelCohere(OkHttpClient http, String baseUrl) throws Exception {
        RawCohere raw = new RawCohere(http, baseUrl);
        context.getRegistry().bind("benchHttp", http);
        this.options = "model=command-a-03-2025&apiKey=bench-key&maxRetries=0&httpClient=#benchHttp&baseUrl="
                + baseUrl;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("cohere:chat?" + options);
                // Camel's own share: the same route shape with the hand-written client in a processor
                from("direct:rawInRoute")
                        .process(e -> e.getMessage().setBody(raw.chat(e.getMessage().getBody(String.class))));
                from("direct:consumer").to("cohere:chat?stream=true&" + options);
                from("cohere:chat?stream=true&" + options).process(e -> {
                    if (e.getMessage().getHeader("CamelAiChunkType") == ChunkType.TEXT) {
                        consumerChunks.incrementAndGet();
                    }
                });
                // another URI (logHttp=false is the default): an endpoint without a consumer, so a ChatStream body
                from("direct:split").to("cohere:chat?stream=true&logHttp=false&" + options)
                        .split(body()).streaming().process(e -> {
                            if (e.getMessage().getHeader("CamelAiChunkType") == ChunkType.TEXT) {
                                splitChunks.incrementAndGet();
                            }
                        }).end();
                // the ChatStream body read by the route's next step (it is closed when the exchange completes)
                from("direct:streamBody").to(streamUri()).process(e -> {
                    Runnable chunk = e.getProperty(ON_CHUNK, Runnable.class);
                    try (ChatStream stream = e.getMessage().getBody(ChatStream.class)) {
                        while (stream.hasNext()) {
                            stream.next();
                            chunk.run();
                        }
                    }
                });
            }
        });
        context.start();
        template = context.createProducerTemplate();
        chat = context.getEndpoint("direct:chat");
        consumer = context.getEndpoint("direct:consumer");
        split = context.getEndpoint("direct:split");
        streamBody = context.getEndpoint("direct:streamBody");
        rawInRoute = context.getEndpoint("direct:rawInRoute");
    }

    /** A streaming endpoint without a consumer: its producer's body is a lazy ChatStream. */
    String streamUri() {
        return "cohere:chat?stream=true&logHttp=false&" + options;
    }

    /** Streams to a ChatStream body that the route reads chunk by chunk, running {@code onChunk} for each. */
    void streamBody(String text, Runnable onChunk) {
        template.send(streamBody, e -> {
            e.setProperty(ON_CHUNK, onChunk);
            e.getMessage().setBody(text);
        });
    }

    String chat(String text) {
        return template.requestBody(chat, text, String.class);
    }

    /** The hand-written raw client called from a processor in a direct route: what Camel alone adds to a call. */
    String rawInRoute(String text) {
        return template.requestBody(rawInRoute, text, String.class);
    }

    /** Streams to the consumer route; returns the text chunks it routed. */
    long streamToConsumer(String text) {
        long before = consumerChunks.get();
        template.requestBody(consumer, text, String.class);
        return consumerChunks.get() - before;
    }

    /** Streams through a split; returns the text chunks it routed. */
    long streamSplit(String text) {
        long before = splitChunks.get();
        template.requestBody(split, text);
        return splitChunks.get() - before;
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
