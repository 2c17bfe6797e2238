package io.camelai.support.chat;

import io.camelai.support.AiEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/**
 * The consumer of a streaming chat endpoint: receives one exchange per chunk of every stream the endpoint's
 * producers start, delivered synchronously on the producer's thread, so a slow route slows the read of the stream
 * (back-pressure, no queue).
 */
public class ChatChunkConsumer extends DefaultConsumer {

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
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
