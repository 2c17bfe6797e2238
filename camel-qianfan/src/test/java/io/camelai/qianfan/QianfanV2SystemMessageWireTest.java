package io.camelai.qianfan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<Map<String, Object>> messages = new ArrayList<>();
        if (system != null) {
            messages.add(Map.of("role", "system", "content", system));
        }
        messages.add(Map.of("role", "user", "content", user));
        return new QianfanChatRequest().messages(messages);
    }

    @Override
    protected List<String> systemMessages(JsonNode body) {
        return leadingSystemMessages(body.get("messages"));
    }
}
