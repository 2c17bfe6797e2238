package io.camelai.support.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ContentPart;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.SystemMessageRule;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.chat.Usage;
import io.camelai.support.json.RequestBody;

/**
 * The OpenAI-style chat format that Azure AI Inference and Qianfan v2 share: messages with {@code role} and
 * {@code tool_calls}/{@code tool_call_id}, {@code tools} as functions, {@code tool_choice}, and the
 * {@code choices[0]} response with {@code prompt_tokens}/{@code completion_tokens} usage. Messages and tools are
 * plain maps so a provider can add its own fields and send extra keys through. {@link #body} and {@link #finish} are
 * the one request mapping both use (https://platform.openai.com/docs/api-reference/chat/create): each provider adds
 * only its own parameters between them.
 */
public final class OpenAiChatFormat {

    private OpenAiChatFormat() {}

    /**
     * A body from the caller's own request with its {@code messages}: the request's, the system message
     * {@link SystemMessageRule} adds, then the conversation.
     *
     * @param  fields                   every key the provider's body may get (with {@code messages}, {@code tools},
     *                                  {@code tool_choice}, {@code stream})
     * @param  name                     how the error names the component, e.g. {@code An azure-inference}
     * @throws IllegalArgumentException when there is no message at all
     */
    public static RequestBody body(ChatCall<?> call, Set<String> fields, Class<?> options, String systemOption,
            String name) {
        RequestBody b = RequestBody.of(call.nativeRequest(), fields, options);
        List<Object> messages = b.list("messages");
        String system = SystemMessageRule.added(call, SystemMessageRule.hasSystemRole(messages), systemOption);
        if (system != null) {
            messages.add(0, message(ChatMessage.system(system)));
        }
        messages.addAll(messages(call.messages()));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException(name + " chat needs at least one message");
        }
        return b.set("messages", messages);
    }

    /** The call's tools, the {@code tool_choice} option, {@code stream} and (if given) {@code stream_options}. */
    public static Map<String, Object> finish(RequestBody b, ChatCall<?> call, String toolChoice, boolean stream,
            Map<String, Object> streamOptions) {
        if (!call.tools().isEmpty()) {
            b.fill("tools", tools(call.tools()));
        }
        b.fill("tool_choice", toolChoice(toolChoice)).stream(stream);
        if (stream && streamOptions != null) {
            b.fill("stream_options", streamOptions);
        }
        return b.map();
    }

    /** A provider-neutral conversation as {@code messages}. */
    public static List<Map<String, Object>> messages(List<ChatMessage> conversation) {
        List<Map<String, Object>> out = new ArrayList<>(conversation.size());
        for (ChatMessage m : conversation) {
            out.add(message(m));
        }
        return out;
    }

    public static Map<String, Object> message(ChatMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (m.role()) {
            case SYSTEM -> out.put("role", "system");
            case USER -> out.put("role", "user");
            case ASSISTANT -> out.put("role", "assistant");
            case TOOL -> out.put("role", "tool");
        }
        if (m.role() == io.camelai.support.chat.Role.ASSISTANT && m.hasToolCalls()) {
            // content may be null on a tool-call turn; some backends reject an empty string
            out.put("content", m.content() == null || m.content().isBlank() ? null : m.content());
            List<Map<String, Object>> calls = new ArrayList<>();
            for (ToolCall c : m.toolCalls()) {
                Map<String, Object> fn = new LinkedHashMap<>();
                fn.put("name", c.name());
                fn.put("arguments", c.arguments());
                Map<String, Object> call = new LinkedHashMap<>();
                call.put("id", c.id());
                call.put("type", "function");
                call.put("function", fn);
                calls.add(call);
            }
            out.put("tool_calls", calls);
        } else if (!m.parts().isEmpty()) {
            out.put("content", contentParts(m));
        } else {
            out.put("content", m.content() == null ? "" : m.content());
        }
        if (m.role() == io.camelai.support.chat.Role.TOOL) {
            out.put("tool_call_id", m.toolCallId());
        }
        return out;
    }

    /**
     * A user message with parts as an array of content parts: its text, then each part, as
     * {@code {type: text, text}} and {@code {type: image_url, image_url: {url}}} (the same shape on Azure AI Model
     * Inference, https://learn.microsoft.com/en-us/rest/api/aifoundry/model-inference/get-chat-completions/get-chat-completions,
     * Qianfan v2, https://cloud.baidu.com/doc/qianfan-api/s/rm7u7qdiq, and Cohere v2, https://docs.cohere.com/reference/chat).
     */
    public static List<Map<String, Object>> contentParts(ChatMessage m) {
        List<Map<String, Object>> out = new ArrayList<>(m.parts().size() + 1);
        if (m.content() != null && !m.content().isEmpty()) {
            out.add(part("text", "text", m.content()));
        }
        for (ContentPart p : m.parts()) {
            out.add(p.isImage()
                    ? part("image_url", "image_url", Map.of("url", p.imageUrl()))
                    : part("text", "text", p.text()));
        }
        return out;
    }

    private static Map<String, Object> part(String type, String key, Object value) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("type", type);
        part.put(key, value);
        return part;
    }

    /** Tool definitions as {@code tools}: {@code [{type: function, function: {name, description, parameters}}]}. */
    public static List<Map<String, Object>> tools(List<ToolDefinition> tools) {
        List<Map<String, Object>> out = new ArrayList<>(tools.size());
        for (ToolDefinition t : tools) {
            Map<String, Object> fn = new LinkedHashMap<>();
            fn.put("name", t.name());
            if (t.description() != null) {
                fn.put("description", t.description());
            }
            fn.put("parameters", t.parameters());
            Map<String, Object> tool = new LinkedHashMap<>();
            tool.put("type", "function");
            tool.put("function", fn);
            out.add(tool);
        }
        return out;
    }

    /**
     * The {@code tool_choice} value for an option: {@code auto}, {@code none} and {@code required} as strings, any
     * other value the name of the one function the model must call.
     */
    public static Object toolChoice(String option) {
        if (option == null) {
            return null;
        }
        return switch (option) {
            case "auto", "none", "required" -> option;
            default -> Map.of("type", "function", "function", Map.of("name", option));
        };
    }

    /**
     * The {@code response_format} for an option: {@code text}, {@code json_object}, or {@code json_schema} with the
     * schema (a JSON object), its name and strictness.
     */
    public static Map<String, Object> responseFormat(String type, JsonNode schema, String name, Boolean strict) {
        if (type == null) {
            return null;
        }
        Map<String, Object> format = new LinkedHashMap<>();
        format.put("type", type);
        if ("json_schema".equals(type)) {
            if (schema == null || !schema.isObject()) {
                throw new IllegalArgumentException("Option responseFormat=json_schema needs the jsonSchema option: a"
                        + " JSON Schema object");
            }
            Map<String, Object> js = new LinkedHashMap<>();
            js.put("name", name == null ? "response" : name);
            js.put("schema", schema);
            if (strict != null) {
                js.put("strict", strict);
            }
            format.put("json_schema", js);
        }
        return format;
    }

    /** Reads a non-streaming response: the first choice's message, finish reason and usage. */
    public static ChatResult result(JsonNode response) {
        JsonNode choice = response.path("choices").path(0);
        JsonNode message = choice.path("message");
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode c : message.path("tool_calls")) {
            JsonNode fn = c.path("function");
            calls.add(new ToolCall(text(c, "id"), fn.path("name").asText(), text(fn, "arguments")));
        }
        String finish = text(choice, "finish_reason");
        return ChatResult.builder()
                .text(text(message, "content"))
                .responseId(text(response, "id"))
                .model(text(response, "model"))
                .finishReason(finishReason(finish))
                .finishReasonRaw(finish)
                .usage(usage(response.get("usage")))
                .toolCalls(calls)
                .raw(response)
                .build();
    }

    public static Usage usage(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return null;
        }
        return Usage.of(Usage.count(usage, "prompt_tokens"), Usage.count(usage, "completion_tokens"),
                Usage.count(usage, "total_tokens"));
    }

    public static FinishReason finishReason(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw) {
            case "stop" -> FinishReason.STOP;
            case "length" -> FinishReason.LENGTH;
            case "tool_calls", "function_call" -> FinishReason.TOOL_CALLS;
            case "content_filter" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.OTHER;
        };
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
