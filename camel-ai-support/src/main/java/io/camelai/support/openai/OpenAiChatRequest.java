package io.camelai.support.openai;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.SystemMessageRule;
import io.camelai.support.json.RequestBody;

/**
 * The request side of the OpenAI-style chat format Azure AI Inference and Qianfan v2 share
 * (https://platform.openai.com/docs/api-reference/chat/create): the caller's own request as the start, the
 * {@code messages} (the system message by {@link SystemMessageRule}, then the conversation), {@code tools},
 * {@code tool_choice} and {@code stream}. Each provider adds only its own parameters to the body this returns.
 */
public final class OpenAiChatRequest {

    /** The keys this class writes; a provider declares them with its own ({@link #fields}). */
    public static final Set<String> FIELDS = Set.of("messages", "tools", "tool_choice", "stream");

    private OpenAiChatRequest() {
    }

    /** {@link #FIELDS} and a provider's own keys: every key its body may get from the component. */
    public static Set<String> fields(Set<String> own) {
        return Stream.concat(FIELDS.stream(), own.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The body with its messages: the caller's request's, the system message the rule adds, then the conversation.
     *
     * @param  fields                   every key the provider's body may get (see {@link #fields})
     * @param  options                  the provider's configuration class (checks header overrides)
     * @param  systemOption             the endpoint's system option, or null when the provider has none
     * @param  name                     how the error message names the component, e.g. {@code An azure-inference}
     * @throws IllegalArgumentException when there is no message at all
     */
    public static RequestBody body(ChatCall call, Set<String> fields, Class<?> options, String systemOption,
                                   String name) {
        RequestBody b = RequestBody.of(call.nativeRequest(), fields, options);
        List<Object> messages = b.list("messages");
        boolean requestHas = messages.stream().anyMatch(m -> m instanceof Map<?, ?> map
                && "system".equals(map.get("role")));
        String system = SystemMessageRule.added(call, requestHas, systemOption);
        if (system != null) {
            messages.add(0, OpenAiChatFormat.message(ChatMessage.system(system)));
        }
        messages.addAll(OpenAiChatFormat.messages(call.messages()));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException(name + " chat needs at least one message");
        }
        return b.set("messages", messages);
    }

    /**
     * The tools of the call (unless the caller's request has its own), the {@code tool_choice} option, and
     * {@code stream} (with {@code stream_options} when given, a field the provider then declares, and the caller's
     * request has none).
     */
    public static RequestBody finish(RequestBody b, ChatCall call, String toolChoice, boolean stream,
                                     Map<String, Object> streamOptions) {
        if (!call.tools().isEmpty()) {
            b.fill("tools", OpenAiChatFormat.tools(call.tools()));
        }
        b.fill("tool_choice", OpenAiChatFormat.toolChoice(toolChoice));
        b.stream(stream);
        if (stream && streamOptions != null) {
            b.fill("stream_options", streamOptions);
        }
        return b;
    }
}
