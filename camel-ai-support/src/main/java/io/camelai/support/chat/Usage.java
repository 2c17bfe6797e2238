package io.camelai.support.chat;

/** Token counts of a call; a count the provider did not report is null. */
public record Usage(Long inputTokens, Long outputTokens, Long totalTokens) {

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

    /** The counts of two calls added up (a tool loop's total); a count neither reported stays null. */
    public Usage plus(Usage other) {
        if (other == null) {
            return this;
        }
        return new Usage(sum(inputTokens, other.inputTokens), sum(outputTokens, other.outputTokens),
                sum(totalTokens, other.totalTokens));
    }

    private static Long sum(Long a, Long b) {
        return a == null ? b : b == null ? a : a + b;
    }
}
