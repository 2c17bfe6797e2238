package io.camelai.support.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.camelai.support.AiEndpoint;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiStreamException;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.tools.ToolLoop;
import io.camelai.support.tools.ToolSet;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.DefaultProducer;

/**
 * The chat producer of all three components: reads the exchange into a call, sends it through the provider (running
 * the tool loop when {@code toolExecution=auto}), and writes the text and headers back; or, with {@code stream=true},
 * delivers the chunks to this endpoint's consumer (ending with the whole text) or hands out a lazy
 * {@link ChatStream} body when there is no consumer.
 */
public class ChatProducer extends DefaultProducer {

    private final ChatProvider provider;
    /** Tool sets by {@code tools} option value: the endpoint's, and any a CamelAiOptions header names. */
    private final Map<String, ToolSet> toolSets = new ConcurrentHashMap<>();

    public ChatProducer(AiEndpoint endpoint, ChatProvider provider) {
        super(endpoint);
        this.provider = provider;
    }

    @Override
    public AiEndpoint getEndpoint() {
        return (AiEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        tools(getEndpoint().getConfiguration()); // a bad tools option fails the route's start
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        AiConfiguration configuration = getEndpoint().configurationFor(exchange);
        ToolSet tools = tools(configuration);
        ChatCall call = ChatInput.read(exchange, configuration, provider, tools.definitions());
        ToolLoop loop = ToolLoop.isAuto(configuration, tools) ? new ToolLoop(provider, tools, call) : null;
        if (configuration.isStream()) {
            stream(exchange, call, loop);
            return;
        }
        ChatResult result = loop != null ? loop.run() : provider.chat(call);
        write(exchange.getMessage(), result, loop != null ? loop.conversation() : call.messages(), loop);
    }

    private ToolSet tools(AiConfiguration configuration) {
        String option = configuration.getTools();
        if (option == null || option.isBlank()) {
            return ToolSet.NONE;
        }
        return toolSets.computeIfAbsent(option, o -> ToolSet.resolve(getEndpoint().getCamelContext(), o));
    }

    private void stream(Exchange exchange, ChatCall call, ToolLoop loop) throws Exception {
        ChatStream stream = new ChatStream(provider.name(), getEndpoint().secretMasker(), exchange,
                provider.stream(call),
                loop == null ? null : loop::nextRound);
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
        write(exchange.getMessage(), stream.result(), loop != null ? loop.conversation() : call.messages(), loop);
    }

    private static void write(Message message, ChatResult result, List<ChatMessage> input, ToolLoop loop) {
        ChatHeaders.apply(message, result);
        List<ChatMessage> conversation = new ArrayList<>(input);
        conversation.add(result.toAssistantMessage());
        message.setHeader(AiHeaders.CONVERSATION, conversation);
        if (loop != null) {
            message.setHeader(AiHeaders.MODEL_CALLS, loop.modelCalls());
        }
        message.setBody(Objects.requireNonNullElse(result.text(), ""));
    }
}
