package io.camelai.cohere;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.V2ChatRequest;
import io.camelai.cohere.api.V2Message;
import io.camelai.support.testing.AbstractSystemMessageWireTest;

/** Cohere v2 chat: the one system message leads {@code messages}; the option is {@code preamble}. */
class CohereV2SystemMessageWireTest extends AbstractSystemMessageWireTest {

    @Override
    protected String chatUri(String system) {
        return "cohere:chat?apiKey=k&baseUrl=" + serverUrl() + (system == null ? "" : "&preamble=RAW(" + system + ")");
    }

    @Override
    protected String answer() {
        return """
                {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"ok"}]}}""";
    }

    @Override
    protected Object request(String system, String user) {
        V2ChatRequest request = new V2ChatRequest();
        if (system != null) {
            request.addMessage(V2Message.system(system));
        }
        return request.addMessage(V2Message.user(user));
    }

    @Override
    protected List<String> systemMessages(JsonNode body) {
        return leadingSystemMessages(body.get("messages"));
    }
}
