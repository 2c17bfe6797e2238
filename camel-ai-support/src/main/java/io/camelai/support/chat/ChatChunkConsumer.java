package io.camelai.support.chat;

import io.camelai.support.AiEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.AsyncProcessorAwaitManager;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.PluginHelper;

/**
 * The consumer of a streaming chat endpoint: receives one exchange per chunk of every stream the endpoint's
 * producers start, delivered synchronously on the producer's thread, so a slow route slows the read of the stream
 * (back-pressure, no queue).
 */
public class ChatChunkConsumer extends DefaultConsumer {

    /** Looked up once: {@code Processor.process(Exchange)} would look it up in the context for every chunk. */
    private AsyncProcessorAwaitManager awaitManager;

    public ChatChunkConsumer(AiEndpoint<?> endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public AiEndpoint<?> getEndpoint() {
        return (AiEndpoint<?>) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        awaitManager = PluginHelper.getAsyncProcessorAwaitManager(getEndpoint().getCamelContext());
        getEndpoint().registerChunkConsumer(this);
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().unregisterChunkConsumer(this);
        super.doStop();
    }

    /**
     * Routes one chunk and waits for the route to finish with it. Throws what the route failed with, which stops the
     * stream.
     */
    public void deliver(ChunkMessage chunk) throws Exception {
        Exchange exchange = createExchange(false);
        try {
            exchange.setIn(chunk);
            awaitManager.process(getAsyncProcessor(), exchange);
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
