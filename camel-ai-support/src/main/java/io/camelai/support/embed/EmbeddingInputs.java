package io.camelai.support.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import io.camelai.support.TextBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads the inputs of an embedding exchange: one text, or a collection (or array) of texts, in order. A text is
 * what {@link TextBody} accepts; a {@code Map} or a POJO is never embedded as its {@code toString()}. Fails before
 * any network call on an empty, null or non-text input, naming its position.
 */
public final class EmbeddingInputs {

    private EmbeddingInputs() {}

    public static List<String> texts(Message message, String provider) {
        Exchange exchange = message.getExchange();
        Object body = message.getBody();
        if (body instanceof Object[] array) {
            body = Arrays.asList(array);
        }
        if (body instanceof Collection<?> c) {
            if (c.isEmpty()) {
                throw new IllegalArgumentException("The message body is an empty list: " + provider
                        + " needs at least one input to embed");
            }
            List<String> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(input(exchange, o, out.size()));
            }
            return out;
        }
        if (body != null && !TextBody.isText(exchange.getContext(), body)) {
            throw new IllegalArgumentException("The message body is a " + TextBody.typeOf(body) + ": " + provider
                    + " embeds " + TextBody.ACCEPTED + ", or a List of them");
        }
        String text = TextBody.of(exchange, body);
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("The message body is empty: " + provider + " embeds a String or a"
                    + " List<String>");
        }
        return List.of(text);
    }

    private static String input(Exchange exchange, Object o, int index) {
        if (o != null && !TextBody.isText(exchange.getContext(), o)) {
            throw new IllegalArgumentException("Input " + index + " of the message body is a " + TextBody.typeOf(o)
                    + ": every input must be " + TextBody.ACCEPTED);
        }
        String text = TextBody.of(exchange, o);
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("Input " + index + " of the message body is "
                    + (o == null ? "null" : "empty") + ": every input must be a"
                    + " non-empty String");
        }
        return text;
    }
}
