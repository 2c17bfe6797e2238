package io.camelai.support.chat;

import java.util.ArrayList;
import java.util.List;

import io.camelai.support.config.AiConfiguration;
import org.apache.camel.Exchange;

/**
 * One chat call as the provider-neutral layer hands it to a {@link ChatProvider}: the conversation (or the caller's
 * own provider request), the tools, and the per-exchange overrides read from the generic {@code CamelAi*} headers.
 * The overrides are already checked against the options' ranges ({@link ChatInput}); the provider fills every other
 * parameter from its endpoint options and its own headers, and validates them.
 * <p>
 * In a tool loop the same call is sent again with the assistant's tool calls and the tool results appended to
 * {@link #messages()}; a provider given a {@link #nativeRequest()} appends those messages to the native request's own.
 */
public final class ChatCall<C extends AiConfiguration> {

    private final Exchange exchange;
    private final C configuration;
    private final List<ChatMessage> messages;
    private final Object nativeRequest;
    private final List<ToolDefinition> tools;
    private final String model;
    private final String systemMessage;
    private final Double temperature;
    private final Integer maxTokens;

    public ChatCall(Exchange exchange, C configuration, List<ChatMessage> messages,
            Object nativeRequest, List<ToolDefinition> tools, String model, String systemMessage,
            Double temperature, Integer maxTokens) {
        this.exchange = exchange;
        this.configuration = configuration;
        this.messages = new ArrayList<>(messages == null ? List.of() : messages);
        this.nativeRequest = nativeRequest;
        this.tools = tools == null ? List.of() : List.copyOf(tools);
        this.model = model;
        this.systemMessage = systemMessage;
        this.temperature = temperature;
        this.maxTokens = maxTokens;
    }

    public Exchange exchange() {
        return exchange;
    }

    /**
     * The options for this exchange: the endpoint's, with the {@code CamelAiOptions} header applied. Providers read
     * every request parameter from here.
     */
    public C configuration() {
        return configuration;
    }

    /**
     * The conversation: the user's messages, then (in a tool loop) each assistant turn and its tool results. Empty
     * when a native request carries the conversation and no tool round has happened yet.
     */
    public List<ChatMessage> messages() {
        return messages;
    }

    /** The caller's own provider request object, or null. Options fill only what it leaves unset. */
    public Object nativeRequest() {
        return nativeRequest;
    }

    /** Tools declared on the endpoint or in the {@code CamelAiTools} header; empty when none. */
    public List<ToolDefinition> tools() {
        return tools;
    }

    /** {@code CamelAiModel}, or null to use the endpoint's {@code model}. */
    public String model() {
        return model;
    }

    /**
     * This exchange's system message: {@code CamelAiSystemMessage}, else the endpoint's {@code systemMessage}
     * expression's value, or null ({@link SystemMessageRule} then falls back to the literal option).
     */
    public String systemMessage() {
        return systemMessage;
    }

    /** {@code CamelAiTemperature}, or null. */
    public Double temperature() {
        return temperature;
    }

    /** {@code CamelAiMaxTokens}, or null. */
    public Integer maxTokens() {
        return maxTokens;
    }

    /** A copy with a kept conversation put before the messages (conversation memory). */
    public ChatCall<C> withHistory(List<ChatMessage> history) {
        List<ChatMessage> all = new ArrayList<>(history);
        all.addAll(messages);
        return new ChatCall<>(exchange, configuration, all, nativeRequest, tools, model, systemMessage, temperature,
                maxTokens);
    }

    /** A copy with more messages appended (the next round of a tool loop). */
    public ChatCall<C> withMessages(List<ChatMessage> more) {
        List<ChatMessage> all = new ArrayList<>(messages);
        all.addAll(more);
        return new ChatCall<>(exchange, configuration, all, nativeRequest, tools, model, systemMessage, temperature,
                maxTokens);
    }
}
