package io.camelai.support.convert;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ChatStream;
import io.camelai.support.chat.FinishReason;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.TypeConversionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatStreamConverterTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    /** A scripted provider stream. */
    private static final class Scripted implements ChatChunkSource {
        private final Deque<ChatChunk> chunks;
        boolean closed;

        Scripted(ChatChunk... chunks) {
            this.chunks = new ArrayDeque<>(List.of(chunks));
        }

        @Override
        public ChatChunk next() {
            return chunks.poll();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Scripted hello() {
        return new Scripted(ChatChunk.text("Hel"), ChatChunk.text("lo"),
                ChatChunk.end(ChatResult.builder().finishReason(FinishReason.STOP).build()));
    }

    @Test
    void aChatStreamConvertsToItsWholeTextAndIsClosedAfterwards() {
        Exchange exchange = new DefaultExchange(context);
        Scripted source = hello();
        exchange.getMessage().setBody(new ChatStream("test", exchange, source));

        assertEquals("Hello", exchange.getMessage().getBody(String.class));
        assertTrue(source.closed, "the stream was read to its end and closed");
    }

    @Test
    void aStreamClosedWithItsExchangeFailsToConvertSayingWhy() {
        Exchange exchange = new DefaultExchange(context);
        ChatStream stream = new ChatStream("test", exchange, hello());
        stream.closeWithExchange();

        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> context.getTypeConverter().mandatoryConvertTo(String.class, stream));
        assertTrue(e.getCause().getMessage().startsWith("This ChatStream was closed when its exchange completed"),
                e.getCause().getMessage());
    }
}
