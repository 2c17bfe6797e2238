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
}
