package io.camelai.azure.inference;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.camelai.simulator.AiSimulator;
import io.camelai.support.testing.AbstractDocSnippetsIT;
import io.camelai.support.testing.TestImages;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;

/**
 * The YAML examples of the Azure AI Inference page, and of the llm-tool page (whose example calls
 * azure-inference:chat), run against the simulator.
 */
class AzureDocSnippetsIT extends AbstractDocSnippetsIT {

    /** The {@code flights} bean the llm-tool example calls. */
    public static class Flights {
        public String next(String from, String to) {
            return "{\"flight\":\"AZ 123\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
        }
    }

    @Override
    protected List<Path> adocs() {
        return List.of(Path.of("src/main/docs/azure-inference-component.adoc"),
                Path.of("../camel-ai-support/src/main/docs/llm-tool-component.adoc"));
    }

    @Override
    protected String scheme() {
        return AzureInferenceConstants.SCHEME;
    }

    @Override
    protected List<String> operations() {
        return Arrays.stream(AzureInferenceOperation.values()).map(AzureInferenceOperation::uriName).toList();
    }

    @Override
    protected void configure(CamelContext context, AiSimulator simulator) {
        AzureInferenceComponent azure = context.getComponent(AzureInferenceConstants.SCHEME,
                AzureInferenceComponent.class);
        azure.getConfiguration().setEndpoint(simulator.azureUrl());
        azure.getConfiguration().setApiKey("test-key");
        context.getRegistry().bind("flights", new Flights());
    }

    @Override
    protected Map<String, Consumer<Message>> samples() {
        String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestImages.png(8));
        return Map.of("direct:embed", m -> m.setBody(List.of("What is Apache Camel?", "An integration framework")),
                "direct:image-embed", m -> m.setBody(List.of(png)));
    }
}
