package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.V1ChatRequest;
import io.camelai.support.testing.AbstractSystemMessageWireTest;

/** Cohere v1 chat: the one system message is the {@code preamble}; a conversation's stays a SYSTEM history turn. */
class CohereV1SystemMessageWireTest extends AbstractSystemMessageWireTest {

    @Override
    protected String chatUri(String system) {
        return "cohere:chat?apiVersion=v1&apiKey=k&baseUrl=" + serverUrl()
                + (system == null ? "" : "&preamble=RAW(" + system + ")");
    }

    @Override
    protected String answer() {
        return "{\"text\":\"ok\",\"generation_id\":\"g-1\",\"finish_reason\":\"COMPLETE\"}";
    }

    @Override
    protected Object request(String system, String user) {
        V1ChatRequest request = new V1ChatRequest().message(user);
        return system == null ? request : request.put("preamble", system);
    }

    @Override
    protected List<String> systemMessages(JsonNode body) {
        List<String> out = new ArrayList<>();
        if (body.has("preamble")) {
            out.add(body.get("preamble").asText());
        }
        body.path("chat_history").forEach(turn -> {
            if ("SYSTEM".equals(turn.path("role").asText())) {
                out.add(turn.path("message").asText());
            }
        });
        return out;
    }
}
