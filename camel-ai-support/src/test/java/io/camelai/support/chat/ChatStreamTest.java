package io.camelai.support.chat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.camelai.support.AiHeaders;
import io.camelai.support.AiStreamException;
import org.apache.camel.CamelContext;
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

class ChatStreamTest {

    private final CamelContext context = new DefaultCamelContext();

    /** A scripted source: chunks, then either null (end of data) or a failure. */
    private static final class Scripted implements ChatChunkSource {
        private final Deque<Object> items;
        private boolean closed;
        private int closes;

        Scripted(Object... items) {
            this.items = new ArrayDeque<>(List.of(items));
        }

        @Override
        public ChatChunk next() throws IOException {
            Object o = items.poll();
            if (o instanceof IOException e) {
                throw e;
            }
            return (ChatChunk) o;
        }

        @Override
        public void close() {
            closed = true;
            closes++;
        }
    }

    private Exchange exchange() {
        Exchange e = new DefaultExchange(context);
        e.getMessage().setHeader("traceId", "t-1");
        return e;
    }

    @Test
    void numbersChunksAndAssemblesTheResult() {
        Scripted source = new Scripted(
                ChatChunk.text("Hel"), ChatChunk.text("lo"),
                ChatChunk.toolCall(new ToolCallDelta(0, "call_1", "get_weather", "")),
                ChatChunk.toolCall(new ToolCallDelta(0, null, null, "{\"city\":")),
                ChatChunk.toolCall(new ToolCallDelta(0, null, null, "\"Paris\"}")),
                ChatChunk.end(ChatResult.builder().finishReason(FinishReason.TOOL_CALLS).usage(Usage.of(3, 4))
                        .build()));
        Exchange exchange = exchange();
        List<ChatChunk> chunks = new ArrayList<>();
        try (ChatStream stream = new ChatStream("test", exchange, source)) {
            stream.forEachRemaining(chunks::add);
        }

        assertEquals(6, chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            assertEquals(i, chunks.get(i).index());
            ChunkMessage m = (ChunkMessage) chunks.get(i);
            assertEquals(i, m.getHeader(AiHeaders.CHUNK_INDEX));
            assertEquals("t-1", m.getHeader("traceId"), "the requester's headers travel with every chunk");
            assertEquals(exchange.getExchangeId(), m.getHeader(AiHeaders.STREAM_ID));
        }
        ChatResult result = chunks.get(5).result();
        assertEquals("Hello", result.text());
        assertEquals(List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")), result.toolCalls());
        assertEquals(7L, result.usage().totalTokens());
        assertEquals(true, ((ChunkMessage) chunks.get(5)).getHeader(AiHeaders.STREAM_END));
        assertTrue(source.closed, "the source is closed at the end");
    }

    @Test
    void aStreamThatStopsBeforeItsEndIsBroken() {
        Exchange exchange = exchange();
        ChatStream stream = new ChatStream("test", exchange, new Scripted(ChatChunk.text("partial ")));
        assertEquals("partial ", stream.next().text());

        RuntimeCamelException e = assertThrows(RuntimeCamelException.class, stream::hasNext);
        AiStreamException ase = assertInstanceOf(AiStreamException.class, e.getCause());
        assertEquals("partial ", ase.getPartialText());
        assertEquals(1, ase.getChunksDelivered());
        assertFalse(ase.isRetryable());
        assertTrue(ase.getMessage().contains("stream ended before its final event"), ase.getMessage());
        assertEquals("partial ", exchange.getMessage().getHeader(AiHeaders.PARTIAL_TEXT));
    }

    @Test
    void aReadFailureKeepsThePartialText() {
        Scripted source = new Scripted(ChatChunk.text("a"), ChatChunk.text("b"),
                new IOException("unexpected end of stream"));
        ChatStream stream = new ChatStream("test", exchange(), source);
        stream.next();
        stream.next();
        RuntimeCamelException e = assertThrows(RuntimeCamelException.class, stream::next);
        assertEquals("ab", ((AiStreamException) e.getCause()).getPartialText());
        assertTrue(e.getCause().getMessage().contains("unexpected end of stream"));
        assertTrue(source.closed);
    }

    @Test
    void closingEarlyClosesTheSourceAndEndsIteration() {
        Scripted source = new Scripted(ChatChunk.text("a"), ChatChunk.text("b"), ChatChunk.end(null));
        ChatStream stream = new ChatStream("test", exchange(), source);
        assertTrue(stream.hasNext());
        stream.close();
        assertTrue(source.closed);
        assertFalse(stream.hasNext());
    }

    @Test
    void closingTwiceOrFromAnotherThreadClosesTheSourceOnce() throws Exception {
        Scripted source = new Scripted(ChatChunk.text("a"), ChatChunk.end(null));
        ChatStream stream = new ChatStream("test", exchange(), source);
        Thread completion = new Thread(stream::close);
        completion.start();
        completion.join();

        stream.close();

        assertEquals(1, source.closes);
        assertFalse(stream.hasNext());
    }
}
