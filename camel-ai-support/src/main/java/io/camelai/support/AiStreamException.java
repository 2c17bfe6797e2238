package io.camelai.support;

import org.apache.camel.Exchange;

/**
 * A stream that broke after it started: a dropped connection, a malformed chunk, an error event, a read timeout.
 * The text received before the break is kept in {@link #getPartialText()} (and in the {@code CamelAiPartialText}
 * header). A stream is never retried once a chunk was delivered, so this is never retryable.
 */
public class AiStreamException extends AiHttpException {

    private static final long serialVersionUID = 1L;

    private final String partialText;
    private final int chunksDelivered;

    public AiStreamException(Builder b, Exchange exchange, String partialText, int chunksDelivered) {
        super(b.retryable(false), exchange);
        this.partialText = partialText;
        this.chunksDelivered = chunksDelivered;
    }

    /** The text of the chunks read before the stream broke. */
    public String getPartialText() {
        return partialText;
    }

    /** How many chunks were delivered before the stream broke. */
    public int getChunksDelivered() {
        return chunksDelivered;
    }
}
