package io.camelai.qianfan;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.testing.AbstractChatContractIT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The streaming and tool contract on qianfan:chat with apiVersion=v2 (OpenAI-style, bearer token). */
class QianfanV2ChatContractIT extends AbstractChatContractIT {

    @Override
    protected String chatUri() {
        return "qianfan:chat?apiVersion=v2&bearerToken=bce-v3/ALTAK-test/secret&retryBackoff=10&baseUrl="
                + sim.get().qianfanUrl();
    }

    @Override
    protected void assertToolResultSent(RecordedRequest request, ToolCall call, String resultJson) {
        assertEquals("/v2/chat/completions", request.path());
        JsonNode tool = null;
        for (JsonNode m : request.json().get("messages")) {
            if ("tool".equals(m.path("role").asText()) && call.id().equals(m.path("tool_call_id").asText())) {
                tool = m;
            }
        }
        assertNotNull(tool, "a tool message answers " + call.id());
        assertEquals(resultJson, tool.get("content").asText());
    }
}
