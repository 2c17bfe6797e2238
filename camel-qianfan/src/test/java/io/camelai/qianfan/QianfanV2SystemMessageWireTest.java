package io.camelai.qianfan;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.support.testing.AbstractSystemMessageWireTest;

/** Qianfan v2 chat (OpenAI-style): the one system message leads {@code messages}; the option is {@code system}. */
class QianfanV2SystemMessageWireTest extends AbstractSystemMessageWireTest {

    @Override
    protected String chatUri(String system) {
        return "qianfan:chat?apiVersion=v2&bearerToken=bce-v3/x/y&baseUrl=" + serverUrl()
                + (system == null ? "" : "&system=RAW(" + system + ")");
    }

    @Override
    protected String answer() {
        return """
                {"id":"as-2","object":"chat.completion","created":1,"model":"ernie-lite-8k",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}""";
    }

    @Override
    protected Object request(String system, String user) {
        return new QianfanChatRequest().messages(openAiMessages(system, user));
    }

    @Override
    protected List<String> systemMessages(JsonNode body) {
        return leadingSystemMessages(body.get("messages"));
    }
}
