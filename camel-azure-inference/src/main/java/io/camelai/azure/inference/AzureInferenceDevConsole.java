package io.camelai.azure.inference;

import io.camelai.support.console.AiDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/** The azure-inference developer console: each endpoint's calls, retries, failures, open streams, tokens and last errors. */
@DevConsole(name = "azure-inference", displayName = "Azure AI Model Inference", description = "Azure AI Model Inference endpoints: calls, retries, tokens by model,"
        + " open streams and last errors")
public class AzureInferenceDevConsole extends AiDevConsole {

    public AzureInferenceDevConsole() {
        super("azure-inference", "Azure AI Model Inference",
                "Azure AI Model Inference endpoints: calls, retries, tokens by model, open streams and last errors");
    }
}
