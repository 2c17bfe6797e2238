package io.camelai.qianfan;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.support.testing.AbstractSystemMessageWireTest;

/** Qianfan v1 chat: no system role, the one system message is the {@code system} field. */
class QianfanV1SystemMessageWireTest extends AbstractSystemMessageWireTest {

    @Override
    protected String chatUri(String system) {
        return "qianfan:chat?accessKey=ak&secretKey=sk&baseUrl=" + serverUrl()
                + (system == null ? "" : "&system=RAW(" + system + ")");
    }

    @Override
    protected String answer() {
        return "{\"id\":\"as-1\",\"object\":\"chat.completion\",\"created\":1,\"result\":\"ok\",\"is_truncated\":false}";
    }

    @Override
    protected Object request(String system, String user) {
        QianfanChatRequest request = new QianfanChatRequest()
                .messages(List.of(Map.of("role", "user", "content", user)));
        return system == null ? request : request.put("system", system);
    }

    @Override
    protected List<String> systemMessages(JsonNode body) {
        return body.has("system") ? List.of(body.get("system").asText()) : List.of();
    }
}
