package io.camelai.support.openai;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private OpenAiChatRequest() {
    }

    /**
     * The body with its messages: the caller's request's, the system message the rule adds, then the conversation.
     *
     * @param  fields                   every key the provider's body may get ({@code messages}, {@code tools},
     *                                  {@code tool_choice}, {@code stream} and its own)
     * @param  options                  the provider's configuration class (checks header overrides)
     * @param  systemOption             the endpoint's system option, or null when the provider has none
     * @param  name                     how the error message names the component, e.g. {@code An azure-inference}
     * @throws IllegalArgumentException when there is no message at all
     */
    public static RequestBody body(ChatCall call, Set<String> fields, Class<?> options, String systemOption,
                                   String name) {
        RequestBody b = RequestBody.of(call.nativeRequest(), fields, options);
        List<Object> messages = b.list("messages");
        String system = SystemMessageRule.added(call, SystemMessageRule.hasSystemRole(messages), systemOption);
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
