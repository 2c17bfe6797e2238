package io.camelai.support.tools;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Exchange;

/**
 * A route consuming from {@code llm-tool:}: called with the declared arguments only (others are dropped; names
 * starting with {@code Camel}, in any case and after spaces, are rejected) as the JSON body, and each declared
 * argument that {@link ToolHeaders} allows as a header too; its resulting body is the result.
 */
public final class RouteTool implements Tool {

    private final LlmToolConsumer consumer;
    private final ToolDefinition definition;

    RouteTool(LlmToolConsumer consumer) {
        this.consumer = consumer;
        this.definition = consumer.getEndpoint().definition();
    }

    @Override
    public ToolDefinition definition() {
        return definition;
    }

    @Override
    public Object invoke(Exchange chat, ToolCall call) throws Exception {
        ObjectNode json = ToolArguments.parse(call, definition);
        JsonNode declared = definition.parameters().path("properties");
        ObjectNode kept = ToolJson.mapper().createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().strip().toLowerCase(Locale.ROOT).startsWith("camel")) {
                throw new InvalidToolArgumentsException("argument '" + ToolTurn.printable(f.getKey())
                        + "' is not accepted: names starting with Camel are"
                        + " reserved");
            }
            if (declared.has(f.getKey())) {
                kept.set(f.getKey(), f.getValue());
            }
        }
        Exchange exchange = consumer.createExchange(false);
        try {
            ToolHeaders.set(exchange.getMessage(), kept, declared);
            exchange.getMessage().setHeader(LlmToolConstants.TOOL_NAME, definition.name());
            exchange.getMessage().setHeader(LlmToolConstants.TOOL_CALL_ID, call.id());
            exchange.getMessage().setBody(kept.toString());
            consumer.getProcessor().process(exchange);
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
            return exchange.getMessage().getBody();
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }
}
