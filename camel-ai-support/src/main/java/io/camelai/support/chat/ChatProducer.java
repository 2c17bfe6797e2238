package io.camelai.support.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.camelai.support.AiEndpoint;
import io.camelai.support.AiHeaders;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.console.TrackedChatProvider;
import io.camelai.support.memory.ConversationMemory;
import io.camelai.support.output.StructuredOutput;
import io.camelai.support.telemetry.AiMetrics;
import io.camelai.support.telemetry.MeteredChatProvider;
import io.camelai.support.tools.ToolLoop;
import io.camelai.support.tools.ToolSet;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The chat producer of all three components: reads the exchange into a call, sends it through the provider (running
 * the tool loop when {@code toolExecution=auto}), and writes the text and headers back; or, with {@code stream=true},
 * delivers the chunks to this endpoint's consumer (ending with the whole text) or hands out a lazy
 * {@link ChatStream} body when there is no consumer. Such a body is closed when its exchange completes, whatever the
 * route did with it (a route that filters it out or fails before its split would otherwise leave the HTTP response
 * open: nothing reads it, so no read timeout ever fires).
 * <p>
 * The answer replaces the body (with the conversation in {@code CamelAiConversation}); a route that keeps its message
 * calls the endpoint through {@code enrich} or with {@code variableReceive}. With {@code memoryKey}, the conversation
 * kept for the exchange's key goes before the input and the new turn is kept once the answer is complete (for a
 * stream, when its last chunk is read).
 */
public class ChatProducer<C extends AiConfiguration> extends DefaultProducer {

    private final ChatProvider<C> unmetered;
    /**
     * The provider with each model call measured (the endpoint's metrics) and counted for the dev console, once the
     * producer started: a tool loop's rounds are model calls like the first.
     */
    private volatile ChatProvider<C> provider;
    private volatile AiMetrics metrics = AiMetrics.NONE;
    /** The endpoint's tools, resolved when the producer starts (a header never changes them). */
    private volatile ToolSet tools = ToolSet.NONE;

    public ChatProducer(AiEndpoint<C> endpoint, ChatProvider<C> provider) {
        super(endpoint);
        this.unmetered = provider;
        this.provider = provider;
    }

    @Override
    @SuppressWarnings("unchecked") // the endpoint given to the constructor
    public AiEndpoint<C> getEndpoint() {
        return (AiEndpoint<C>) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        tools = ToolSet.resolve(getEndpoint().getCamelContext(), getEndpoint().getConfiguration().getTools());
        metrics = getEndpoint().httpClient().metrics();
        provider = new TrackedChatProvider<>(MeteredChatProvider.of(unmetered, metrics),
                getEndpoint().httpClient().stats());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        C configuration = getEndpoint().configurationFor(exchange);
        StructuredOutput output = getEndpoint().structuredOutput();
        if (exchange.getMessage().hasHeaders()) {
            exchange.getMessage().removeHeader(AiHeaders.RAW_ANSWER);
        }
        ChatCall<C> call = ChatInput.read(exchange, configuration, provider, tools.definitions(),
                getEndpoint().promptTemplates());
        ConversationMemory memory = getEndpoint().conversationMemory();
        ConversationMemory.Turn turn = memory == null ? null : memory.begin(exchange, call, provider.name());
        if (turn != null) {
            call = turn.apply(call);
        }
        ChatCall<C> loopCall = call;
        ToolLoop<C> loop = ToolLoop.isAuto(configuration, tools)
                ? new ToolLoop<>(provider, tools, loopCall,
                        calls -> metrics.toolLoopEnded(MeteredChatProvider.requestModel(loopCall), calls))
                : null;
        if (configuration.isStream()) {
            stream(exchange, call, loop, turn);
            return;
        }
        ChatResult result = loop != null ? loop.run() : provider.chat(call);
        write(exchange.getMessage(), result, call, loop, turn);
        // after a tool loop, only its final answer is parsed; an answer asking for tools (manual) stays as it is
        if (!output.isText() && result.toolCalls().isEmpty()) {
            exchange.getMessage().setHeader(AiHeaders.RAW_ANSWER, result.text());
            exchange.getMessage().setBody(output.parse(result.text(), exchange));
        }
    }

    private void stream(Exchange exchange, ChatCall<C> call, ToolLoop<C> loop, ConversationMemory.Turn turn)
            throws Exception {
        ChatStream stream = new ChatStream(provider.name(), getEndpoint().secretMasker(), exchange,
                loop != null ? loop.stream() : provider.stream(call), loop == null ? null : loop::nextRound);
        ChatChunkConsumer consumer = getEndpoint().chunkConsumer();
        if (consumer == null) {
            if (turn != null) {
                stream.onEnd(result -> turn.end(conversation(result, call, loop)));
            }
            // handed over with the exchange's other completions when the exchange is (a seda queue, ...)
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    stream.closeWithExchange();
                }
            });
            exchange.getMessage().setBody(stream);
            return;
        }
        try (stream) {
            while (stream.hasNext()) {
                consumer.deliver((ChunkMessage) stream.next());
            }
        } catch (RuntimeException e) {
            throw RoundAssembler.unwrap(e);
        }
        write(exchange.getMessage(), stream.result(), call, loop, turn);
    }

    private static void write(Message message, ChatResult result, ChatCall<?> call, ToolLoop<?> loop,
            ConversationMemory.Turn turn) {
        ChatHeaders.apply(message, result);
        List<ChatMessage> conversation = conversation(result, call, loop);
        if (turn != null) {
            turn.end(conversation);
        }
        message.setHeader(AiHeaders.CONVERSATION, conversation);
        if (loop != null) {
            message.setHeader(AiHeaders.MODEL_CALLS, loop.modelCalls());
        }
        message.setBody(Objects.requireNonNullElse(result.text(), ""));
    }

    /** The messages sent (with a tool loop's turns), then the answer. */
    private static List<ChatMessage> conversation(ChatResult result, ChatCall<?> call, ToolLoop<?> loop) {
        List<ChatMessage> conversation = new ArrayList<>(loop != null ? loop.conversation() : call.messages());
        conversation.add(result.toAssistantMessage());
        return conversation;
    }
}
