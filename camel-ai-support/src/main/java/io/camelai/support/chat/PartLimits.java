package io.camelai.support.chat;

import java.util.List;

import io.camelai.support.config.AiConfiguration;

/**
 * The bounds on the content parts of one call, checked before any network call: at most {@link #MAX_PARTS} parts per
 * message, {@code maxImages} images in the conversation and {@code maxImageBytes} per inline image (an image URL is
 * fetched by the provider, which applies its own limit).
 */
public final class PartLimits {

    /** The most parts one message may have. */
    public static final int MAX_PARTS = 128;

    private PartLimits() {}

    static void check(List<ChatMessage> messages, AiConfiguration cfg) {
        int images = 0;
        for (ChatMessage m : messages) {
            if (m.parts().size() > MAX_PARTS) {
                throw new IllegalArgumentException("A message may have at most " + MAX_PARTS + " content parts; one"
                        + " has " + m.parts().size());
            }
            for (ContentPart p : m.parts()) {
                if (!p.isImage()) {
                    continue;
                }
                if (++images > cfg.getMaxImages()) {
                    throw new IllegalArgumentException("The conversation has more than maxImages ("
                            + cfg.getMaxImages() + ") images");
                }
                if (p.inlineImageBytes() > cfg.getMaxImageBytes()) {
                    throw ImageBody.tooLarge("An image of the conversation", cfg.getMaxImageBytes());
                }
            }
        }
    }
}
