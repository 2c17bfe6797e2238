package io.camelai.support.tools;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The tool-call EIP as an endpoint, with the meaning of {@code ToolCalls.route()}: runs each call in
 * {@code CamelAiToolCalls} through the tool of that name among the endpoint's {@code tools} (only those: a call of any
 * other tool, even of a started {@code llm-tool} route, gets an error result), at most {@code maxCallsPerTurn} calls,
 * and leaves the conversation with the tool results appended as the body and in {@code CamelAiConversation}.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = LlmToolCallsConstants.SCHEME, title = "LLM Tool Calls", syntax = "llm-tool-calls:name", producerOnly = true, category = {
        Category.AI}, headersClass = LlmToolCallsConstants.class)
public class LlmToolCallsEndpoint extends DefaultEndpoint {

    @UriPath(description = "A name for this step, for logs and the route's endpoints; it selects nothing.")
    @Metadata(required = true)
    private final String name;

    @UriParam(label = "producer", description = "The tools that may run, as the chat endpoints' tools option: bean"
            + " references (#bean) whose @AiTool methods are tools, llm-tool route names (or llm-tool:name), and JSON"
            + " definition files whose tools run as the llm-tool route of the same name.")
    @Metadata(required = true)
    private String tools;

    @UriParam(label = "producer", defaultValue = "16", description = "The most calls of one assistant turn that run"
            + " (1 to 1000); each call beyond gets the error result 'too many tool calls in one turn'.")
    private int maxCallsPerTurn = ToolCalls.DEFAULT_MAX_CALLS_PER_TURN;

    @UriParam(label = "producer", enums = "report,fail", defaultValue = "report", description = "What a failing or"
            + " refused tool call does: report (the model gets an error result) or fail (the exchange fails, before"
            + " any call runs for a turn over maxCallsPerTurn).")
    private String toolErrors = "report";

    private ToolCalls toolCalls;

    public LlmToolCallsEndpoint(String uri, LlmToolCallsComponent component, String name) {
        super(uri, component);
        this.name = name;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        String label = LlmToolCallsConstants.SCHEME + ":" + name;
        if (tools == null || tools.isBlank()) {
            throw new IllegalArgumentException(label + " needs the option tools: the tools that may run (#bean,"
                    + " llm-tool route names)");
        }
        if (maxCallsPerTurn < 1 || maxCallsPerTurn > ToolCalls.MAX_CALLS_PER_TURN) {
            throw new IllegalArgumentException("Option maxCallsPerTurn of " + label + " must be between 1 and "
                    + ToolCalls.MAX_CALLS_PER_TURN + ", got " + maxCallsPerTurn);
        }
        if (!"report".equals(toolErrors) && !"fail".equals(toolErrors)) {
            throw new IllegalArgumentException("Option toolErrors of " + label + " must be report or fail, got '"
                    + toolErrors + "'");
        }
        ToolCalls calls = ToolCalls.route().tools(ToolSet.resolve(getCamelContext(), tools), label)
                .maxCallsPerTurn(maxCallsPerTurn);
        toolCalls = "fail".equals(toolErrors) ? calls.failOnError() : calls;
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(toolCalls);
        super.doStop();
    }

    @Override
    public Producer createProducer() {
        return new DefaultProducer(this) {
            @Override
            public void process(Exchange exchange) throws Exception {
                toolCalls.process(exchange);
            }
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("llm-tool-calls is a producer: route tools consume from llm-tool:");
    }

    public String getName() {
        return name;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public int getMaxCallsPerTurn() {
        return maxCallsPerTurn;
    }

    public void setMaxCallsPerTurn(int maxCallsPerTurn) {
        this.maxCallsPerTurn = maxCallsPerTurn;
    }

    public String getToolErrors() {
        return toolErrors;
    }

    public void setToolErrors(String toolErrors) {
        this.toolErrors = toolErrors;
    }
}
