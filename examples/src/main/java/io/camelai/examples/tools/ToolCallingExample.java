package io.camelai.examples.tools;

import io.camelai.examples.ExampleEnvironment;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/** Asks a question the model answers with the flight tool. Simulator unless COHERE_API_KEY is set. */
public final class ToolCallingExample {

    private ToolCallingExample() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            main.configure().addRoutesBuilder(new ToolRoutes());
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:ask?repeatCount=1")
                            .setBody(constant("When is the next flight from Seattle to Miami?"))
                            .to("direct:travel");
                }
            });
            main.configure().withDurationMaxMessages(1);
            main.run(args);
        }
    }
}
