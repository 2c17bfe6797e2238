package io.camelai.support.tools;

import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;

/** Registers its route as a tool while it runs. */
public class LlmToolConsumer extends DefaultConsumer {

    private RouteTool tool;

    public LlmToolConsumer(LlmToolEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public LlmToolEndpoint getEndpoint() {
        return (LlmToolEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        tool = new RouteTool(this);
        getEndpoint().getComponent().register(tool);
    }

    @Override
    protected void doStop() throws Exception {
        if (tool != null) {
            getEndpoint().getComponent().unregister(tool);
        }
        super.doStop();
    }
}
