package io.camelai.support.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatProvider;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.RoundAssembler;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

/**
 * {@code toolExecution=auto}: calls the model, runs the tools it asks for, sends their results back (as assistant
 * and tool messages, which each provider writes in its own format) and repeats until the model answers or
 * {@code maxToolIterations} model calls were made. Only the endpoint's {@code tools} run: definitions of the
 * {@code CamelAiTools} header are offered to the model but never run anything here, not even a started
 * {@code llm-tool} route of the same name, because a header never grants a capability. Calls of other tools, calls beyond {@code maxToolCallsPerTurn} in one
 * turn, invalid arguments and failing tools give the model an error result, unless {@code toolErrors=fail}. Calls of
 * one turn run one after the other, in the model's order.
 */
public final class ToolLoop<C extends AiConfiguration> {

    private final ChatProvider<C> provider;
    private final C configuration;
    private final ToolTurn turn;
    private final IntConsumer ended;
    private ChatCall<C> current;
    private int modelCalls;
    private boolean endReported;

    public ToolLoop(ChatProvider<C> provider, ToolSet tools, ChatCall<C> call) {
        this(provider, tools, call, calls -> {});
    }

    /**
     * @param ended told the number of model calls once, when the loop ends: with an answer, at its limit, or by a
     *              failure (a model call that failed, when opened or while its stream was read, counts as one)
     */
    public ToolLoop(ChatProvider<C> provider, ToolSet tools, ChatCall<C> call, IntConsumer ended) {
        this.provider = provider;
        this.ended = ended;
        this.configuration = call.configuration();
        this.current = call;
        Set<String> offered = call.tools().stream().map(ToolDefinition::name).collect(Collectors.toUnmodifiableSet());
        CamelContext context = call.exchange().getContext();
        this.turn = new ToolTurn(offered::contains, name -> tools.find(context, name),
                configuration.getMaxToolCallsPerTurn(), "maxToolCallsPerTurn",
                "fail".equals(configuration.getToolErrors()));
    }

    /** Whether the producer runs the tools: {@code toolExecution=auto}, or unset with tools on the endpoint. */
    public static boolean isAuto(AiConfiguration configuration, ToolSet endpointTools) {
        String mode = configuration.getToolExecution();
        return mode == null ? !endpointTools.isEmpty() : "auto".equals(mode);
    }

    /**
     * Runs the whole loop without streaming and returns the model's final answer, with the token usage of all rounds
     * added up: its unary rounds go through the same {@link RoundAssembler} as the rounds of a stream.
     */
    public ChatResult run() throws Exception {
        try (RoundAssembler rounds = new RoundAssembler(open(false), round -> nextRound(round, false))) {
            return rounds.next().result(); // unary rounds are END chunks only: the first chunk is the answer
        } catch (RuntimeException e) {
            throw RoundAssembler.unwrap(e);
        }
    }

    /** The first round's stream; the following ones come from {@link #nextRound(ChatResult)}. */
    public ChatChunkSource stream() throws Exception {
        return open(true);
    }

    /** The {@link RoundAssembler.Rounds} of a stream: after {@code round}, the next round's stream or null. */
    public ChatChunkSource nextRound(ChatResult round) throws Exception {
        return nextRound(round, true);
    }

    /** The conversation so far: the input, then each assistant turn and tool result. */
    public List<ChatMessage> conversation() {
        return current.messages();
    }

    /** How many model calls were made. */
    public int modelCalls() {
        return modelCalls;
    }

    /**
     * The decision after every round, unary or streamed: null when the round was the answer; else (below
     * {@code maxToolIterations}) its tools run and the next round, opened by {@code open}, gets the assistant turn
     * (with its tool plan, which some providers take back) and the tool results, as a stream or a unary call.
     */
    private ChatChunkSource nextRound(ChatResult round, boolean stream) throws Exception {
        modelCalls++;
        if (round.toolCalls().isEmpty()) {
            end(modelCalls);
            return null;
        }
        ChatMessage assistant = round.toAssistantMessage();
        Exchange exchange = current.exchange();
        if (modelCalls >= configuration.getMaxToolIterations()) {
            end(modelCalls);
            List<ChatMessage> conversation = current.withMessages(List.of(assistant)).messages();
            exchange.getMessage().setHeader(AiHeaders.CONVERSATION, conversation);
            throw new IllegalStateException("The model still asked for tools "
                    + round.toolCalls().stream().map(ToolCall::name).toList() + " after "
                    + modelCalls + " calls (maxToolIterations="
                    + configuration.getMaxToolIterations()
                    + "); the conversation so far is in the header "
                    + AiHeaders.CONVERSATION);
        }
        List<ChatMessage> next = new ArrayList<>(List.of(assistant));
        try {
            next.addAll(turn.run(exchange, round.toolCalls()));
        } catch (Exception | Error e) { // toolErrors=fail
            end(modelCalls);
            throw e;
        }
        current = current.withMessages(next);
        return open(stream);
    }

    /** The next model call; its failure (opening it or reading its stream) ends the loop with it counted. */
    private ChatChunkSource open(boolean stream) throws Exception {
        try {
            return stream ? new RoundStream(provider.stream(current)) : RoundAssembler.unary(provider.chat(current));
        } catch (Exception | Error e) {
            end(modelCalls + 1);
            throw e;
        }
    }

    private void end(int calls) {
        if (!endReported) {
            endReported = true;
            ended.accept(calls);
        }
    }

    /**
     * A round's stream: breaking, or being closed (a route that stops reading), before its END chunk ends the loop
     * with this round counted.
     */
    private final class RoundStream implements ChatChunkSource {
        private final ChatChunkSource source;
        private boolean finished;

        RoundStream(ChatChunkSource source) {
            this.source = source;
        }

        @Override
        public ChatChunk next() throws IOException, AiHttpException {
            ChatChunk chunk;
            try {
                chunk = source.next();
            } catch (IOException | AiHttpException | RuntimeException e) {
                end(modelCalls + 1);
                throw e;
            }
            if (chunk == null) {
                end(modelCalls + 1); // after END the assembler reads on no more: this stream stopped early
            } else if (chunk.isEnd()) {
                finished = true; // the loop goes on (or ends) from this round's result
            }
            return chunk;
        }

        @Override
        public void close() {
            if (!finished) {
                end(modelCalls + 1);
            }
            source.close();
        }
    }
}
