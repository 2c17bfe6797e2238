package io.camelai.examples.streaming;

import org.apache.camel.builder.RouteBuilder;

/**
 * Streams an answer to the console as it is generated: the producer of the streaming endpoint starts the stream, and
 * the route consuming from the same endpoint receives one exchange per chunk, in order, on the producer's thread.
 * When the stream ends, the producer's body is the whole text with the usage headers.
 */
public final class StreamingRoutes extends RouteBuilder {

    /** The same URI for producer and consumer: the same endpoint instance, as with {@code direct:}. */
    public static final String STORY = "cohere:chat?stream=true&maxTokens=300";

    private final StringBuilder console;

    /** @param console where chunks are printed (System.out in the app; a buffer in tests) */
    public StreamingRoutes(StringBuilder console) {
        this.console = console;
    }

    @Override
    public void configure() {
        from("direct:story")
                .to(STORY)
                .log("Whole answer (${header.CamelAiOutputTokens} tokens, ${header.CamelAiFinishReason}): ${body}");

        from(STORY)
                .routeId("story-chunks")
                .choice()
                .when(header("CamelAiChunkType").isEqualTo("TEXT"))
                .process(e -> print(e.getMessage().getBody(String.class)))
                .when(header("CamelAiStreamEnd").isEqualTo(true))
                .process(e -> System.out.println());
    }

    private void print(String delta) {
        synchronized (console) {
            console.append(delta);
        }
        System.out.print(delta);
        System.out.flush();
    }
}
