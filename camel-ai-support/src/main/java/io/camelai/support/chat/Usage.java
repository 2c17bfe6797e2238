package io.camelai.support.chat;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Token counts of a call; a count the provider did not report is null. Counts come from provider responses, which
 * are untrusted: a negative, overflowing or absurd count is read as unknown (null), so it never reaches a header.
 */
public record Usage(Long inputTokens, Long outputTokens, Long totalTokens) {

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

    /** The counts of two calls added up (a tool loop's total); a count neither reported stays null. */
    public Usage plus(Usage other) {
        if (other == null) {
            return this;
        }
        return new Usage(sum(inputTokens, other.inputTokens), sum(outputTokens, other.outputTokens),
                sum(totalTokens, other.totalTokens));
    }

    private static Long sum(Long a, Long b) {
        if (a == null) {
            return b; // not a conditional expression: one mixing Long and long would unbox a null
        }
        return b == null ? a : Long.valueOf(a + b);
    }
}
