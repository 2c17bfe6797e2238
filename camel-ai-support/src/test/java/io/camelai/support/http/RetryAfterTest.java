package io.camelai.support.http;

import java.time.Duration;
import java.time.Instant;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void msHeadersComeFirstInAzureCoresOrder() {
        Headers h = Headers.of("Retry-After", "10", "retry-after-ms", "250", "x-ms-retry-after-ms", "125");
        assertEquals(Duration.ofMillis(125), RetryAfter.from(h, NOW));
        h = Headers.of("Retry-After", "10", "retry-after-ms", "250");
        assertEquals(Duration.ofMillis(250), RetryAfter.from(h, NOW));
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertEquals(Duration.ofSeconds(3), RetryAfter.from(Headers.of("Retry-After", "3"), NOW));
        assertEquals(Duration.ofMillis(1500), RetryAfter.from(Headers.of("Retry-After", "1.5"), NOW));
        assertEquals(Duration.ofSeconds(45),
                RetryAfter.from(Headers.of("Retry-After", "Thu, 01 Jan 2026 00:00:45 GMT"), NOW));
        assertEquals(Duration.ZERO, RetryAfter.from(Headers.of("Retry-After", "Wed, 31 Dec 2025 23:00:00 GMT"), NOW));
    }

    @Test
    void nothingOrNonsenseMeansNoWait() {
        assertNull(RetryAfter.from(Headers.of(), NOW));
        assertNull(RetryAfter.from(Headers.of("Retry-After", "soon"), NOW));
        assertNull(RetryAfter.from(Headers.of("retry-after-ms", "-5"), NOW));
    }
}
