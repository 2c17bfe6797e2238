package io.camelai.support.tools;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the automatic tool loop reports and sends back besides the tool results: usage and tool plans. */
class ToolLoopUsageTest {

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

    public static class Clock {
        @AiTool(name = "now", description = "The time")
        public String now() {
            return "{\"time\":\"12:00\"}";
        }
    }

    /** Answers with the scripted results in order and keeps every call. */
    static final class Scripted implements ChatProvider<AiConfiguration> {
        final Deque<ChatResult> replies;
        final List<ChatCall<?>> calls = new ArrayList<>();

        Scripted(ChatResult... replies) {
            this.replies = new ArrayDeque<>(Arrays.asList(replies));
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
            return replies.poll();
        }

        @Override
        public ChatChunkSource stream(ChatCall<AiConfiguration> call) {
            throw new UnsupportedOperationException();
        }
    }

    private final DefaultCamelContext context = new DefaultCamelContext();

    ToolLoopUsageTest() {
        context.getRegistry().bind("clock", new Clock());
    }

    private ChatResult run(Scripted provider) throws Exception {
        ChatCall call = new ChatCall(new DefaultExchange(context), new Config(), List.of(ChatMessage.user("Time?")),
                null, ToolSet.resolve(context, "#clock").definitions(), null, null, null, null);
        return new ToolLoop(provider, ToolSet.resolve(context, "#clock"), call).run();
    }

    private static ChatResult asksForTheTime(Usage usage) {
        return ChatResult.builder().toolCalls(List.of(new ToolCall("c1", "now", "{}")))
                .finishReason(FinishReason.TOOL_CALLS).usage(usage).build();
    }

    private static ChatResult answer(Usage usage) {
        return ChatResult.builder().text("Noon.").finishReason(FinishReason.STOP).usage(usage).build();
    }

    @Test
    void aUnaryLoopReportsTheTokensOfAllItsModelCallsNotOnlyTheLast() throws Exception {
        ChatResult result = run(new Scripted(asksForTheTime(Usage.of(100, 20)), asksForTheTime(Usage.of(126, 15)),
                answer(Usage.of(60, 31))));

        assertEquals("Noon.", result.text());
        assertEquals(new Usage(286L, 66L, 352L), result.usage());
    }

    @Test
    void providerSpecificCountsAddUpOverTheRoundsToo() throws Exception {
        ChatResult result = run(new Scripted(
                asksForTheTime(Usage.of(100, 20).withDetails(Map.of("CamelTestBilled", 10L))),
                answer(Usage.of(60, 31).withDetails(Map.of("CamelTestBilled", 6L)))));

        assertEquals(new Usage(160L, 51L, 211L, Map.of("CamelTestBilled", 16L)), result.usage());
    }

    @Test
    void aCountSomeRoundsDidNotReportIsTheSumOfTheOthersAndUnknownOnlyWhenNoneDid() throws Exception {
        assertEquals(new Usage(160L, 31L, 191L),
                run(new Scripted(asksForTheTime(null), asksForTheTime(Usage.of(100, null)),
                        answer(Usage.of(60, 31)))).usage());
        assertNull(run(new Scripted(asksForTheTime(null), answer(null))).usage());
    }

    @Test
    void theAssistantTurnSentBackCarriesItsToolPlan() throws Exception {
        Scripted provider = new Scripted(
                asksForTheTime(Usage.of(1, 1)).toBuilder().toolPlan("I will check the clock.").build(),
                answer(Usage.of(1, 1)));

        run(provider);

        ChatMessage assistant = provider.calls.get(1).messages().get(1);
        assertEquals(ChatMessage.assistant("", List.of(new ToolCall("c1", "now", "{}")), "I will check the clock."),
                assistant);
    }
}
