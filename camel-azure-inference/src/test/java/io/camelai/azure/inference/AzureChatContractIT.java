package io.camelai.azure.inference;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.testing.AbstractChatContractIT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The streaming and tool contract on azure-inference:chat: tool results go back as role tool messages. */
class AzureChatContractIT extends AbstractChatContractIT {

    @Override
    protected String chatUri() {
        return "azure-inference:chat?apiKey=test-key&retryBackoff=10&model=sim-chat-model&endpoint="
                + sim.get().azureUrl();
    }

    @Override
    protected void assertToolResultSent(RecordedRequest request, ToolCall call, String resultJson) {
        JsonNode tool = null;
        JsonNode assistant = null;
        for (JsonNode m : request.json().get("messages")) {
            if ("tool".equals(m.path("role").asText()) && call.id().equals(m.path("tool_call_id").asText())) {
                tool = m;
            }
            if ("assistant".equals(m.path("role").asText()) && m.has("tool_calls")) {
                assistant = m;
            }
        }
        assertNotNull(tool, "a tool message answers " + call.id() + ": " + request.json());
        assertEquals(resultJson, tool.get("content").asText());
        assertNotNull(assistant, "the assistant turn with the tool calls is sent back");
        assertEquals(call.id(), assistant.at("/tool_calls/0/id").asText());
        assertEquals(call.name(), assistant.at("/tool_calls/0/function/name").asText());
        assertEquals("function", assistant.at("/tool_calls/0/type").asText());
    }
}
