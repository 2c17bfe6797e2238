package io.camelai.support.chat;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

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
    private final ChatRounds rounds;
    private ChatChunkSource source;
    private final Map<String, Object> requestHeaders;
    private final StringBuilder text = new StringBuilder();
    private ToolCallAssembler toolCalls = new ToolCallAssembler();
    private Usage earlierRounds;
    private final List<Object> citations = new ArrayList<>();

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

    public ChatStream(String provider, Exchange exchange, ChatChunkSource source, ChatRounds rounds) {
        this(provider, SecretMasker.none(), exchange, source, rounds);
    }

    /**
     * A stream that may continue over several rounds (an automatic tool loop): when a round ends, {@code rounds}
     * decides whether another follows. Chunks stay numbered across rounds; only the last round's END chunk is handed
     * out, with the last round's text and the usage of all rounds.
     *
     * @param masker the endpoint's secrets, masked in the exception of a broken stream
     */
    public ChatStream(String provider, SecretMasker masker, Exchange exchange, ChatChunkSource source,
                      ChatRounds rounds) {
        this.rounds = rounds;
        this.provider = provider;
        this.masker = masker;
        this.exchange = exchange;
        this.source = source;
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

    /** The text received so far. */
    public String partialText() {
        return text.toString();
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
        ChatChunkSource open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = source;
        }
        open.close();
    }

    private ChatChunk read() {
        ChatChunk raw = readRaw();
        ChatResult end = null;
        while (raw != null && raw.type() == ChunkType.END) {
            ChatResult round;
            try {
                round = complete(raw.result());
            } catch (RuntimeException e) {
                throw broken("the stream's end does not add up: " + e.getMessage(), e); // e.g. a nameless tool call
            }
            ChatChunkSource next = rounds == null ? null : nextRound(round);
            if (next == null) {
                end = earlierRounds == null ? round
                        : round.toBuilder().usage(earlierRounds.plus(round.usage())).build();
                break;
            }
            earlierRounds = earlierRounds == null ? round.usage() : earlierRounds.plus(round.usage());
            nextSource(next);
            text.setLength(0);
            toolCalls = new ToolCallAssembler();
            citations.clear();
            raw = readRaw();
        }
        if (raw == null) {
            return null; // closed while reading
        }
        switch (raw.type()) {
            case TEXT -> text.append(raw.text());
            case TOOL_CALL -> toolCalls.add(raw.toolCall());
            case CITATION -> citations.add(raw.citation());
            case END -> {
            }
        }
        ChunkMessage chunk = new ChunkMessage(exchange.getContext(), delivered, raw, end, requestHeaders,
                exchange.getExchangeId());
        if (end != null) {
            result = end;
            close();
        }
        return chunk;
    }

    /** Switches to the next round's source; a stream closed meanwhile closes that one too. */
    private void nextSource(ChatChunkSource next) {
        ChatChunkSource previous;
        boolean closedMeanwhile;
        synchronized (this) {
            previous = source;
            source = next;
            closedMeanwhile = closed;
        }
        previous.close();
        if (closedMeanwhile) {
            next.close();
        }
    }

    private ChatChunkSource nextRound(ChatResult round) {
        try {
            return rounds.next(round);
        } catch (Exception e) {
            close();
            throw RuntimeCamelException.wrapRuntimeCamelException(e);
        }
    }

    private ChatChunk readRaw() {
        ChatChunk raw;
        try {
            raw = source.next();
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
        return raw;
    }

    private ChatResult complete(ChatResult end) {
        ChatResult.Builder b = end == null ? ChatResult.builder() : end.toBuilder();
        if (text.length() > 0 || end == null) {
            b.text(text.toString());
        }
        if (!toolCalls.isEmpty()) {
            b.toolCalls(toolCalls.toolCalls());
        }
        if (!citations.isEmpty()) {
            b.citations(citations);
        }
        return b.build();
    }

    private RuntimeCamelException broken(String reason, Throwable cause) {
        close();
        exchange.getMessage().setHeader(AiHeaders.PARTIAL_TEXT, text.toString());
        AiHttpException.Builder b = AiHttpException.builder(provider)
                .masker(masker)
                .providerMessage("stream broken after " + delivered + " chunks: " + reason)
                .cause(cause);
        if (cause instanceof AiHttpException ahe) {
            b.status(ahe.getStatusCode()).errorCode(ahe.getErrorCode()).requestId(ahe.getRequestId());
        }
        return new RuntimeCamelException(new AiStreamException(b, exchange, text.toString(), delivered));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
