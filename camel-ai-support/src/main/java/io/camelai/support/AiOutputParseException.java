package io.camelai.support;

import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;

/**
 * A model answer that does not parse into the endpoint's {@code outputClass} (or, with {@code outputType=json}, is
 * not JSON). The message names the target and shows the start of the answer; {@link #getRawAnswer()} has all of it
 * (also in the {@code CamelAiRawAnswer} header). Model output is untrusted: a route decides what to do with it
 * (retry the call, route it to review), this exception only says that it did not fit.
 */
public class AiOutputParseException extends CamelExchangeException {

    private static final long serialVersionUID = 1L;

    /** How much of the answer the message shows. */
    public static final int MESSAGE_CHARS = 200;

    private final String target;
    private final String rawAnswer;

    /**
     * @param target    what the answer was parsed into: a class name, or {@code JSON}
     * @param rawAnswer the model's answer as it came
     * @param cause     the parser's error
     */
    public AiOutputParseException(String target, String rawAnswer, Throwable cause, Exchange exchange) {
        super("The model's answer does not parse into " + target + ": " + reason(cause) + "; answer ("
                + length(rawAnswer) + " chars): " + abbreviate(rawAnswer), exchange, cause);
        this.target = target;
        this.rawAnswer = rawAnswer;
    }

    /** The class the answer was parsed into, or {@code JSON} for {@code outputType=json}. */
    public String getTarget() {
        return target;
    }

    /** The model's whole answer. */
    public String getRawAnswer() {
        return rawAnswer;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String reason(Throwable cause) {
        String m = cause == null || cause.getMessage() == null ? "not valid" : cause.getMessage();
        // Jackson appends the source location over several lines: the first line says what is wrong
        int eol = m.indexOf('\n');
        return abbreviate(eol < 0 ? m : m.substring(0, eol));
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > MESSAGE_CHARS ? s.substring(0, MESSAGE_CHARS) + "..." : s;
    }
}
