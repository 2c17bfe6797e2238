package io.camelai.support;

import java.util.concurrent.atomic.AtomicReference;

import io.camelai.support.chat.ChatChunkConsumer;

/** The one consumer a streaming chat endpoint delivers its chunks to (one route, not a fan-out). */
final class ChunkConsumers {

    private final AtomicReference<ChatChunkConsumer> consumer = new AtomicReference<>();

    /** @param endpoint for the message only */
    void register(ChatChunkConsumer c, Object endpoint) {
        if (!consumer.compareAndSet(null, c) && consumer.get() != c) {
            throw new IllegalStateException(
                    "Endpoint " + endpoint + " already has a consumer: a streaming chat endpoint"
                            + " delivers its chunks to one route");
        }
    }

    void unregister(ChatChunkConsumer c) {
        consumer.compareAndSet(c, null);
    }

    /** The registered consumer if it is started, else null. */
    ChatChunkConsumer started() {
        ChatChunkConsumer c = consumer.get();
        return c != null && c.isStarted() ? c : null;
    }
}
