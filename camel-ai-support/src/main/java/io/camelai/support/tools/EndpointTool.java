package io.camelai.support.tools;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * A Camel endpoint ({@code bean:flights?method=next}, {@code direct:weather}, ...) used as a tool by
 * {@link ToolCalls}: it receives the arguments as the JSON body and its resulting body is the result. Without a
 * declaration the body is the model's arguments as they came and no argument becomes a header; with one, only the
 * declared arguments are passed on, and those that {@link ToolHeaders} allows also as headers.
 */
final class EndpointTool implements Tool {

    private final ToolDefinition definition;
    private final boolean declared;
    private final String uri;
    private final ProducerTemplate template;

    EndpointTool(ToolDefinition definition, boolean declared, String uri, ProducerTemplate template) {
        this.definition = definition;
        this.declared = declared;
        this.uri = uri;
        this.template = template;
    }

    @Override
    public ToolDefinition definition() {
        return definition;
    }

    @Override
    public Object invoke(Exchange chat, ToolCall call) throws Exception {
        ObjectNode args = ToolArguments.parse(call, definition);
        JsonNode properties = definition.parameters().path("properties");
        ObjectNode body = declared ? args.retain(fieldNames(properties)) : args;
        Exchange result = template.send(uri, ex -> {
            if (declared) {
                ToolHeaders.set(ex.getMessage(), body, properties);
            }
            ex.getMessage().setHeader(LlmToolConstants.TOOL_NAME, definition.name());
            ex.getMessage().setHeader(LlmToolConstants.TOOL_CALL_ID, call.id());
            ex.getMessage().setBody(body.toString());
        });
        if (result.getException() != null) {
            throw result.getException();
        }
        return result.getMessage().getBody();
    }

    private static List<String> fieldNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
