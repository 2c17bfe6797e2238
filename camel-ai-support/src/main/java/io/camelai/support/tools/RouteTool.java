package io.camelai.support.tools;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Exchange;

/**
 * A route consuming from {@code llm-tool:}: called with the declared arguments only (others are dropped, names
 * starting with {@code Camel} rejected) as the JSON body and one header each; its resulting body is the result.
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
        String arguments = call.arguments();
        JsonNode json = ToolJson.mapper().readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
        if (!json.isObject()) {
            throw new IllegalArgumentException("the arguments must be a JSON object, got: " + json.getNodeType());
        }
        JsonNode declared = definition.parameters().path("properties");
        ObjectNode kept = ToolJson.mapper().createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().regionMatches(true, 0, "Camel", 0, 5)) {
                throw new IllegalArgumentException("argument '" + f.getKey() + "' is not accepted: names starting"
                                                   + " with Camel are reserved");
            }
            if (declared.has(f.getKey())) {
                kept.set(f.getKey(), f.getValue());
            }
        }
        for (JsonNode r : definition.parameters().path("required")) {
            if (!kept.hasNonNull(r.asText())) {
                throw new IllegalArgumentException("missing required argument '" + r.asText() + "'");
            }
        }
        Exchange exchange = consumer.createExchange(false);
        try {
            kept.fields().forEachRemaining(f -> exchange.getMessage().setHeader(f.getKey(), value(f.getValue())));
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

    /** Scalars as Java values (String, Integer, Boolean...), arrays and objects as their JSON text. */
    private static Object value(JsonNode v) {
        if (v.isContainerNode()) {
            return v.toString();
        }
        return ToolJson.mapper().convertValue(v, Object.class);
    }
}
