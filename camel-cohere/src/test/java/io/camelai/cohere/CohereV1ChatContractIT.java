package io.camelai.cohere;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.testing.AbstractChatContractIT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The streaming and tool contract on cohere:chat with apiVersion=v1 (NDJSON streams): tool calls come back as
 * {@code tool_calls} with parameters, results go back as {@code tool_results} with the call they answer.
 */
class CohereV1ChatContractIT extends AbstractChatContractIT {

    @Override
    protected String chatUri() {
        return "cohere:chat?apiVersion=v1&apiKey=test-key&retryBackoff=10&baseUrl=" + sim.get().cohereUrl();
    }

    @Override
    protected void assertToolResultSent(RecordedRequest request, ToolCall call, String resultJson) {
        assertEquals("/v1/chat", request.path());
        JsonNode json = request.json();
        assertEquals("", json.get("message").asText(), "a tool-results turn has an empty message");
        JsonNode result = json.at("/tool_results/0");
        assertEquals(call.name(), result.at("/call/name").asText());
        assertEquals(resultJson, result.at("/outputs/0").toString());
        JsonNode last = json.get("chat_history").get(json.get("chat_history").size() - 1);
        assertEquals("CHATBOT", last.get("role").asText());
        assertNotNull(last.get("tool_calls"));
        assertEquals(result.at("/call/parameters"), last.at("/tool_calls/0/parameters"));
    }
}
