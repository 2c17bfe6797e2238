package io.camelai.support.chat;

import java.util.List;

import io.camelai.support.AiEndpoint;
import io.camelai.support.AiStreamException;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.DefaultProducer;

/**
 * The chat producer of all three components: reads the exchange into a call, sends it through the provider, and
 * writes the text and headers back; or, with {@code stream=true}, delivers the chunks to this endpoint's consumer
 * (ending with the whole text) or hands out a lazy {@link ChatStream} body when there is no consumer.
 */
public class ChatProducer extends DefaultProducer {

    private final ChatProvider provider;

    public ChatProducer(AiEndpoint endpoint, ChatProvider provider) {
        super(endpoint);
        this.provider = provider;
    }

    @Override
    public AiEndpoint getEndpoint() {
        return (AiEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        AiConfiguration configuration = getEndpoint().configurationFor(exchange);
        ChatCall call = ChatInput.read(exchange, configuration, provider, endpointTools());
        if (configuration.isStream()) {
            stream(exchange, call);
        } else {
            write(exchange.getMessage(), provider.chat(call));
        }
    }

    /** Tools declared on the endpoint (the {@code tools} option); none until tool support resolves them. */
    protected List<ToolDefinition> endpointTools() {
        return List.of();
    }

    private void stream(Exchange exchange, ChatCall call) throws Exception {
        ChatStream stream = new ChatStream(provider.name(), exchange, provider.stream(call));
        ChatChunkConsumer consumer = getEndpoint().chunkConsumer();
        if (consumer == null) {
            exchange.getMessage().setBody(stream);
            return;
        }
        try (stream) {
            while (stream.hasNext()) {
                consumer.deliver((ChunkMessage) stream.next());
            }
        } catch (RuntimeCamelException e) {
            if (e.getCause() instanceof AiStreamException ase) {
                throw ase;
            }
            throw e;
        }
        write(exchange.getMessage(), stream.result());
    }

    private static void write(Message message, ChatResult result) {
        ChatHeaders.apply(message, result);
        message.setBody(result.text());
    }
}
