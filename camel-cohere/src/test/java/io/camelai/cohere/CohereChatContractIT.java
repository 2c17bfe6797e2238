package io.camelai.cohere;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.testing.AbstractChatContractIT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming and tool contract on cohere:chat (v2): tool results go back as role tool messages. */
class CohereChatContractIT extends AbstractChatContractIT {

    @Override
    protected String chatUri() {
        return "cohere:chat?apiKey=test-key&retryBackoff=10&baseUrl=" + sim.get().cohereUrl();
    }

    @Override
    protected void assertToolResultSent(RecordedRequest request, ToolCall call, String resultJson) {
        JsonNode tool = null;
        for (JsonNode m : request.json().get("messages")) {
            if ("tool".equals(m.path("role").asText()) && call.id().equals(m.path("tool_call_id").asText())) {
                tool = m;
            }
        }
        assertTrue(tool != null, "a tool message answers " + call.id() + ": " + request.json());
        assertTrue(tool.get("content").toString().contains(resultJson.replace("\"", "\\\""))
                || tool.get("content").toString().contains(resultJson),
                tool.toString());
        JsonNode assistant = null;
        for (JsonNode m : request.json().get("messages")) {
            if ("assistant".equals(m.path("role").asText()) && m.has("tool_calls")) {
                assistant = m;
            }
        }
        assertEquals(call.name(), assistant.at("/tool_calls/0/function/name").asText());
    }
}
