package io.camelai.azure.inference;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.support.testing.AbstractSystemMessageWireTest;

/** Azure AI Inference chat: the one system message leads {@code messages}; there is no system option. */
class AzureSystemMessageWireTest extends AbstractSystemMessageWireTest {

    @Override
    protected String chatUri(String system) {
        return "azure-inference:chat?apiKey=K&endpoint=" + serverUrl() + "/models";
    }

    @Override
    protected boolean hasSystemOption() {
        return false;
    }

    @Override
    protected String answer() {
        return """
                {"id":"c-1","object":"chat.completion","model":"m",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"ok"}}]}""";
    }

    @Override
    protected Object request(String system, String user) {
        return new ChatCompletionsRequest().messages(openAiMessages(system, user));
    }

    @Override
    protected List<String> systemMessages(JsonNode body) {
        return leadingSystemMessages(body.get("messages"));
    }
}
