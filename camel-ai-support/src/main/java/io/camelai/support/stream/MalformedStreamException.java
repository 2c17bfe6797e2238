package io.camelai.support.stream;

import java.io.IOException;

/** A stream whose framing or payload cannot be read: an over-long line or event, an unparseable chunk. */
public class MalformedStreamException extends IOException {

    private static final long serialVersionUID = 1L;

    public MalformedStreamException(String message) {
        super(message);
    }

    public MalformedStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
