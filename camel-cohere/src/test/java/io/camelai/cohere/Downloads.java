package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.camelai.cohere.ops.DatasetRecords;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * Reads a {@code datasets?action=download} body as a route does: inside the exchange that got it (the records are
 * closed when their exchange completes, so a ProducerTemplate caller would only get them closed).
 */
final class Downloads {

    private static final String URI = "CamelCohereTestDownloadUri";
    private static final String READER = "CamelCohereTestDownloadReader";

    private Downloads() {}

    /** Sends an exchange (prepared by {@code setup}) to {@code uri} and runs {@code reader} on its records. */
    static Exchange read(CamelContext context, String uri, Processor setup, Consumer<DatasetRecords> reader)
            throws Exception {
        String route = "cohere-test-read-download";
        synchronized (Downloads.class) {
            if (context.getRoute(route) == null) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public void configure() {
                        from("direct:" + route).routeId(route).toD("${exchangeProperty." + URI + "}")
                                .process(e -> ((Consumer<DatasetRecords>) e.getProperty(READER))
                                        .accept(e.getMessage().getBody(DatasetRecords.class)));
                    }
                });
            }
        }
        return context.createProducerTemplate().send("direct:" + route, e -> {
            e.setProperty(URI, uri);
            e.setProperty(READER, reader);
            setup.process(e);
        });
    }

    /** Every record of the download {@code uri} answers {@code body} with; fails on any exception. */
    static List<Object> all(CamelContext context, String uri, Object body) throws Exception {
        List<Object> out = new ArrayList<>();
        Exchange done = read(context, uri, e -> e.getMessage().setBody(body), it -> it.forEachRemaining(out::add));
        if (done.getException() != null) {
            throw done.getException();
        }
        return out;
    }
}
