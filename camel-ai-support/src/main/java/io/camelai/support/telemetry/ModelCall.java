package io.camelai.support.telemetry;

import io.camelai.support.chat.Usage;

/**
 * One model call being measured, from request to its last byte (a stream's end). Only the first of
 * {@link #succeeded}, {@link #failed} and {@link #cancelled} counts: a stream closed after it broke is recorded once.
 */
public interface ModelCall {

    ModelCall NONE = new ModelCall() {
        @Override
        public void firstChunk() {}

        @Override
        public void succeeded(String responseModel, Usage usage) {}

        @Override
        public void failed(String errorType) {}
    };

    /** The first chunk of a stream arrived. */
    void firstChunk();

    /** The call ended with an answer: its duration, the model that answered and the tokens it counted. */
    void succeeded(String responseModel, Usage usage);

    /** The call failed; {@code errorType} is {@link GenAiNames#errorType}. */
    void failed(String errorType);

    default void failed(Throwable error) {
        failed(GenAiNames.errorType(error));
    }

    /** A stream closed by its reader before its end. */
    default void cancelled() {
        failed(GenAiNames.CANCELLED);
    }
}
