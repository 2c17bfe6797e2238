package io.camelai.examples.streaming;

import io.camelai.examples.ExampleEnvironment;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * Streams a story to the console chunk by chunk and stops when the stream has ended. Simulator unless COHERE_API_KEY
 * is set.
 */
public final class StreamingChatExample {

    private StreamingChatExample() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            main.configure().addRoutesBuilder(new StreamingRoutes(new StringBuilder()));
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:story?repeatCount=1")
                            .setBody(constant("Tell a four-sentence story about a camel who learns to stream."))
                            .to("direct:story")
                            // the producer returns when the stream has ended: done. (Main's durationMaxMessages
                            // would count the chunk exchanges too and stop Camel after the first chunk)
                            .process(e -> main.completed());
                }
            });
            main.run(args);
        }
    }
}
