package io.camelai.support.console;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.Usage;

/**
 * What one endpoint's dev console shows: provider calls (each retry loop counted once), retries, failed calls, open
 * streams, tokens by model and the last few errors. Counters only, cheap on the hot path; the error texts are the
 * already masked exception messages. Metrics for monitoring systems are a separate concern (Micrometer).
 */
public final class AiStats {

    /** The most models counted apart (model names come from responses); later ones are counted under "other". */
    public static final int MAX_MODELS = 32;
    public static final int LAST_ERRORS = 5;
    /** Error texts are cut to this length. */
    static final int MAX_ERROR_LENGTH = 500;

    private final LongAdder calls = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final AtomicInteger openStreams = new AtomicInteger();
    private final Map<String, Tokens> tokens = new ConcurrentHashMap<>();
    private final Deque<LastError> lastErrors = new ArrayDeque<>();

    /** Input and output tokens of one model. */
    public record Tokens(LongAdder input, LongAdder output) {
        Tokens() {
            this(new LongAdder(), new LongAdder());
        }
    }

    /** A failure: when, and its (masked) message. */
    public record LastError(Instant at, String message) {}

    public void call() {
        calls.increment();
    }

    public void retry() {
        retries.increment();
    }

    /** A call that failed for good (after its retries). */
    public void failure(AiHttpException e) {
        failures.increment();
        String text = String.valueOf(e.getMessage());
        LastError error = new LastError(Instant.now(),
                text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) + "..." : text);
        synchronized (lastErrors) {
            lastErrors.addLast(error);
            while (lastErrors.size() > LAST_ERRORS) {
                lastErrors.removeFirst();
            }
        }
    }

    /** Adds a call's token counts; nothing when the provider sent none. */
    public void tokens(String model, Usage usage) {
        if (usage == null || (usage.inputTokens() == null && usage.outputTokens() == null)) {
            return;
        }
        String key = model == null ? "unknown" : model;
        Tokens t = tokens.get(key);
        if (t == null) {
            t = tokens.size() < MAX_MODELS
                    ? tokens.computeIfAbsent(key, k -> new Tokens())
                    : tokens.computeIfAbsent("other", k -> new Tokens());
        }
        if (usage.inputTokens() != null) {
            t.input().add(usage.inputTokens());
        }
        if (usage.outputTokens() != null) {
            t.output().add(usage.outputTokens());
        }
    }

    /**
     * The source counted as an open stream until it is closed (once), its END chunk's tokens added.
     *
     * @param model the model asked for, when the END chunk names none
     */
    public ChatChunkSource track(ChatChunkSource source, String model) {
        openStreams.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return new ChatChunkSource() {
            @Override
            public ChatChunk next() throws IOException, AiHttpException {
                ChatChunk chunk = source.next();
                if (chunk != null && chunk.isEnd() && chunk.result() != null) {
                    tokens(chunk.result().model() != null ? chunk.result().model() : model, chunk.result().usage());
                }
                return chunk;
            }

            @Override
            public void close() {
                if (closed.compareAndSet(false, true)) {
                    openStreams.decrementAndGet();
                }
                source.close();
            }
        };
    }

    public long calls() {
        return calls.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public int openStreams() {
        return openStreams.get();
    }

    /** Input and output tokens by model, as plain numbers. */
    public Map<String, Map<String, Long>> tokensByModel() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        tokens.forEach((model, t) -> out.put(model, Map.of("input", t.input().sum(), "output", t.output().sum())));
        return out;
    }

    /** The last errors, oldest first. */
    public List<LastError> lastErrors() {
        synchronized (lastErrors) {
            return List.copyOf(lastErrors);
        }
    }
}
