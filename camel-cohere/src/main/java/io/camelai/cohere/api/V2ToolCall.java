package io.camelai.cohere.api;

/** A v2 tool call: {@code {id, type: "function", function: {name, arguments}}}, arguments as a JSON string. */
public record V2ToolCall(String id, String type, Function function) {

    public static V2ToolCall of(String id, String name, String arguments) {
        return new V2ToolCall(id, "function", new Function(name, arguments));
    }

    public record Function(String name, String arguments) {}
}
