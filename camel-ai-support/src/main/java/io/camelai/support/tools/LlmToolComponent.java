package io.camelai.support.tools;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code llm-tool} component: a route that consumes from {@code llm-tool:name} becomes a tool the chat endpoints
 * of this project can offer to the model ({@code tools=name}). It keeps the started tools of its Camel context.
 */
@Component("llm-tool")
public class LlmToolComponent extends DefaultComponent {

    private final Map<String, RouteTool> tools = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LlmToolEndpoint endpoint = new LlmToolEndpoint(uri, this, remaining);
        // parameter.* is a multi-value option: taken out before the others bind
        endpoint.setParameters(new java.util.LinkedHashMap<>(PropertiesHelper.extractProperties(parameters,
                "parameter.")));
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The started tool route of this name, or null. */
    public RouteTool tool(String name) {
        return tools.get(name);
    }

    void register(RouteTool tool) {
        RouteTool previous = tools.putIfAbsent(tool.name(), tool);
        if (previous != null && previous != tool) {
            throw new IllegalStateException("Another route already consumes from llm-tool:" + tool.name()
                    + "; a tool name must be unique in a Camel context");
        }
    }

    void unregister(RouteTool tool) {
        tools.remove(tool.name(), tool);
    }
}
