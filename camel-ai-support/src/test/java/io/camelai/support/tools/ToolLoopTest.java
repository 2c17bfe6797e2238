package io.camelai.support.tools;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ChatStream;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolCallDelta;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolLoopTest {

    /** Answers with scripted results and remembers every call it got. */
    static final class ScriptedProvider implements ChatProvider<AiConfiguration> {
        final Deque<ChatResult> replies = new ArrayDeque<>();
        final List<ChatCall<?>> calls = new ArrayList<>();

        ScriptedProvider reply(ChatResult r) {
            replies.add(r);
            return this;
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public boolean isNativeRequest(Object body) {
            return false;
        }

        @Override
        public ChatResult chat(ChatCall<AiConfiguration> call) {
            calls.add(call);
            return next();
        }

        private ChatResult next() {
            ChatResult r = replies.poll();
            if (r == null) {
                throw new IllegalStateException("no more scripted replies");
            }
            return r;
        }

        /** Streams the next scripted result: its text word by word, its tool calls in two fragments. */
        @Override
        public ChatChunkSource stream(ChatCall<AiConfiguration> call) {
            calls.add(call);
            ChatResult r = next();
            Deque<ChatChunk> chunks = new ArrayDeque<>();
            for (String w : r.text().split("(?<= )")) {
                if (!w.isEmpty()) {
                    chunks.add(ChatChunk.text(w));
                }
            }
            for (int i = 0; i < r.toolCalls().size(); i++) {
                ToolCall c = r.toolCalls().get(i);
                int half = c.arguments().length() / 2;
                chunks.add(
                        ChatChunk.toolCall(new ToolCallDelta(i, c.id(), c.name(), c.arguments().substring(0, half))));
                chunks.add(ChatChunk.toolCall(new ToolCallDelta(i, null, null, c.arguments().substring(half))));
            }
            chunks.add(ChatChunk.end(r.toBuilder().text(null).toolCalls(List.of()).build()));
            return new ChatChunkSource() {
                @Override
                public ChatChunk next() throws IOException {
                    return chunks.poll();
                }

                @Override
                public void close() {}
            };
        }
    }

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

    public static class Flights {
        int calls;

        @AiTool(name = "get_flight_info", description = "Next flight")
        public String next(@AiToolParam(name = "origin") String origin) {
            calls++;
            return "{\"flight\":\"" + origin + "-" + calls + "\"}";
        }

        @AiTool(name = "broken", description = "Always fails")
        public String broken() {
            throw new IllegalStateException("airport closed");
        }
    }

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final Flights flights = new Flights();

    ToolLoopTest() {
        context.getRegistry().bind("flights", flights);
    }

    private ChatCall call(Config cfg) {
        Exchange exchange = new DefaultExchange(context);
        return new ChatCall(exchange, cfg, List.of(ChatMessage.user("Flights from Seattle?")), null,
                ToolSet.resolve(context, "#flights").definitions(), null, null, null, null);
    }

    private static ChatResult toolCalls(ToolCall... calls) {
        return ChatResult.builder().text("I will look it up.").toolCalls(List.of(calls))
                .finishReason(FinishReason.TOOL_CALLS).usage(Usage.of(10, 5)).build();
    }

    private static ChatResult answer(String text) {
        return ChatResult.builder().text(text).finishReason(FinishReason.STOP).usage(Usage.of(20, 7)).build();
    }

    @Test
    void runsAMultiStepLoopAndSendsEachResultBack() throws Exception {
        ScriptedProvider provider = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "get_flight_info", "{\"origin\":\"Seattle\"}")))
                .reply(toolCalls(new ToolCall("c2", "get_flight_info", "{\"origin\":\"Miami\"}"),
                        new ToolCall("c3", "nope", "{}")))
                .reply(answer("Two flights."));
        ChatCall call = call(new Config());
        ToolLoop loop = new ToolLoop(provider, ToolSet.resolve(context, "#flights"), call);

        ChatResult result = loop.run();

        assertEquals("Two flights.", result.text());
        assertEquals(3, loop.modelCalls());
        assertEquals(3, provider.calls.size());
        assertEquals(2, provider.calls.get(0).tools().size(), "the model is offered both bean tools");
        List<ChatMessage> third = provider.calls.get(2).messages();
        assertEquals(List.of(Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT, Role.TOOL, Role.TOOL),
                third.stream().map(ChatMessage::role).toList());
        assertEquals("I will look it up.", third.get(1).content());
        assertEquals("c1", third.get(2).toolCallId());
        assertEquals("get_flight_info", third.get(2).name());
        assertEquals("{\"flight\":\"Seattle-1\"}", third.get(2).content());
        assertEquals("{\"flight\":\"Miami-2\"}", third.get(4).content());
        assertEquals("{\"error\":\"unknown tool 'nope'\"}", third.get(5).content());
        assertEquals(6, loop.conversation().size());
    }

    @Test
    void aFailingToolIsReportedToTheModelUnlessToolErrorsIsFail() throws Exception {
        ScriptedProvider provider = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "broken", "{}"))).reply(answer("Sorry."));
        ChatResult result = new ToolLoop(provider, ToolSet.resolve(context, "#flights"), call(new Config())).run();
        assertEquals("Sorry.", result.text());
        assertEquals("{\"error\":\"tool 'broken' failed: airport closed\"}",
                provider.calls.get(1).messages().get(2).content());

        Config failing = new Config();
        failing.setToolErrors("fail");
        ScriptedProvider again = new ScriptedProvider().reply(toolCalls(new ToolCall("c1", "broken", "{}")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ToolLoop(again, ToolSet.resolve(context, "#flights"), call(failing)).run());
        assertEquals("airport closed", e.getMessage());
    }

    @Test
    void aLoopEndingInAFailureIsReportedOnceWithItsModelCallsTheFailedOneIncluded() throws Exception {
        List<Integer> ended = new ArrayList<>();
        ScriptedProvider noSecondReply = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "get_flight_info", "{\"origin\":\"a\"}")));
        assertThrows(IllegalStateException.class, () -> new ToolLoop(noSecondReply,
                ToolSet.resolve(context, "#flights"), call(new Config()), ended::add).run());
        assertEquals(List.of(2), ended, "the answered call and the failed one");

        ended.clear();
        Config failing = new Config();
        failing.setToolErrors("fail");
        ScriptedProvider brokenTool = new ScriptedProvider().reply(toolCalls(new ToolCall("c1", "broken", "{}")));
        assertThrows(IllegalStateException.class, () -> new ToolLoop(brokenTool,
                ToolSet.resolve(context, "#flights"), call(failing), ended::add).run());
        assertEquals(List.of(1), ended, "a failing tool ends the loop after the call that asked for it");

        ended.clear();
        ScriptedProvider streamed = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "get_flight_info", "{\"origin\":\"a\"}")));
        ChatCall call = call(new Config());
        ToolLoop loop = new ToolLoop(streamed, ToolSet.resolve(context, "#flights"), call, ended::add);
        try (ChatStream stream = new ChatStream("test", call.exchange(), loop.stream(), loop::nextRound)) {
            assertThrows(RuntimeException.class, () -> stream.forEachRemaining(c -> {}));
        }
        assertEquals(List.of(2), ended, "the second round's stream could not be opened");
    }

    @Test
    void stopsAtMaxToolIterationsWithTheConversationKept() {
        Config cfg = new Config();
        cfg.setMaxToolIterations(2);
        ScriptedProvider provider = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "get_flight_info", "{\"origin\":\"a\"}")))
                .reply(toolCalls(new ToolCall("c2", "get_flight_info", "{\"origin\":\"b\"}")))
                .reply(answer("never reached"));
        ChatCall call = call(cfg);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ToolLoop(provider, ToolSet.resolve(context, "#flights"), call).run());
        assertTrue(e.getMessage().contains("maxToolIterations=2"), e.getMessage());
        assertEquals(2, provider.calls.size());
        List<?> conversation = call.exchange().getMessage().getHeader(AiHeaders.CONVERSATION, List.class);
        assertEquals(4, conversation.size());
    }

    @Test
    void aStreamRunsTheLoopAcrossRoundsAsOneStream() throws Exception {
        ScriptedProvider provider = new ScriptedProvider()
                .reply(toolCalls(new ToolCall("c1", "get_flight_info", "{\"origin\":\"Seattle\"}")))
                .reply(answer("The flight is Seattle-1."));
        ChatCall call = call(new Config());
        ToolLoop loop = new ToolLoop(provider, ToolSet.resolve(context, "#flights"), call);
        List<ChatChunk> chunks = new ArrayList<>();
        try (ChatStream stream = new ChatStream("test", call.exchange(), provider.stream(call), loop::nextRound)) {
            stream.forEachRemaining(chunks::add);
            ChatResult result = stream.result();
            assertEquals("The flight is Seattle-1.", result.text(), "the body is the last round's text");
            assertTrue(result.toolCalls().isEmpty());
            assertEquals(new Usage(30L, 12L, 42L), result.usage(), "usage adds up over the rounds");
        }
        for (int i = 0; i < chunks.size(); i++) {
            assertEquals(i, chunks.get(i).index());
        }
        assertEquals(1, chunks.stream().filter(c -> c.type() == ChunkType.END).count(), "one END, at the end");
        assertEquals(ChunkType.END, chunks.get(chunks.size() - 1).type());
        assertEquals(2, chunks.stream().filter(c -> c.type() == ChunkType.TOOL_CALL).count());
        assertEquals("I will look it up.The flight is Seattle-1.", chunks.stream()
                .filter(c -> c.type() == ChunkType.TEXT).map(ChatChunk::text).reduce("", String::concat));
        assertEquals("{\"flight\":\"Seattle-1\"}", provider.calls.get(1).messages().get(2).content());
        assertEquals(2, loop.modelCalls());
    }

    @Test
    void aStreamFailsWhenToolErrorsIsFail() {
        Config cfg = new Config();
        cfg.setToolErrors("fail");
        ScriptedProvider provider = new ScriptedProvider().reply(toolCalls(new ToolCall("c1", "broken", "{}")));
        ChatCall call = call(cfg);
        ToolLoop loop = new ToolLoop(provider, ToolSet.resolve(context, "#flights"), call);
        ChatStream stream = new ChatStream("test", call.exchange(), provider.stream(call), loop::nextRound);
        RuntimeCamelException e = assertThrows(RuntimeCamelException.class, () -> stream.forEachRemaining(c -> {}));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertFalse(stream.hasNext());
    }

    @Test
    void autoIsTheDefaultOnlyWithEndpointTools() {
        Config cfg = new Config();
        assertFalse(ToolLoop.isAuto(cfg, ToolSet.NONE));
        assertTrue(ToolLoop.isAuto(cfg, ToolSet.resolve(context, "#flights")));
        cfg.setToolExecution("manual");
        assertFalse(ToolLoop.isAuto(cfg, ToolSet.resolve(context, "#flights")));
    }
}
