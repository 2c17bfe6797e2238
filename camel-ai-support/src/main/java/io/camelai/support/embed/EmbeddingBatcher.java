package io.camelai.support.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Splits a list of inputs into calls of at most {@code batchSize}, runs at most {@code parallelCalls} of them at once,
 * and returns their results in input order. The first failed call fails the whole batch (the calls not yet started
 * are not sent): the caller never gets a silently shorter result.
 * <p>
 * A single batch runs on the caller's thread; more run on the executor while the caller waits.
 */
public final class EmbeddingBatcher {

    private final int batchSize;
    private final int parallelCalls;
    private final Executor executor;

    public EmbeddingBatcher(int batchSize, int parallelCalls, Executor executor) {
        if (batchSize < 1 || parallelCalls < 1) {
            throw new IllegalArgumentException("batchSize and parallelCalls must be at least 1");
        }
        this.batchSize = batchSize;
        this.parallelCalls = parallelCalls;
        this.executor = executor;
    }

    /** One provider call for one batch of inputs. */
    @FunctionalInterface
    public interface BatchCall<I, R> {
        /**
         * @param batch  the inputs of this call
         * @param offset the index of the batch's first input in the whole list
         */
        R call(List<I> batch, int offset) throws Exception;
    }

    /** The results of every batch, in input order. */
    public <I, R> List<R> run(List<I> inputs, BatchCall<I, R> call) throws Exception {
        if (inputs.size() <= batchSize) {
            return List.of(call.call(inputs, 0));
        }
        List<CompletableFuture<R>> futures = new ArrayList<>();
        Semaphore inFlight = new Semaphore(parallelCalls);
        // set before the permit is released, so the loop never starts a call after seeing a failed one's permit
        AtomicBoolean failed = new AtomicBoolean();
        try {
            for (int offset = 0; offset < inputs.size(); offset += batchSize) {
                inFlight.acquire();
                if (failed.get()) {
                    inFlight.release();
                    break;
                }
                List<I> batch = inputs.subList(offset, Math.min(inputs.size(), offset + batchSize));
                int start = offset;
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return call.call(batch, start);
                    } catch (Exception e) {
                        failed.set(true);
                        throw new CompletionException(e);
                    } finally {
                        inFlight.release();
                    }
                }, executor));
            }
            List<R> results = new ArrayList<>(futures.size());
            for (CompletableFuture<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(false));
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    private static Exception unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof Exception e && !(c instanceof CancellationException)) {
            return e;
        }
        return new IllegalStateException("an embedding batch failed", c);
    }
}
