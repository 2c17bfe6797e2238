package io.camelai.support.memory;

import java.util.ArrayList;
import java.util.List;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationMemoryTest {

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

    private final DefaultCamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private Exchange exchange(String session) {
        Exchange e = new DefaultExchange(context);
        e.getMessage().setHeader("session", session);
        return e;
    }

    private ChatCall<Config> call(Exchange exchange, Config cfg, ChatMessage... input) {
        return new ChatCall<>(exchange, cfg, List.of(input), null, List.of(), null, null, null, null);
    }

    private ConversationMemory memory(Config cfg) {
        cfg.setMemoryKey("${header.session}");
        return ConversationMemory.of(context, cfg);
    }

    /** One turn: the input after what is kept, then the answer. */
    private void turn(ConversationMemory memory, String session, ChatMessage... exchanged) {
        Exchange exchange = exchange(session);
        ConversationMemory.Turn turn = memory.begin(exchange, call(exchange, new Config()), "test");
        List<ChatMessage> conversation = new ArrayList<>(turn.apply(call(exchange, new Config())).messages());
        conversation.addAll(List.of(exchanged));
        turn.end(conversation);
    }

    @Test
    void withoutMemoryKeyThereIsNoMemory() {
        assertEquals(null, ConversationMemory.of(context, new Config()));
    }

    @Test
    void trimmingKeepsTheLastMessagesAndStartsWithAUserMessage() {
        List<ChatMessage> conversation = List.of(ChatMessage.user("Q1"), ChatMessage.assistant("A1"),
                ChatMessage.user("Q2"), ChatMessage.assistant("", List.of(new ToolCall("c", "t", "{}"))),
                ChatMessage.tool("c", "t", "{}"), ChatMessage.assistant("A2"), ChatMessage.user("Q3"),
                ChatMessage.assistant("A3"));

        assertEquals(conversation.subList(2, 8), ConversationMemory.trim(conversation, 6));
        assertEquals(conversation.subList(6, 8), ConversationMemory.trim(conversation, 5), "no orphan tool turn");
        assertEquals(conversation, ConversationMemory.trim(conversation, 100));
    }

    @Test
    void aTurnKeepsTheInputToolTurnsAndAnswerButNoSystemMessage() {
        ConversationMemory memory = memory(new Config());
        ToolCall call = new ToolCall("c1", "weather", "{\"city\":\"Paris\"}");

        turn(memory, "s", ChatMessage.system("be brief"), ChatMessage.user("Weather?"),
                ChatMessage.assistant("", List.of(call), "I will look it up."),
                ChatMessage.tool("c1", "weather", "{\"sky\":\"clear\"}"), ChatMessage.assistant("Clear."));

        assertEquals(List.of(ChatMessage.user("Weather?"), ChatMessage.assistant("", List.of(call),
                "I will look it up."), ChatMessage.tool("c1", "weather", "{\"sky\":\"clear\"}"),
                ChatMessage.assistant("Clear.")), memory.conversation("s"));
    }

    @Test
    void anInputThatAlreadyContinuesTheKeptConversationDoesNotGetItTwice() {
        ConversationMemory memory = memory(new Config());
        ToolCall call = new ToolCall("c1", "weather", "{}");
        turn(memory, "s", ChatMessage.user("Weather?"), ChatMessage.assistant("", List.of(call)));
        Exchange exchange = exchange("s");
        List<ChatMessage> sentBack = List.of(ChatMessage.system("be brief"), ChatMessage.user("Weather?"),
                ChatMessage.assistant("", List.of(call)), ChatMessage.tool("c1", "weather", "{\"sky\":\"clear\"}"));

        ConversationMemory.Turn turn = memory.begin(exchange, call(exchange, new Config()), "test");
        ChatCall<Config> sent = turn.apply(call(exchange, new Config(), sentBack.toArray(ChatMessage[]::new)));
        List<ChatMessage> conversation = new ArrayList<>(sent.messages());
        conversation.add(ChatMessage.assistant("Clear."));
        turn.end(conversation);

        assertEquals(sentBack, sent.messages());
        assertEquals(List.of(ChatMessage.user("Weather?"), ChatMessage.assistant("", List.of(call)),
                ChatMessage.tool("c1", "weather", "{\"sky\":\"clear\"}"), ChatMessage.assistant("Clear.")),
                memory.conversation("s"));
    }

    @Test
    void theResetHeaderForgetsOnlyThatKey() {
        ConversationMemory memory = memory(new Config());
        turn(memory, "a", ChatMessage.user("Qa"), ChatMessage.assistant("Aa"));
        turn(memory, "b", ChatMessage.user("Qb"), ChatMessage.assistant("Ab"));
        Exchange reset = exchange("a");
        reset.getMessage().setHeader(AiHeaders.MEMORY_RESET, "true");

        ConversationMemory.Turn turn = memory.begin(reset, call(reset, new Config()), "test");

        assertEquals(List.of(), turn.history());
        assertEquals(List.of(), memory.conversation("a"));
        assertEquals(2, memory.conversation("b").size());
    }

    @Test
    void aRepositoryStoresEachConversationAsJsonTextAndReadsItBackWhole() {
        MemoryAggregationRepository repository = new MemoryAggregationRepository();
        Config cfg = new Config();
        cfg.setMemoryRepository(repository);
        ConversationMemory memory = memory(cfg);
        ToolCall call = new ToolCall("c1", "weather", "{\"city\":\"Paris\"}");
        List<ChatMessage> exchanged = List.of(ChatMessage.user("Weather \"today\"?"),
                ChatMessage.assistant("", List.of(call), "plan"), ChatMessage.tool("c1", "weather", "{}"),
                ChatMessage.assistant("Clear."));

        turn(memory, "s", exchanged.toArray(ChatMessage[]::new));

        Object body = repository.get(context, "s").getMessage().getBody();
        assertInstanceOf(String.class, body);
        assertTrue(((String) body).contains("\"tool_calls\""), (String) body);
        assertEquals(exchanged, ConversationMemory.of(context, cfg).conversation("s"), "read back by another memory");

        Exchange reset = exchange("s");
        reset.getMessage().setHeader(AiHeaders.MEMORY_RESET, true);
        memory.begin(reset, call(reset, cfg), "test");
        assertEquals(null, repository.get(context, "s"));
    }

    @Test
    void aKeyThatIsEmptyOrTooLongFailsNamingTheOption() {
        ConversationMemory memory = memory(new Config());
        Exchange none = new DefaultExchange(context);
        Exchange huge = exchange("k".repeat(ConversationMemory.MAX_KEY_LENGTH + 1));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> memory.begin(none, call(none, new Config()), "test"));
        assertTrue(e.getMessage().startsWith("Option memoryKey gave an empty key"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> memory.begin(huge, call(huge, new Config()), "test"));
        assertTrue(e.getMessage().contains("at most 1024"), e.getMessage());
    }
}
