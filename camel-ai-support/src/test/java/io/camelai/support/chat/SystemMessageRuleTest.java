package io.camelai.support.chat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.camelai.support.chat.SystemMessageRule.added;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemMessageRuleTest {

    private static ChatCall call(String header, ChatMessage... conversation) {
        return new ChatCall(null, null, List.of(conversation), null, null, null, header, null, null);
    }

    @Test
    void theHeaderWinsOverTheOptionWhichAppliesWhenNothingElseIsSet() {
        assertEquals("header", added(call("header", ChatMessage.user("hi")), false, "option"));
        assertEquals("option", added(call(null, ChatMessage.user("hi")), false, "option"));
        assertNull(added(call(null, ChatMessage.user("hi")), false, null));
    }

    @Test
    void aSystemMessageTheRequestOrTheConversationHasIsKeptAndNothingIsAdded() {
        assertNull(added(call("header", ChatMessage.user("hi")), true, "option"));
        assertNull(added(call("header", ChatMessage.system("own"), ChatMessage.user("hi")), false, "option"));
        assertTrue(SystemMessageRule.hasSystemRole(List.of(Map.of("role", "system", "content", "x"), "text")));
        assertFalse(SystemMessageRule.hasSystemRole(List.of(Map.of("role", "user", "content", "x"))));
    }
}
