package io.camelai.azure.inference;

import io.camelai.support.testing.AbstractImagesWireTest;

/**
 * Images on azure-inference:chat as image_url content parts
 * (https://learn.microsoft.com/en-us/azure/ai-foundry/model-inference/how-to/use-chat-multi-modal).
 */
class AzureImagesWireTest extends AbstractImagesWireTest {

    @Override
    protected String chatUri(String options) {
        return "azure-inference:chat?apiKey=K&retryBackoff=1&endpoint=" + server.url("/models")
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected String answer() {
        return """
                {"id":"resp-1","object":"chat.completion","created":1718726686,"model":"Phi-4-multimodal-instruct",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"A red square."}}],
                 "usage":{"prompt_tokens":11,"completion_tokens":3,"total_tokens":14}}""";
    }
}
