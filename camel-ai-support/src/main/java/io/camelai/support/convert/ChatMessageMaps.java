package io.camelai.support.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ContentPart;
import io.camelai.support.chat.PartLimits;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.json.AiJson;
import io.camelai.support.tools.ToolArguments;
import io.camelai.support.tools.ToolCalls;

/**
 * Reads a chat message written as a map, the shape YAML, JSON and most APIs use:
 * {@code {role, content, tool_calls: [{id, name, arguments}], tool_call_id, name, tool_plan}} (keys also in
 * camelCase; a tool call may also be OpenAI's {@code {id, type: function, function: {name, arguments}}}, its arguments
 * a JSON string or a map). The map comes from message bodies, so it is untrusted: roles are the four of {@link Role},
 * unknown keys are refused (a typo would otherwise drop content silently), and every size is bounded.
 */
final class ChatMessageMaps {

    /** The most messages one converted conversation may hold. */
    static final int MAX_MESSAGES = 10_000;
    /** The longest text of one message, in characters. */
    static final int MAX_CONTENT_CHARS = 4 << 20;
    /** The longest id or name. */
    static final int MAX_NAME_CHARS = 256;

    private static final Set<String> KEYS = Set.of("role", "content", "tool_calls", "toolCalls", "tool_call_id",
            "toolCallId", "name", "tool_plan", "toolPlan");
    private static final Set<String> CALL_KEYS = Set.of("id", "name", "arguments", "type", "function");

    private ChatMessageMaps() {}

    static ChatMessage message(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("A chat message map has the unknown key '" + shortened(key)
                        + "'; allowed keys are role, content, tool_calls, tool_call_id, name, tool_plan");
            }
        }
        Role role = role(map.get("role"));
        List<ContentPart> parts = map.get("content") instanceof List<?> list ? parts(list) : List.of();
        String content = parts.isEmpty() ? text(map, "content", MAX_CONTENT_CHARS) : null;
        List<ToolCall> calls = toolCalls(either(map, "tool_calls", "toolCalls"));
        String toolCallId = text(map, map.containsKey("tool_call_id") ? "tool_call_id" : "toolCallId",
                MAX_NAME_CHARS);
        String name = text(map, "name", MAX_NAME_CHARS);
        String toolPlan = text(map, map.containsKey("tool_plan") ? "tool_plan" : "toolPlan", MAX_CONTENT_CHARS);
        if (!calls.isEmpty() && role != Role.ASSISTANT) {
            throw new IllegalArgumentException("A chat message with tool_calls must have the role assistant, not "
                    + lower(role));
        }
        if (role == Role.TOOL && toolCallId == null) {
            throw new IllegalArgumentException("A chat message with the role tool needs the tool_call_id of the call"
                    + " it answers");
        }
        if (content == null && calls.isEmpty() && parts.isEmpty()) {
            throw new IllegalArgumentException("A chat message with the role " + lower(role) + " needs a content");
        }
        return new ChatMessage(role, content, calls, toolCallId, name, toolPlan, parts);
    }

    /** A conversation: {@link ChatMessage} elements as they are, maps read by {@link #message}. */
    static List<ChatMessage> messages(List<?> list) {
        if (list.size() > MAX_MESSAGES) {
            throw new IllegalArgumentException("A conversation of " + list.size() + " messages is too long; at most "
                    + MAX_MESSAGES);
        }
        List<ChatMessage> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            if (o instanceof ChatMessage m) {
                out.add(m);
            } else if (o instanceof Map<?, ?> map) {
                try {
                    out.add(message(map));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Message " + i + " of the conversation: " + e.getMessage(), e);
                }
            } else {
                throw new IllegalArgumentException("A conversation holds ChatMessage elements or maps of {role,"
                        + " content, ...}; element " + i + " is " + (o == null ? "null" : o.getClass().getName()));
            }
        }
        return out;
    }

    private static Role role(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("A chat message needs a role: one of system, user, assistant, tool");
        }
        try {
            return Role.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown chat message role '" + shortened(s)
                    + "'; allowed roles are system, user, assistant, tool");
        }
    }

    private static List<ToolCall> toolCalls(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("tool_calls must be a list of {id, name, arguments}");
        }
        if (list.size() > ToolCalls.MAX_CALLS_PER_TURN) {
            throw new IllegalArgumentException("tool_calls holds " + list.size() + " calls; at most "
                    + ToolCalls.MAX_CALLS_PER_TURN);
        }
        List<ToolCall> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> call)) {
                throw new IllegalArgumentException("tool_calls must be a list of {id, name, arguments}");
            }
            for (Object key : call.keySet()) {
                if (!CALL_KEYS.contains(String.valueOf(key))) {
                    throw new IllegalArgumentException("A tool call has the unknown key '" + shortened(key)
                            + "'; allowed keys are id, name, arguments (or type and function)");
                }
            }
            Map<?, ?> fn = call.get("function") instanceof Map<?, ?> f ? f : call;
            String name = text(fn, "name", MAX_NAME_CHARS);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A tool call needs the name of its tool");
            }
            out.add(new ToolCall(text(call, "id", MAX_NAME_CHARS), name, arguments(fn.get("arguments"))));
        }
        return out;
    }

    /** Arguments as a JSON object string: given as one, or as a map (YAML) written as JSON. */
    private static String arguments(Object value) {
        String json = value == null || value instanceof String ? (String) value : AiJson.writeString(value);
        if (json != null && json.length() > ToolArguments.MAX_CHARS) {
            throw new IllegalArgumentException("The arguments of a tool call are " + json.length()
                    + " characters; at most " + ToolArguments.MAX_CHARS);
        }
        return json;
    }

    private static Object either(Map<?, ?> map, String snake, String camel) {
        return map.containsKey(snake) ? map.get(snake) : map.get(camel);
    }

    /**
     * Content as a list of parts, the OpenAI-style shape: {@code {type: text, text}} and
     * {@code {type: image_url, image_url: {url}}} (or {@code image_url: url}). A URL is only passed on (http(s) or a
     * data URI, checked by {@link ContentPart#imageUrl}); nothing is read from it here.
     */
    private static List<ContentPart> parts(List<?> list) {
        if (list.size() > PartLimits.MAX_PARTS) {
            throw new IllegalArgumentException("A chat message has " + list.size() + " content parts; at most "
                    + PartLimits.MAX_PARTS);
        }
        List<ContentPart> out = new ArrayList<>(list.size());
        for (Object o : list) {
            Map<?, ?> part = o instanceof Map<?, ?> m ? m : Map.of();
            Object type = part.get("type");
            if ("text".equals(type) && part.size() == 2) {
                out.add(ContentPart.text(text(part, "text", MAX_CONTENT_CHARS)));
            } else if ("image_url".equals(type) && part.size() == 2) {
                Object url = part.get("image_url") instanceof Map<?, ?> u && u.size() == 1
                        ? u.get("url")
                        : part.get("image_url");
                if (!(url instanceof String s)) {
                    throw new IllegalArgumentException("An image_url content part needs image_url: {url: ...}");
                }
                out.add(ContentPart.imageUrl(s));
            } else {
                throw new IllegalArgumentException("A content part is {type: text, text} or {type: image_url,"
                        + " image_url: {url}}; found " + shortened(o));
            }
        }
        return out;
    }

    private static String text(Map<?, ?> map, String key, int max) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof CharSequence cs)) {
            throw new IllegalArgumentException("The " + key + " of a chat message must be text, not a "
                    + v.getClass().getName());
        }
        if (cs.length() > max) {
            throw new IllegalArgumentException("The " + key + " of a chat message is " + cs.length()
                    + " characters; at most " + max);
        }
        return cs.toString();
    }

    private static String lower(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static String shortened(Object o) {
        String s = String.valueOf(o);
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }
}
