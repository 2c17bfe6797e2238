package io.camelai.support.embed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.camel.Message;

/**
 * Reads the inputs of an embedding exchange: a {@code String} (one input) or a collection of Strings (in order).
 * Fails before any network call on an empty or null input, naming its position.
 */
public final class EmbeddingInputs {

    private EmbeddingInputs() {
    }

    public static List<String> texts(Message message, String provider) {
        Object body = message.getBody();
        if (body instanceof Collection<?> c) {
            if (c.isEmpty()) {
                throw new IllegalArgumentException("The message body is an empty list: " + provider
                                                   + " needs at least one input to embed");
            }
            List<String> out = new ArrayList<>(c.size());
            int i = 0;
            for (Object o : c) {
                if (o == null || o.toString().isEmpty()) {
                    throw new IllegalArgumentException("Input " + i + " of the embedding body is "
                                                       + (o == null ? "null" : "empty") + ": every input must be a"
                                                       + " non-empty String");
                }
                out.add(o instanceof String s ? s : message.getExchange().getContext().getTypeConverter()
                        .convertTo(String.class, o));
                i++;
            }
            return out;
        }
        String text = message.getBody(String.class);
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("The message body is empty: " + provider + " embeds a String or a"
                                               + " List<String>");
        }
        return List.of(text);
    }
}
