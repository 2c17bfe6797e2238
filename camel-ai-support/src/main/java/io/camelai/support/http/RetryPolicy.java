package io.camelai.support.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.camelai.support.AiHttpException;

/**
 * When and how long to wait before retrying a failed call. Immutable and shared by every exchange of an endpoint;
 * the per-request state (which attempt this is, what the last failure said) lives in the Failsafe execution that
 * {@link AiHttpClient} runs for each call.
 * <p>
 * A retryable failure is retried at most {@code maxRetries} times. The wait is the server's own
 * ({@code x-ms-retry-after-ms}, {@code retry-after-ms}, {@code Retry-After}) when it gave one, else exponential
 * backoff with full jitter: a random wait in {@code [0, min(maxDelay, initialBackoff * 2^attempt))}. A server that
 * asks for a longer wait than {@code maxDelay} is not retried: the exception (which carries the wait) goes to the
 * route, whose error handler may redeliver later instead of holding a thread.
 */
public final class RetryPolicy {

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxDelay;

    public RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxDelay) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff.isNegative() ? Duration.ZERO : initialBackoff;
        this.maxDelay = maxDelay.isNegative() ? Duration.ZERO : maxDelay;
    }

    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** Whether this failure may be retried at all (the attempt count is checked by the caller). */
    public boolean shouldRetry(Throwable failure) {
        if (!(failure instanceof AiHttpException e) || !e.isRetryable()) {
            return false;
        }
        Duration asked = e.getRetryAfter();
        return asked == null || asked.compareTo(maxDelay) <= 0;
    }

    /**
     * How long to wait before retry number {@code retry} (1 for the first retry) after this failure.
     */
    public Duration delayBefore(int retry, Throwable failure) {
        if (failure instanceof AiHttpException e && e.getRetryAfter() != null) {
            return e.getRetryAfter();
        }
        long base = initialBackoff.toMillis();
        long cap = maxDelay.toMillis();
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long ceiling = Math.min(cap, base << shift < 0 ? Long.MAX_VALUE : base << shift);
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxDelay=" + maxDelay
                + "]";
    }
}
