package io.camelai.support.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits a list of inputs into calls of at most {@code batchSize}, runs at most {@code parallelCalls} of them at once,
 * and returns their results in input order. The first failed call fails the whole batch (the calls not yet started
 * are not sent): the caller never gets a silently shorter result.
 * <p>
 * A single batch runs on the caller's thread; more run on {@code parallelCalls} workers of the executor, each taking
 * the next batch not yet taken, while the caller waits.
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
    @SuppressWarnings("unchecked")
    public <I, R> List<R> run(List<I> inputs, BatchCall<I, R> call) throws Exception {
        if (inputs.size() <= batchSize) {
            return List.of(call.call(inputs, 0));
        }
        Object[] results = new Object[(inputs.size() + batchSize - 1) / batchSize];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int b = next.getAndIncrement(); b < results.length
                    && failure.get() == null; b = next.getAndIncrement()) {
                int offset = b * batchSize;
                try {
                    results[b] = call.call(inputs.subList(offset, Math.min(inputs.size(), offset + batchSize)), offset);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(parallelCalls, results.length); w++) {
            workers.add(CompletableFuture.runAsync(worker, executor));
        }
        try {
            // completion of the workers publishes their results
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            failure.compareAndSet(null, e); // the workers start no further call
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("an embedding batch failed", e.getCause());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return (List<R>) Arrays.asList(results);
    }
}
