package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * Reads a ChatStream body as a route does: inside the exchange that got it (a stream is closed when its exchange
 * completes, so a ProducerTemplate caller would only get it closed). A route of the test's context sends to the
 * streaming URI and hands the body to the test's reader as its next step.
 */
public final class ChatStreams {

    private static final String ROUTE = "camelai-test-read-stream";
    private static final String URI = "CamelAiTestStreamUri";
    private static final String READER = "CamelAiTestStreamReader";

    private ChatStreams() {}

    /**
     * Sends an exchange (prepared by {@code setup}) to {@code uri} and runs {@code reader} on its ChatStream body
     * before the exchange completes. Returns the exchange: an exception of the call or of the reader is on it.
     */
    public static Exchange read(CamelContext context, String uri, Processor setup, Consumer<ChatStream> reader)
            throws Exception {
        synchronized (ChatStreams.class) {
            if (context.getRoute(ROUTE) == null) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public void configure() {
                        from("direct:" + ROUTE).routeId(ROUTE).toD("${exchangeProperty." + URI + "}")
                                .process(e -> ((Consumer<ChatStream>) e.getProperty(READER))
                                        .accept(e.getMessage().getBody(ChatStream.class)));
                    }
                });
            }
        }
        return context.createProducerTemplate().send("direct:" + ROUTE, e -> {
            e.setProperty(URI, uri);
            e.setProperty(READER, reader);
            setup.process(e);
        });
    }

    /** Every chunk of the stream {@code uri} answers {@code body} with; fails on any exception. */
    public static List<ChatChunk> chunks(CamelContext context, String uri, Object body) throws Exception {
        List<ChatChunk> chunks = new ArrayList<>();
        Exchange out = read(context, uri, e -> e.getMessage().setBody(body), stream -> {
            try (stream) {
                stream.forEachRemaining(chunks::add);
            }
        });
        if (out.getException() != null) {
            throw out.getException();
        }
        return chunks;
    }
}
