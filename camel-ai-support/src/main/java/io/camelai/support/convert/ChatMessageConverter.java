package io.camelai.support.convert;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.json.AiJson;
import org.apache.camel.Converter;

/**
 * Camel type converters to {@link ChatMessage}: from a map ({@code {role, content, tool_calls, tool_call_id, name,
 * tool_plan}}, as YAML and JSON routes build them) and from JSON text. A conversation converts to
 * {@code ChatMessage[]} (Camel converts arrays to lists), from a list of maps or from a JSON array; a chat endpoint
 * reads a {@code List} body of maps itself. Bodies are untrusted: see {@link ChatMessageMaps} for the rules.
 */
@Converter(generateLoader = true)
public final class ChatMessageConverter {

    /** The longest JSON text converted, in characters. */
    public static final int MAX_JSON_CHARS = 32 << 20;

    private ChatMessageConverter() {}

    @Converter
    public static ChatMessage toChatMessage(Map<?, ?> map) {
        return ChatMessageMaps.message(map);
    }

    /** A JSON object such as {@code {"role": "user", "content": "Hi"}}. */
    @Converter
    public static ChatMessage toChatMessage(String json) {
        if (!(parse(json) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("A chat message in JSON must be an object {\"role\": ...,"
                    + " \"content\": ...}");
        }
        return ChatMessageMaps.message(map);
    }

    /** A conversation: ChatMessage elements and maps. */
    @Converter
    public static ChatMessage[] toChatMessages(List<?> list) {
        return messages(list).toArray(ChatMessage[]::new);
    }

    /** A conversation as a JSON array of message objects (or one object). */
    @Converter
    public static ChatMessage[] toChatMessages(String json) {
        Object parsed = parse(json);
        if (parsed instanceof Map<?, ?> map) {
            return new ChatMessage[]{ChatMessageMaps.message(map)};
        }
        if (!(parsed instanceof List<?> list)) {
            throw new IllegalArgumentException("A conversation in JSON must be an array of message objects");
        }
        return toChatMessages(list);
    }

    /**
     * A list body as a conversation: {@link ChatMessage} elements as they are, maps converted; anything else, an unknown
     * role, a missing content or an over-long list or text is refused naming the element.
     */
    public static List<ChatMessage> messages(List<?> list) {
        return ChatMessageMaps.messages(list);
    }

    private static Object parse(String json) {
        if (json.length() > MAX_JSON_CHARS) {
            throw new IllegalArgumentException("JSON text of " + json.length() + " characters is too long for a"
                    + " conversation; at most " + MAX_JSON_CHARS);
        }
        try {
            return AiJson.mapper().readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The text is not a chat message in JSON: "
                    + e.getOriginalMessage());
        }
    }
}
