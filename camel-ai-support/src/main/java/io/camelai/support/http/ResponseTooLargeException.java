package io.camelai.support.http;

import java.io.IOException;

/** A response body longer than the {@code maxResponseBytes} option allows; thrown while it is read. */
public final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public ResponseTooLargeException(long limit) {
        super("response body larger than " + limit + " bytes (option maxResponseBytes)");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
