package io.camelai.support.telemetry;

import java.io.IOException;

import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;

/**
 * A provider's stream, measured: the time to its first chunk, and the call's duration and usage at its END chunk (or
 * its failure, or its close before the end).
 */
final class MeteredChunkSource implements ChatChunkSource {

    private final ChatChunkSource source;
    private final ModelCall call;

    MeteredChunkSource(ChatChunkSource source, ModelCall call) {
        this.source = source;
        this.call = call;
    }

    @Override
    public ChatChunk next() throws IOException, AiHttpException {
        ChatChunk chunk;
        try {
            chunk = source.next();
        } catch (IOException | AiHttpException | RuntimeException e) {
            call.failed(e);
            throw e;
        }
        if (chunk == null) {
            call.failed(GenAiNames.INCOMPLETE_STREAM);
            return null;
        }
        call.firstChunk();
        if (chunk.isEnd()) {
            call.succeeded(chunk.result() == null ? null : chunk.result().model(),
                    chunk.result() == null ? null : chunk.result().usage());
        }
        return chunk;
    }

    @Override
    public void close() {
        call.cancelled(); // a no-op after the end or a failure
        source.close();
    }
}
