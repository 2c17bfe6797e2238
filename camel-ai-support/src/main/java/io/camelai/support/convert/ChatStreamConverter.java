package io.camelai.support.convert;

import io.camelai.support.chat.ChatStream;
import org.apache.camel.Converter;

/**
 * A {@link ChatStream} as its whole text: reads the stream to its end. A ChatStream is closed when the exchange that
 * got it completes, so convert it in that route ({@code convertBodyTo(String.class)}, {@code ${bodyAs(String)}});
 * converting it later fails saying so.
 */
@Converter(generateLoader = true)
public final class ChatStreamConverter {

    private ChatStreamConverter() {}

    @Converter
    public static String toString(ChatStream stream) {
        String text = stream.drain().text();
        return text == null ? "" : text;
    }
}
