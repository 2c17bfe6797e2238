package io.camelai.support.http;

import java.time.Duration;

import io.camelai.support.AiHttpException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(1000));

    private static AiHttpException failure(boolean retryable, Duration retryAfter) {
        return AiHttpException.builder("test").status(503).retryable(retryable).retryAfter(retryAfter).build(null);
    }

    @Test
    void fullJitterStaysWithinTheDoublingCeilingAndTheCap() {
        for (int i = 0; i < 500; i++) {
            assertTrue(policy.delayBefore(1, failure(true, null)).toMillis() <= 100);
            assertTrue(policy.delayBefore(3, failure(true, null)).toMillis() <= 400);
            assertTrue(policy.delayBefore(20, failure(true, null)).toMillis() <= 1000, "capped by maxDelay");
        }
    }

    @Test
    void jitterActuallyVaries() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToLong(i -> policy.delayBefore(4, failure(true, null)).toMillis()).distinct().count();
        assertTrue(distinct > 10, "full jitter spreads retries, saw " + distinct + " distinct waits");
    }

    @Test
    void theServersWaitIsUsedAsIs() {
        assertEquals(Duration.ofMillis(700), policy.delayBefore(1, failure(true, Duration.ofMillis(700))));
    }

    @Test
    void onlyRetryableFailuresWithinTheMaxDelayAreRetried() {
        assertTrue(policy.shouldRetry(failure(true, null)));
        assertTrue(policy.shouldRetry(failure(true, Duration.ofMillis(1000))));
        assertFalse(policy.shouldRetry(failure(true, Duration.ofMillis(1001))), "the server asked for too long");
        assertFalse(policy.shouldRetry(failure(false, null)));
        assertFalse(policy.shouldRetry(new IllegalStateException("not an HTTP failure")));
    }
}
