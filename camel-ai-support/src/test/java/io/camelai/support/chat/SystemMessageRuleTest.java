package io.camelai.support.chat;

import java.util.List;
import java.util.Map;

import io.camelai.support.config.AiConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemMessageRuleTest {

    static final class Config extends AiConfiguration {
        @Override
        public String getBaseUrl() {
            return "http://localhost";
        }

        @Override
        public String getModel() {
            return "m";
        }
    }

    private static ChatCall call(String header, ChatMessage... conversation) {
        return new ChatCall(new DefaultExchange(new DefaultCamelContext()), new Config(),
                List.of(conversation), null, null, null, header, null, null);
    }

    @Test
    void theHeaderWinsOverTheOptionAndTheOptionAppliesWhenNothingElseIsSet() {
        assertEquals("header", SystemMessageRule.added(call("header", ChatMessage.user("hi")), false, "option"));
        assertEquals("option", SystemMessageRule.added(call(null, ChatMessage.user("hi")), false, "option"));
        assertNull(SystemMessageRule.added(call(null, ChatMessage.user("hi")), false, null));
    }

    @Test
    void aSystemMessageTheRequestAlreadyHasIsKeptAndNothingIsAdded() {
        assertNull(SystemMessageRule.added(call("header", ChatMessage.user("hi")), true, "option"),
                "the caller's provider request has one");
        assertNull(SystemMessageRule.added(call("header", ChatMessage.system("own"), ChatMessage.user("hi")), false,
                "option"), "the conversation has one");
    }

    @Test
    void wireMessagesHaveASystemMessageWhenOneHasTheSystemRole() {
        assertTrue(SystemMessageRule.hasSystemRole(List.of(Map.of("role", "system", "content", "x"), "text")));
        assertFalse(SystemMessageRule.hasSystemRole(List.of(Map.of("role", "user", "content", "x"))));
    }
}
