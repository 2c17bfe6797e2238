package io.camelai.examples.rag;

import java.util.List;

import io.camelai.examples.ExampleEnvironment;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * Indexes a few passages about Camel and answers a question from them with embed, rerank and chat. Runs against the
 * embedded simulator unless COHERE_API_KEY is set.
 */
public final class RagExample {

    static final List<String> PASSAGES = List.of(
            "Apache Camel is an open source integration framework based on Enterprise Integration Patterns.",
            "Camel routes connect endpoints such as files, queues and HTTP services.",
            "A Camel component is a factory of endpoints identified by a URI scheme.",
            "Emperor penguins are the tallest penguins.",
            "Camel Main runs routes as a standalone application.");

    private RagExample() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            main.configure().addRoutesBuilder(new RagRoutes());
            main.start();
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            template.sendBodyAndHeader("direct:index", PASSAGES, "passages", PASSAGES);
            String answer = template.requestBody("direct:ask", "What is a Camel component?", String.class);
            System.out.println("Answer: " + answer);
            main.stop();
        }
    }
}
