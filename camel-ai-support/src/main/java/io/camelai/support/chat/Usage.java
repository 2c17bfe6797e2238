package io.camelai.support.chat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token counts of a call; a count the provider did not report is null.
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

    public static Usage of(Number input, Number output) {
        Long in = input == null ? null : input.longValue();
        Long out = output == null ? null : output.longValue();
        Long total = in == null && out == null ? null : (in == null ? 0 : in) + (out == null ? 0 : out);
        return new Usage(in, out, total);
    }

    public static Usage of(Number input, Number output, Number total) {
        Usage u = of(input, output);
        return total == null ? u : new Usage(u.inputTokens, u.outputTokens, total.longValue());
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
