package io.camelai.support.tools;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code llm-tool-calls} component: the tool-call EIP ({@link ToolCalls}) as an endpoint, so YAML and XML routes
 * can run a {@code toolExecution=manual} chat endpoint's tool calls.
 */
@Component(LlmToolCallsConstants.SCHEME)
public class LlmToolCallsComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LlmToolCallsEndpoint endpoint = new LlmToolCallsEndpoint(uri, this, remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
