package io.camelai.support;

import java.util.Collection;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

/**
 * A message body (or one element of a list body) as the text of a prompt or an input: only a value that is text
 * ({@code String}, {@code CharSequence}) or that one of Camel's registered type converters turns into text
 * ({@code byte[]}, {@code InputStream}, {@code Reader}, a file, a number). Camel would turn anything else into its
 * {@code toString()} as a last resort; a {@code Map} or a POJO rendered that way is never sent to a model.
 */
public final class TextBody {

    /** What a text input may be, for error messages. */
    public static final String ACCEPTED = "a String (or another CharSequence, byte[], InputStream, Reader or file)";

    private TextBody() {}

    /** Whether {@link #of(Exchange, Object)} turns the value into text. */
    public static boolean isText(CamelContext context, Object value) {
        if (value instanceof CharSequence) {
            return true;
        }
        if (value == null || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return false;
        }
        return context.getTypeConverterRegistry().lookup(String.class, value.getClass()) != null;
    }

    /**
     * The value as text, or null when it is null or not text (see {@link #isText}): the caller fails naming what it
     * accepts.
     */
    public static String of(Exchange exchange, Object value) {
        if (value instanceof CharSequence cs) {
            return cs.toString();
        }
        if (!isText(exchange.getContext(), value)) {
            return null;
        }
        // with the exchange, so a byte[] or stream is decoded with the exchange's charset
        return exchange.getContext().getTypeConverter().convertTo(String.class, exchange, value);
    }

    /** The type of a value for messages (never its content). */
    public static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
