package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system-message rule of every chat API, on the wire: a system message the request already has (the caller's own
 * provider request, or the conversation) is sent as it is; otherwise the {@code CamelAiSystemMessage} header, else
 * the endpoint's option ({@code system}, {@code preamble}; Azure has none), becomes the one system message. Each chat API extends
 * this with its URI, its answer, its own request class and where its body carries a system message.
 */
public abstract class AbstractSystemMessageWireTest extends WireTestSupport {

    protected static final String HEADER = "from the header";
    protected static final String OPTION = "from the option";

    /** The chat URI against {@link #serverUrl()}, with the system option set to {@code system} unless it is null. */
    protected abstract String chatUri(String system);

    /** Whether the endpoint has a system option (Azure has none: the header or the request carries it). */
    protected boolean hasSystemOption() {
        return true;
    }

    /** A chat answer of the API. */
    protected abstract String answer();

    /** The caller's own provider request: the system message {@code system} (none when null), then {@code user}. */
    protected abstract Object request(String system, String user);

    /** The system messages a body sends, where the API carries them, in order. */
    protected abstract List<String> systemMessages(JsonNode body);

    /** OpenAI-style {@code messages}: {@code system} (none when null), then {@code user}. */
    protected static List<Map<String, Object>> openAiMessages(String system, String user) {
        List<Map<String, Object>> messages = new ArrayList<>();
        if (system != null) {
            messages.add(Map.of("role", "system", "content", system));
        }
        messages.add(Map.of("role", "user", "content", user));
        return messages;
    }

    /** The system messages of OpenAI-style {@code messages}; fails when one stands after another role's message. */
    protected static List<String> leadingSystemMessages(JsonNode messages) {
        List<String> out = new ArrayList<>();
        boolean leading = true;
        for (JsonNode m : messages) {
            boolean system = "system".equals(m.path("role").asText());
            if (system && !leading) {
                fail("a system message after another role's message: " + messages);
            }
            leading &= system;
            if (system) {
                out.add(m.path("content").asText());
            }
        }
        return out;
    }

    /** Sends {@code body} (with the header unless it is null) and returns the system messages that went out. */
    private List<String> sent(String uri, Object body, String header) throws Exception {
        respond(answer());
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (header != null) {
                e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE, header);
            }
        });
        assertNull(out.getException(), () -> "the chat succeeds: " + out.getException());
        JsonNode sent = body(take());
        assertTrue(sent.toString().contains("\"hi\""), () -> "the user message is sent too: " + sent);
        return systemMessages(sent);
    }

    @Test
    void theCallersRequestWithASystemMessageIsSentAsItIsWithoutTheHeaderOrTheOption() throws Exception {
        assertEquals(List.of("own system"), sent(chatUri(OPTION), request("own system", "hi"), HEADER));
    }

    @Test
    void aConversationWithASystemMessageIsSentAsItIsWithoutTheHeaderOrTheOption() throws Exception {
        List<ChatMessage> conversation = List.of(ChatMessage.system("conversation system"), ChatMessage.user("hi"));

        assertEquals(List.of("conversation system"), sent(chatUri(OPTION), conversation, HEADER));
    }

    @Test
    void theHeaderBecomesTheOneSystemMessageOfARequestWithoutOne() throws Exception {
        assertEquals(List.of(HEADER), sent(chatUri(OPTION), "hi", HEADER));
        assertEquals(List.of(HEADER), sent(chatUri(OPTION), request(null, "hi"), HEADER));
        assertEquals(List.of(HEADER), sent(chatUri(null), List.of(ChatMessage.user("hi")), HEADER));
    }

    @Test
    void theOptionBecomesTheOneSystemMessageWhenNeitherTheRequestNorTheHeaderHasOne() throws Exception {
        assumeTrue(hasSystemOption(), "the endpoint has no system option");
        assertEquals(List.of(OPTION), sent(chatUri(OPTION), "hi", null));
        assertEquals(List.of(OPTION), sent(chatUri(OPTION), request(null, "hi"), null));
        assertEquals(List.of(OPTION), sent(chatUri(OPTION), List.of(ChatMessage.user("hi")), null));
    }

    @Test
    void noSystemMessageIsSentWhenNoneIsGiven() throws Exception {
        assertEquals(List.of(), sent(chatUri(null), "hi", null));
        assertEquals(List.of(), sent(chatUri(null), request(null, "hi"), null));
    }
}
