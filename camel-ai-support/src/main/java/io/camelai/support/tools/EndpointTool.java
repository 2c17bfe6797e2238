package io.camelai.support.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * A Camel endpoint ({@code bean:flights?method=next}, {@code direct:weather}, ...) used as a tool by
 * {@link ToolCalls}: it receives the arguments as the JSON body and one header per top-level argument (so a bean
 * method can bind them with {@code @Header}); its resulting body is the result.
 */
final class EndpointTool implements Tool {

    private final String name;
    private final String uri;
    private final ProducerTemplate template;

    EndpointTool(String name, String uri, ProducerTemplate template) {
        this.name = name;
        this.uri = uri;
        this.template = template;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition(name, "Calls " + uri, null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object invoke(Exchange chat, ToolCall call) throws Exception {
        JsonNode args = ToolJson.mapper().readTree(call.arguments());
        Exchange result = template.send(uri, ex -> {
            if (args.isObject()) {
                args.fields().forEachRemaining(f -> {
                    if (!f.getKey().regionMatches(true, 0, "Camel", 0, 5)) {
                        ex.getMessage().setHeader(f.getKey(), f.getValue().isContainerNode()
                                ? f.getValue().toString() : ToolJson.mapper().convertValue(f.getValue(), Object.class));
                    }
                });
            }
            ex.getMessage().setHeader(LlmToolConstants.TOOL_NAME, call.name());
            ex.getMessage().setHeader(LlmToolConstants.TOOL_CALL_ID, call.id());
            ex.getMessage().setBody(call.arguments());
        });
        if (result.getException() != null) {
            throw result.getException();
        }
        return result.getMessage().getBody();
    }
}
