package io.camelai.support.chat;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.AiStreamException;
import io.camelai.support.http.SecretMasker;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;

/**
 * A streamed answer as a lazy iterator of chunks: each {@link #next()} reads just enough of the HTTP response for one
 * chunk, so nothing is buffered beyond it. Chunks are numbered from 0; the last one is {@link ChunkType#END} and
 * carries the whole {@link ChatResult}. Closing the stream (or a split that stops early) cancels the HTTP call; the
 * chat producer also closes it when the exchange that got it completes, so a stream nobody reads never holds a
 * connection. Closing is idempotent and may come from another thread than the one reading.
 * <p>
 * A stream that breaks throws a {@link RuntimeCamelException} whose cause is an {@link AiStreamException} with the
 * text read so far; {@code onException(AiHttpException.class)} matches it.
 */
public final class ChatStream implements Iterator<ChatChunk>, Closeable {

    private final String provider;
    private final SecretMasker masker;
    private final Exchange exchange;
    private final RoundAssembler source;
    private final Map<String, Object> requestHeaders;

    /** Told the final result when the END chunk is read (conversation memory keeps the turn then). */
    private volatile Consumer<ChatResult> onEnd;

    private ChatChunk lookahead;
    private int delivered;
    private ChatResult result;
    private volatile boolean closed;
    /** Closed because its exchange completed before the stream was read to its end. */
    private volatile boolean expired;

    /**
     * @param provider the provider's name, for messages
     * @param exchange the exchange that started the stream: its headers (as they are now) are copied onto every chunk
     * @param source   the provider's decoded stream
     */
    public ChatStream(String provider, Exchange exchange, ChatChunkSource source) {
        this(provider, exchange, source, null);
    }

    public ChatStream(String provider, Exchange exchange, ChatChunkSource source, RoundAssembler.Rounds rounds) {
        this(provider, SecretMasker.none(), exchange, source, rounds);
    }

    /**
     * A stream over one or more rounds (an automatic tool loop, see {@link RoundAssembler}), numbered as one.
     *
     * @param masker the endpoint's secrets, masked in the exception of a broken stream
     */
    public ChatStream(String provider, SecretMasker masker, Exchange exchange, ChatChunkSource source,
            RoundAssembler.Rounds rounds) {
        this.provider = provider;
        this.masker = masker;
        this.exchange = exchange;
        this.source = new RoundAssembler(source, rounds);
        this.requestHeaders = new HashMap<>(exchange.getMessage().getHeaders());
    }

    @Override
    public boolean hasNext() {
        if (lookahead != null) {
            return true;
        }
        if (result == null && expired) {
            throw new IllegalStateException("This ChatStream was closed when its exchange completed, before it was"
                    + " read: read it in the route that got it (e.g."
                    + " .split(body()).streaming()) or consume from the endpoint");
        }
        if (result != null || closed) {
            return false;
        }
        lookahead = read();
        return lookahead != null;
    }

    @Override
    public ChatChunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the stream has ended");
        }
        ChatChunk chunk = lookahead;
        lookahead = null;
        delivered++;
        return chunk;
    }

    /** Sets what is told the final result once the stream is read to its end (never for a broken stream). */
    public void onEnd(Consumer<ChatResult> listener) {
        this.onEnd = listener;
    }

    /** The text received so far. */
    public String partialText() {
        return source.partialText();
    }

    /** How many chunks were handed out so far. */
    public int chunksDelivered() {
        return delivered;
    }

    /** The final result once the END chunk was read, else null. */
    public ChatResult result() {
        return result;
    }

    /** Reads the rest of the stream and returns its final result. */
    public ChatResult drain() {
        while (hasNext()) {
            next();
        }
        if (result == null) {
            throw new IllegalStateException("the stream was closed before its end");
        }
        return result;
    }

    /**
     * Closes the stream because its exchange completed: reading it afterwards fails saying so, instead of finding a
     * silently empty stream.
     */
    public void closeWithExchange() {
        if (result == null && !closed) {
            expired = true;
        }
        close();
    }

    @Override
    public void close() {
        lookahead = null;
        closed = true;
        source.close(); // once, even when closed twice or from two threads
    }

    private ChatChunk read() {
        ChatChunk raw;
        try {
            raw = source.next();
        } catch (RoundAssembler.RoundFailure e) {
            close();
            throw e;
        } catch (AiHttpException e) {
            throw broken(e.getProviderMessage() != null ? e.getProviderMessage() : e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (closed) {
                return null;
            }
            throw broken(describe(e), e);
        }
        if (raw == null) {
            throw broken("stream ended before its final event", null);
        }
        ChatChunk chunk = new ChunkMessage(exchange.getContext(), delivered, raw, requestHeaders,
                exchange.getExchangeId());
        if (raw.isEnd()) {
            result = raw.result();
            close();
            Consumer<ChatResult> listener = onEnd;
            if (listener != null) {
                listener.accept(result);
            }
        }
        return chunk;
    }

    private RuntimeCamelException broken(String reason, Throwable cause) {
        close();
        exchange.getMessage().setHeader(AiHeaders.PARTIAL_TEXT, source.partialText());
        AiHttpException.Builder b = AiHttpException.builder(provider)
                .masker(masker)
                .providerMessage("stream broken after " + delivered + " chunks: " + reason)
                .cause(cause);
        if (cause instanceof AiHttpException ahe) {
            b.status(ahe.getStatusCode()).errorCode(ahe.getErrorCode()).requestId(ahe.getRequestId());
        }
        return new RuntimeCamelException(new AiStreamException(b, exchange, source.partialText(), delivered));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
