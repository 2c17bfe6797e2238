package io.camelai.examples;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * Asks Cohere one question and logs the answer with its token usage. Runs against the embedded simulator unless
 * COHERE_API_KEY is set.
 */
public final class ChatExample {

    private ChatExample() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:ask?repeatCount=1")
                            .setBody(constant("In one sentence, what is Apache Camel?"))
                            .to("cohere:chat?model=command-a-03-2025&maxTokens=200")
                            .log("Answer: ${body}")
                            .log("Tokens: ${header.CamelAiInputTokens} in, ${header.CamelAiOutputTokens} out,"
                                    + " finish reason ${header.CamelAiFinishReason}");
                }
            });
            main.configure().withDurationMaxMessages(1);
            main.run(args);
        }
    }
}
