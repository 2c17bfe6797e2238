package io.camelai.support.telemetry;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.AiConfiguration;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each model call of a metered provider, unary or streamed, as the GenAI client metrics record it. */
class MeteredChatProviderTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AiMetrics metrics = new MicrometerAiMetrics(registry, "azure.ai.inference", "chat", "endpoint-model");

    static final class Config extends AiConfiguration {
        @Override
        public String getBaseUrl() {
            return "http://localhost";
        }

        @Override
        public String getModel() {
            return "endpoint-model";
        }
    }

    /** Answers a call with a fixed result, or streams the given chunks. */
    static final class Fake implements ChatProvider<Config> {
        private final ChatResult answer;
        private final Deque<ChatChunk> chunks;
        boolean closed;

        Fake(ChatResult answer, ChatChunk... chunks) {
            this.answer = answer;
            this.chunks = new ArrayDeque<>(Arrays.asList(chunks));
        }

        @Override
        public String name() {
            return "azure-inference";
        }

        @Override
        public boolean isNativeRequest(Object body) {
            return false;
        }

        @Override
        public ChatResult chat(ChatCall<Config> call) throws AiHttpException {
            if (answer == null) {
                throw AiHttpException.builder("azure-inference").status(503).build(call.exchange());
            }
            return answer;
        }

        @Override
        public ChatChunkSource stream(ChatCall<Config> call) {
            return new ChatChunkSource() {
                @Override
                public ChatChunk next() {
                    return chunks.poll();
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    private static ChatCall<Config> call(String modelHeader) {
        return new ChatCall<>(new DefaultExchange(new DefaultCamelContext()), new Config(),
                List.of(ChatMessage.user("hi")), null, List.of(), modelHeader, null, null, null);
    }

    private static ChatResult answer() {
        return ChatResult.builder().text("hello").model("gpt-4o-2024-08-06").usage(Usage.of(12, 3)).build();
    }

    @Test
    void aUnaryCallIsTaggedWithTheRequestedAndTheAnsweringModelAndRecordsBothTokenTypes() throws Exception {
        MeteredChatProvider.of(new Fake(answer()), metrics).chat(call("gpt-4o"));

        Timer duration = registry.get("gen_ai.client.operation.duration")
                .tag("gen_ai.operation.name", "chat").tag("gen_ai.provider.name", "azure.ai.inference")
                .tag("gen_ai.request.model", "gpt-4o").tag("gen_ai.response.model", "gpt-4o-2024-08-06").timer();
        assertEquals(1, duration.count());
        assertEquals(12.0, registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "input").summary()
                .totalAmount());
        assertEquals(3.0, registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output").summary()
                .totalAmount());
    }

    @Test
    void withoutAModelHeaderTheRequestedModelIsTheOption() throws Exception {
        MeteredChatProvider.of(new Fake(answer()), metrics).chat(call(null));

        assertEquals(1, registry.get("gen_ai.client.operation.duration")
                .tag("gen_ai.request.model", "endpoint-model").timer().count());
    }

    @Test
    void aFailedCallRecordsItsStatusAsErrorTypeAndNoTokens() {
        assertThrows(AiHttpException.class, () -> MeteredChatProvider.of(new Fake(null), metrics).chat(call(null)));

        assertEquals(1, registry.get("gen_ai.client.operation.duration").tag("error.type", "503").timer().count());
        assertNull(registry.find("gen_ai.client.token.usage").summary());
    }

    @Test
    void aStreamRecordsItsFirstChunkOnceAndItsDurationAndUsageAtItsEnd() throws Exception {
        Fake fake = new Fake(null, ChatChunk.text("hel"), ChatChunk.text("lo"), ChatChunk.end(answer()));
        try (ChatChunkSource source = MeteredChatProvider.of(fake, metrics).stream(call(null))) {
            source.next();
            assertEquals(1, registry.get("gen_ai.client.operation.time_to_first_chunk").timer().count());
            assertNull(registry.find("gen_ai.client.operation.duration").timer(), "not ended yet");
            source.next();
            source.next();
            assertNull(source.next());
        }

        assertEquals(1, registry.get("gen_ai.client.operation.time_to_first_chunk").timer().count());
        Timer duration = registry.get("gen_ai.client.operation.duration")
                .tag("gen_ai.response.model", "gpt-4o-2024-08-06").timer();
        assertEquals(1, duration.count(), "closing after the end records nothing more");
        assertNull(duration.getId().getTag("error.type"));
        assertEquals(3.0, registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output").summary()
                .totalAmount());
    }

    @Test
    void aStreamClosedBeforeItsEndIsRecordedAsCancelled() throws Exception {
        Fake fake = new Fake(null, ChatChunk.text("hel"), ChatChunk.end(answer()));
        ChatChunkSource source = MeteredChatProvider.of(fake, metrics).stream(call(null));
        source.next();
        source.close();
        source.close();

        assertEquals(true, fake.closed);
        assertEquals(1, registry.get("gen_ai.client.operation.duration").tag("error.type", "cancelled").timer()
                .count());
        assertNull(registry.find("gen_ai.client.token.usage").summary());
    }

    @Test
    void aStreamThatStopsWithoutItsEndIsAnIncompleteStream() throws Exception {
        ChatChunkSource source = MeteredChatProvider.of(new Fake(null, ChatChunk.text("hel")), metrics)
                .stream(call(null));
        source.next();
        assertNull(source.next());
        source.close();

        assertEquals(1, registry.get("gen_ai.client.operation.duration").tag("error.type", "incomplete_stream")
                .timer().count());
    }

    @Test
    void withoutMetricsTheProviderIsNotWrapped() {
        Fake fake = new Fake(answer());
        assertSame(fake, MeteredChatProvider.of(fake, AiMetrics.NONE));
    }

    @Test
    void aToolLoopIsRecordedWithItsModelCalls() {
        metrics.toolLoopEnded(null, 4);

        assertNotNull(registry.get("camel.ai.tool_loop.model_calls").tag("gen_ai.request.model", "endpoint-model")
                .summary());
        assertEquals(4.0, registry.get("camel.ai.tool_loop.model_calls").summary().totalAmount());
    }
}
