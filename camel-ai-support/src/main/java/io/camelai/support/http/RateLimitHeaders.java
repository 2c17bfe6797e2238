package io.camelai.support.http;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import okhttp3.Headers;

/**
 * Reads a provider's rate-limit response headers: when the requests or tokens left in the current window are 0 and
 * the provider says when the window resets, the wait until then.
 * <p>
 * The headers are OpenAI's ({@code x-ratelimit-remaining-requests}, {@code x-ratelimit-remaining-tokens},
 * {@code x-ratelimit-reset-requests}, {@code x-ratelimit-reset-tokens};
 * https://platform.openai.com/docs/guides/rate-limits#rate-limits-in-headers), which Azure OpenAI sends too
 * (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/quotas-limits) and Qianfan's v2 API names alike (header
 * names are case-insensitive). A reset is a duration such as {@code 1s}, {@code 6m0s}, {@code 20ms} or
 * {@code 1.5s}, or a number of seconds. Remaining 0 without a reset says nothing about when to call again: the
 * provider's 429 and its {@code Retry-After} will. Cohere sends no such headers (https://docs.cohere.com/docs/rate-limits).
 * The values are untrusted: anything unreadable or longer than a few characters is ignored.
 */
public final class RateLimitHeaders {

    private static final int MAX_VALUE_LENGTH = 32;
    private static final Pattern PART = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9})?)(ms|h|m|s)");

    private RateLimitHeaders() {}

    /** How long to wait before the next call, or null when the headers do not say to wait. */
    public static Duration pause(Headers headers) {
        Duration requests = pause(headers, "requests");
        Duration tokens = pause(headers, "tokens");
        if (requests == null) {
            return tokens;
        }
        return tokens == null || requests.compareTo(tokens) >= 0 ? requests : tokens;
    }

    private static Duration pause(Headers headers, String dimension) {
        String remaining = headers.get("x-ratelimit-remaining-" + dimension);
        if (remaining == null || !"0".equals(remaining.trim())) {
            return null;
        }
        return duration(headers.get("x-ratelimit-reset-" + dimension));
    }

    /** A reset value as a duration, or null when it is missing or not one. */
    static Duration duration(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.isEmpty() || v.length() > MAX_VALUE_LENGTH) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(v);
            return seconds > 0 && seconds < 1e9 ? Duration.ofMillis((long) Math.ceil(seconds * 1000)) : null;
        } catch (NumberFormatException notSeconds) {
            // a duration with units
        }
        Matcher m = PART.matcher(v);
        double millis = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            double n = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "h" -> n * 3_600_000;
                case "m" -> n * 60_000;
                case "s" -> n * 1000;
                default -> n;
            };
            end = m.end();
        }
        return end == v.length() && millis > 0 ? Duration.ofMillis((long) Math.ceil(millis)) : null;
    }
}
