package io.camelai.support.tools;

import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Exchange;

/** A tool the model may call, with what runs it: a bean method, a route, or a Camel endpoint. */
public interface Tool {

    ToolDefinition definition();

    default String name() {
        return definition().name();
    }

    /**
     * Runs the tool for one call.
     *
     * @param  exchange the chat exchange that asked for it
     * @param  call     the model's call: its id, the tool name and the arguments (a JSON object)
     * @return          the tool's result (any object; {@link ToolResults#toJson(Object)} turns it into JSON)
     */
    Object invoke(Exchange exchange, ToolCall call) throws Exception;
}
