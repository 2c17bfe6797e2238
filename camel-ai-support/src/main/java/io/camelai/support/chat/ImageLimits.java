package io.camelai.support.chat;

import java.util.List;

import io.camelai.support.config.AiConfiguration;

/**
 * The bounds on the images of one call, checked before any network call: at most {@code maxImages} image parts in
 * the conversation and at most {@code maxImageBytes} per inline image (an image URL is fetched by the provider, which
 * applies its own limit).
 */
final class ImageLimits {

    private ImageLimits() {}

    static void check(List<ChatMessage> messages, AiConfiguration cfg) {
        int images = 0;
        for (ChatMessage m : messages) {
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
