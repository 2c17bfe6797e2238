package io.camelai.support.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.camelai.support.AiHeaders;
import io.camelai.support.MessageHeaders;
import io.camelai.support.TextBody;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.config.OptionScope;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.convert.ChatMessageConverter;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads a chat exchange into a {@link ChatCall}: the user message ({@code CamelAiUserMessage}, else the
 * {@code userMessage} option, see {@link PromptTemplates}), else the body (text, an image ({@link ImageBody}), a
 * {@code ChatMessage}, a {@code List<ChatMessage>}, a map or list of maps of {@code {role, content, ...}} as YAML and
 * JSON routes build them, or the provider's own request type), and the generic override headers, checked here
 * against the ranges of the options they override. Fails before any network call on an empty message, a bad
 * override, content parts over their limits ({@link PartLimits}), or a body that is none of these: a POJO is never
 * sent as its {@code toString()}.
 */
public final class ChatInput {

    private ChatInput() {}

    public static <C extends AiConfiguration> ChatCall<C> read(Exchange exchange, C configuration,
            ChatProvider<C> provider,
            List<ToolDefinition> endpointTools, PromptTemplates prompts) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        Object nativeRequest = null;
        List<ChatMessage> messages;
        String userMessage = prompts.userMessage(exchange);
        if (userMessage != null) {
            // the body stays out of the input as it is, unless it is an image: the prompt then asks about it
            ContentPart image = ImageBody.of(exchange, body, configuration.getMaxImageBytes());
            messages = List.of(image != null
                    ? ChatMessage.user(userMessage, List.of(image))
                    : ChatMessage.user(userMessage));
        } else if (body != null && provider.isNativeRequest(body)) {
            nativeRequest = body;
            messages = List.of();
        } else if (body instanceof ChatMessage m) {
            messages = List.of(m);
        } else if (body instanceof Map<?, ?> map) {
            messages = List.of(ChatMessageConverter.toChatMessage(map));
        } else if (body instanceof ChatMessage[] array) {
            messages = messages(Arrays.asList(array));
        } else if (body instanceof List<?> list) {
            messages = messages(list);
        } else {
            ContentPart image = ImageBody.of(exchange, body, configuration.getMaxImageBytes());
            messages = List.of(image != null
                    ? ChatMessage.user(null, List.of(image))
                    : ChatMessage.user(text(exchange, body, provider)));
        }
        PartLimits.check(messages, configuration);
        List<ToolDefinition> tools = new ArrayList<>(endpointTools);
        List<?> headerTools = MessageHeaders.get(in, AiHeaders.TOOLS, List.class);
        if (headerTools != null) {
            for (Object t : headerTools) {
                if (!(t instanceof ToolDefinition td)) {
                    throw new IllegalArgumentException("Header " + AiHeaders.TOOLS
                            + " must be a List<ToolDefinition>, found an element of type "
                            + (t == null ? "null" : t.getClass().getName()));
                }
                tools.add(td);
            }
        }
        String model = MessageHeaders.get(in, AiHeaders.MODEL, String.class);
        Double temperature = MessageHeaders.get(in, AiHeaders.TEMPERATURE, Double.class);
        Integer maxTokens = MessageHeaders.get(in, AiHeaders.MAX_TOKENS, Integer.class);
        checkOverrides(configuration, model, temperature, maxTokens);
        return new ChatCall<>(exchange, configuration, messages, nativeRequest, tools, model,
                prompts.systemMessage(exchange), temperature, maxTokens);
    }

    /**
     * Checks the overrides by the rules of the options they override. Where ranges depend on the model (Qianfan's
     * ChatLaw), a {@code CamelAiModel} header naming another model has the exchange's options checked again for it.
     */
    private static void checkOverrides(AiConfiguration cfg, String model, Double temperature, Integer maxTokens) {
        OptionScope scope = cfg.optionScope();
        if (model != null && scope != null && "model".equals(scope.kind()) && !model.equals(scope.name())) {
            scope = OptionScope.model(model);
            OptionValidator.validate(cfg, scope);
        }
        OptionValidator.check(cfg.getClass(), "temperature", temperature, scope);
        OptionValidator.check(cfg.getClass(), cfg.maxTokensOption(), maxTokens, scope);
    }

    private static String text(Exchange exchange, Object body, ChatProvider<?> provider) {
        String accepted = TextBody.ACCEPTED
                + " as one user message, a ChatMessage, a List<ChatMessage> (or maps of {role, content}) or a "
                + provider.name() + " request object (or an image: a .png/.jpg/.gif/.webp file, or bytes with"
                + " CamelAiMediaType image/...)";
        if (body != null && !TextBody.isText(exchange.getContext(), body)) {
            throw new IllegalArgumentException("The message body is a " + TextBody.typeOf(body) + ", which is not a"
                    + " chat input: send " + accepted);
        }
        String text = TextBody.of(exchange, body);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The message body is empty: a chat needs " + accepted);
        }
        return text;
    }

    private static List<ChatMessage> messages(List<?> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("The message body is an empty list: a conversation needs at least one"
                    + " ChatMessage");
        }
        return ChatMessageConverter.messages(list);
    }
}
