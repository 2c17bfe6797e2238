package io.camelai.support.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import okhttp3.Headers;

/**
 * Reads how long a server asked the client to wait, in azure-core's order of precedence: {@code x-ms-retry-after-ms},
 * then {@code retry-after-ms} (milliseconds), then {@code Retry-After} (seconds or an HTTP date).
 */
public final class RetryAfter {

    private RetryAfter() {}

    /** The wait the headers ask for, or null when they ask for none (or say something unreadable). */
    public static Duration from(Headers headers) {
        return from(headers, Instant.now());
    }

    static Duration from(Headers headers, Instant now) {
        Duration ms = millis(headers.get("x-ms-retry-after-ms"));
        if (ms == null) {
            ms = millis(headers.get("retry-after-ms"));
        }
        if (ms != null) {
            return ms;
        }
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.trim();
        try {
            double seconds = Double.parseDouble(value);
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Duration millis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double ms = Double.parseDouble(value.trim());
            return ms < 0 ? null : Duration.ofMillis((long) ms);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
