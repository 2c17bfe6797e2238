package io.camelai.cohere.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A v2 chat message: {@code role} ({@code system}, {@code user}, {@code assistant}, {@code tool}), its content (a
 * string or a list of content parts), and for assistant turns the tool plan and calls, for tool turns the id of the
 * call answered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record V2Message(String role, Object content, String toolPlan, List<V2ToolCall> toolCalls,
        String toolCallId) {

    public static V2Message system(String text) {
        return new V2Message("system", text, null, null, null);
    }

    public static V2Message user(String text) {
        return new V2Message("user", text, null, null, null);
    }

    public static V2Message assistant(String text) {
        return new V2Message("assistant", text, null, null, null);
    }
}
