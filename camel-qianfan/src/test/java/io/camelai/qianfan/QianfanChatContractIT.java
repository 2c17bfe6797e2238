package io.camelai.qianfan;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.testing.AbstractChatContractIT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The streaming and tool contract on qianfan:chat v1 with IAM signing: tool calls come back as function_call, and
 * results go back as role function messages named after the tool (keeping the odd, alternating message count).
 */
class QianfanChatContractIT extends AbstractChatContractIT {

    @Override
    protected String chatUri() {
        return "qianfan:chat?accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sim-sk&retryBackoff=10"
                + "&baseUrl=" + sim.get().qianfanUrl();
    }

    @Override
    protected void assertToolResultSent(RecordedRequest request, ToolCall call, String resultJson) {
        assertEquals("/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/ernie-lite-8k", request.path());
        JsonNode messages = request.json().get("messages");
        JsonNode function = null;
        JsonNode assistant = null;
        for (JsonNode m : messages) {
            if ("function".equals(m.path("role").asText()) && call.name().equals(m.path("name").asText())) {
                function = m;
            }
            if ("assistant".equals(m.path("role").asText()) && m.has("function_call")) {
                assistant = m;
            }
        }
        assertNotNull(function, "a function message answers " + call.name() + ": " + messages);
        assertEquals(resultJson, function.get("content").asText());
        assertNotNull(assistant, "the assistant turn with the function call is sent back");
        assertEquals(call.name(), assistant.at("/function_call/name").asText());
        assertEquals(1, messages.size() % 2, "v1 needs an odd message count");
    }
}
