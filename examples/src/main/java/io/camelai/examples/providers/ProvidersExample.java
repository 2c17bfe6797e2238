package io.camelai.examples.providers;

import io.camelai.examples.ExampleEnvironment;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * Asks the same question to Cohere, Azure AI Inference and Qianfan: the same route shape, three URIs. Each provider
 * is the embedded simulator unless its credentials are set (COHERE_API_KEY; AZURE_INFERENCE_ENDPOINT and
 * AZURE_INFERENCE_CREDENTIAL; QIANFAN_ACCESS_KEY and QIANFAN_SECRET_KEY or QIANFAN_AK and QIANFAN_SK).
 */
public final class ProvidersExample {

    private ProvidersExample() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:ask?repeatCount=1")
                            .setBody(constant("In one sentence, what is Apache Camel?"))
                            .multicast().to("direct:cohere", "direct:azure", "direct:qianfan");
                    from("direct:cohere").to("cohere:chat?maxTokens=200").log("cohere: ${body}");
                    from("direct:azure")
                            .to("azure-inference:chat?maxTokens=200&model={{azure.model:Mistral-large-2407}}")
                            .log("azure-inference: ${body}");
                    from("direct:qianfan").to("qianfan:chat?model=ERNIE-3.5-8K&maxOutputTokens=200")
                            .log("qianfan: ${body}");
                }
            });
            main.configure().withDurationMaxMessages(1);
            main.run(args);
        }
    }
}
