package io.camelai.support.chat;

import java.util.Objects;

/**
 * A model's request to call a tool: the call id (synthesised for providers that have none, such as Cohere v1 and
 * Qianfan v1), the tool name, and the arguments as a JSON object string.
 */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(name, "name");
        arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
    }
}
