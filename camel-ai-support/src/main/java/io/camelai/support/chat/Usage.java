package io.camelai.support.chat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Token counts of a call; a count the provider did not report is null. Counts come from provider responses, which
 * are untrusted: a negative, overflowing or absurd count is read as unknown (null), so it never reaches a header.
 *
 * @param details provider-specific counts by the name of the header that carries them (Cohere's billed units), added
 *                up like the token counts; empty when there are none
 */
public record Usage(Long inputTokens, Long outputTokens, Long totalTokens, Map<String, Long> details) {

    public Usage {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public Usage(Long inputTokens, Long outputTokens, Long totalTokens) {
        this(inputTokens, outputTokens, totalTokens, null);
    }

    /** The largest count believed: far above any real call (a trillion tokens), far below overflow when added up. */
    public static final long MAX_TOKENS = 1_000_000_000_000L;

    public static Usage of(Number input, Number output) {
        Long in = count(input);
        Long out = count(output);
        Long total = in == null && out == null ? null : (in == null ? 0 : in) + (out == null ? 0 : out);
        return new Usage(in, out, total);
    }

    public static Usage of(Number input, Number output, Number total) {
        Usage u = of(input, output);
        Long t = count(total);
        return t == null ? u : new Usage(u.inputTokens, u.outputTokens, t);
    }

    /**
     * The token count in a JSON field, the one way provider modules read one: a number in {@code [0, MAX_TOKENS]}
     * (a float such as Cohere's {@code 12.0} is truncated), else null (absent, null, text, negative, too large).
     */
    public static Long count(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isNumber()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? count(v.longValue()) : null;
        }
        return count(v.doubleValue());
    }

    /** A reported count as a long in {@code [0, MAX_TOKENS]}, else null (also for NaN and infinities). */
    public static Long count(Number n) {
        if (n == null) {
            return null;
        }
        if (n instanceof BigInteger big) {
            return big.bitLength() < 64 ? count(big.longValue()) : null;
        }
        if (n instanceof Double || n instanceof Float || n instanceof BigDecimal) {
            double d = n.doubleValue();
            return Double.isFinite(d) && d >= 0 && d <= MAX_TOKENS ? (long) d : null;
        }
        long v = n.longValue();
        return v >= 0 && v <= MAX_TOKENS ? v : null;
    }

    /** These counts with provider-specific ones (by header name) added. */
    public Usage withDetails(Map<String, Long> more) {
        return new Usage(inputTokens, outputTokens, totalTokens, merge(details, more));
    }

    /**
     * The counts of two calls added up (a tool loop's total, a batched call's): a count neither reported stays null,
     * a count only one reported is that one's.
     */
    public Usage plus(Usage other) {
        if (other == null) {
            return this;
        }
        return new Usage(sum(inputTokens, other.inputTokens), sum(outputTokens, other.outputTokens),
                sum(totalTokens, other.totalTokens), merge(details, other.details));
    }

    private static Map<String, Long> merge(Map<String, Long> a, Map<String, Long> b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        Map<String, Long> all = new LinkedHashMap<>(a);
        b.forEach((k, v) -> all.merge(k, v, Long::sum));
        return all;
    }

    private static Long sum(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a; // not a conditional expression: that one would unbox a null
        }
        return a + b;
    }
}
