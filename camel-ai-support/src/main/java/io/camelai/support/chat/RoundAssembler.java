package io.camelai.support.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.camelai.support.AiHttpException;
import io.camelai.support.AiStreamException;
import io.camelai.support.stream.MalformedStreamException;
import org.apache.camel.RuntimeCamelException;

/**
 * The chunks of one answer, which may take several rounds (an automatic tool loop), read as one source: every chunk
 * passes through and is added to its round's result; when a round ends, {@code rounds} decides whether another
 * follows. Only the last round's END is handed out, with that round's result and the usage of all rounds. The tool
 * loop reads unary rounds (one END chunk each, see {@link #unary}) through it too, so both take the same path.
 * Tool-call fragments are joined by their index: the id and name arrive once, the arguments in pieces.
 */
public final class RoundAssembler implements ChatChunkSource {

    /** What follows a round (a tool loop): its tools run and the next round's source, or null after the answer. */
    @FunctionalInterface
    public interface Rounds {
        ChatChunkSource next(ChatResult round) throws Exception;
    }

    private final Rounds rounds;
    private ChatChunkSource source;
    private boolean closed; // guarded by this, as the switch of source
    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, Partial> toolCalls = new TreeMap<>();
    private final List<Object> citations = new ArrayList<>();
    /** The usage of the rounds so far, this one included: null only while no round reported any. */
    private Usage usage;

    /** @param rounds what follows a round, or null when the first round is the answer */
    public RoundAssembler(ChatChunkSource first, Rounds rounds) {
        this.source = first;
        this.rounds = rounds;
    }

    /** A unary round as a source: its result as the one END chunk. */
    public static ChatChunkSource unary(ChatResult result) {
        Iterator<ChatChunk> end = List.of(ChatChunk.end(result)).iterator();
        return new ChatChunkSource() {
            @Override
            public ChatChunk next() {
                return end.hasNext() ? end.next() : null;
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public ChatChunk next() throws IOException, AiHttpException {
        ChatChunk raw = source.next();
        while (raw != null && raw.isEnd()) {
            ChatResult round = complete(raw.result());
            usage = usage == null ? round.usage() : usage.plus(round.usage());
            ChatChunkSource next = nextRound(round);
            if (next == null) {
                return ChatChunk.end(usage == round.usage() ? round : round.toBuilder().usage(usage).build());
            }
            switchTo(next);
            text.setLength(0);
            toolCalls.clear();
            citations.clear();
            raw = source.next();
        }
        if (raw != null && raw.type() == ChunkType.TEXT) {
            text.append(raw.text());
        } else if (raw != null && raw.type() == ChunkType.TOOL_CALL) {
            add(raw.toolCall());
        } else if (raw != null && raw.type() == ChunkType.CITATION) {
            citations.add(raw.citation());
        }
        return raw;
    }

    /** The text of the current round so far. */
    public String partialText() {
        return text.toString();
    }

    /** Closes the current round's source once; a round opened afterwards is closed at once. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            source.close();
        }
    }

    /**
     * The exception a route sees for one a stream threw: the {@link AiStreamException} of a broken stream, the
     * failure of a following round (a tool with {@code toolErrors=fail}, the next model call), else {@code e}.
     */
    public static Exception unwrap(RuntimeException e) {
        return e instanceof RoundFailure || e.getCause() instanceof AiStreamException ? (Exception) e.getCause() : e;
    }

    /** Keeps a fragment's id and name (the first non-empty ones win) and appends its arguments. */
    private void add(ToolCallDelta delta) {
        Partial p = toolCalls.computeIfAbsent(delta.index(), i -> new Partial());
        if (delta.id() != null && !delta.id().isEmpty()) {
            p.id = delta.id();
        }
        if (delta.name() != null && !delta.name().isEmpty()) {
            p.name = delta.name();
        }
        if (delta.argumentsFragment() != null) {
            p.arguments.append(delta.argumentsFragment());
        }
    }

    private ChatResult complete(ChatResult end) throws MalformedStreamException {
        ChatResult.Builder b = end == null ? ChatResult.builder() : end.toBuilder();
        if (text.length() > 0 || end == null) {
            b.text(text.toString());
        }
        if (!toolCalls.isEmpty()) {
            List<ToolCall> calls = new ArrayList<>(toolCalls.size());
            for (Map.Entry<Integer, Partial> e : toolCalls.entrySet()) {
                Partial p = e.getValue();
                if (p.name == null) {
                    throw new MalformedStreamException("the stream's end does not add up: streamed tool call "
                            + e.getKey() + " never received its name");
                }
                String id = p.id != null ? p.id : p.name + "_" + e.getKey(); // Cohere v1 and Qianfan v1 send none
                calls.add(new ToolCall(id, p.name, p.arguments.toString()));
            }
            b.toolCalls(calls);
        }
        if (!citations.isEmpty()) {
            b.citations(citations);
        }
        return b.build();
    }

    private ChatChunkSource nextRound(ChatResult round) {
        try {
            return rounds == null ? null : rounds.next(round);
        } catch (Exception e) {
            throw new RoundFailure(e);
        }
    }

    private synchronized void switchTo(ChatChunkSource next) {
        if (closed) {
            next.close(); // closed meanwhile, with the previous round
        } else {
            source.close();
        }
        source = next;
    }

    private static final class Partial {
        private String id;
        private String name;
        private final StringBuilder arguments = new StringBuilder();
    }

    /** A following round failed: not a broken stream, {@link #unwrap} gives the failure itself. */
    static final class RoundFailure extends RuntimeCamelException {
        private static final long serialVersionUID = 1L;

        RoundFailure(Exception cause) {
            super(cause);
        }
    }
}
