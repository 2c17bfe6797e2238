package io.camelai.support.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.convert.ChatMessageConverter;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The tool-call EIP for {@code toolExecution=manual}: runs each call in {@code CamelAiToolCalls} through the tool
 * registered for its name and leaves the conversation (from {@code CamelAiConversation}) with the tool results
 * appended in the body, ready for the next chat call:
 *
 * <pre>
 * .to("cohere:chat?tools=#flights,get_weather&amp;toolExecution=manual")
 * .process(ToolCalls.route().bean(flights).routeTool("get_weather"))
 * .to("cohere:chat")
 * </pre>
 *
 * Only the tools registered here run ({@link #tool}, {@link #bean}, {@link #routeTool}): a call of any other name,
 * even of a started {@code llm-tool} route, gets an error result, as do calls beyond {@link #maxCallsPerTurn} in one
 * turn, invalid arguments and failing tools (or, after {@link #failOnError()}, the exchange fails).
 */
public final class ToolCalls extends ServiceSupport implements org.apache.camel.Processor {

    /** The default of {@link #maxCallsPerTurn}, as the endpoints' {@code maxToolCallsPerTurn}. */
    public static final int DEFAULT_MAX_CALLS_PER_TURN = 16;
    /** The highest {@link #maxCallsPerTurn} allowed. */
    public static final int MAX_CALLS_PER_TURN = 1000;

    /** What runs each registered tool, given the exchange (an endpoint needs its context, a route is looked up). */
    private final Map<String, Function<Exchange, Tool>> tools = new LinkedHashMap<>();
    private boolean failOnError;
    /** How messages name this EIP: {@code ToolCalls.route()}, or the endpoint URI. */
    private String label = "ToolCalls.route()";
    private int maxCallsPerTurn = DEFAULT_MAX_CALLS_PER_TURN;
    private volatile ProducerTemplate template;

    private ToolCalls() {}

    public static ToolCalls route() {
        return new ToolCalls();
    }

    /**
     * Calls of this tool go to a Camel endpoint with the model's arguments (a JSON object) as the body. No argument
     * becomes a header: declare the arguments with {@link #tool(ToolDefinition, String)} for that.
     */
    public ToolCalls tool(String name, String uri) {
        ToolDefinition undeclared = new ToolDefinition(name, "Calls " + uri, null);
        return register(name, ex -> new EndpointTool(undeclared, false, uri, template(ex)));
    }

    /**
     * Calls of this tool go to a Camel endpoint, checked against the declared arguments: the endpoint gets the
     * declared arguments as the JSON body, and each as a header too (so a bean can bind {@code @Header("city")}),
     * except names that a component could act on ({@code To}, {@code Authorization}, {@code JMS*}, {@code Camel*},
     * ...), which stay in the body only.
     */
    public ToolCalls tool(ToolDefinition definition, String uri) {
        return register(definition.name(), ex -> new EndpointTool(definition, true, uri, template(ex)));
    }

    /** Calls go to the {@link AiTool} methods of this bean, bound by argument name. */
    public ToolCalls bean(Object bean) {
        List<Tool> beanTools = BeanTool.of(bean);
        if (beanTools.isEmpty()) {
            throw new IllegalArgumentException("ToolCalls.bean(" + bean.getClass().getName() + "): the bean has no"
                    + " public method annotated @AiTool");
        }
        for (Tool t : beanTools) {
            register(t.name(), ex -> t);
        }
        return this;
    }

    /** Calls of this tool run the {@code llm-tool:name} route (looked up at each call: it may start later). */
    public ToolCalls routeTool(String name) {
        new ToolDefinition(name, null, null); // the name check of a definition
        return register(name, ex -> ToolSet.routeTool(ex.getContext(), name));
    }

    /**
     * Registers every tool of a {@code tools} option value (the {@code llm-tool-calls} endpoint's): bean tools, and
     * {@code llm-tool} route names (also those of a JSON definition file), looked up at each call.
     */
    ToolCalls tools(ToolSet set, String label) {
        this.label = label;
        for (String name : set.names()) {
            register(name, ex -> set.find(ex.getContext(), name));
        }
        return this;
    }

    /** The most calls of one assistant turn that run (1 to 1000, default 16); each call beyond gets an error. */
    public ToolCalls maxCallsPerTurn(int max) {
        if (max < 1 || max > MAX_CALLS_PER_TURN) {
            throw new IllegalArgumentException("ToolCalls.maxCallsPerTurn must be between 1 and " + MAX_CALLS_PER_TURN
                    + ", got " + max);
        }
        this.maxCallsPerTurn = max;
        return this;
    }

    /** A refused or failing tool call fails the exchange instead of being reported to the model. */
    public ToolCalls failOnError() {
        this.failOnError = true;
        return this;
    }

    private ToolCalls register(String name, Function<Exchange, Tool> tool) {
        if (tools.putIfAbsent(name, tool) != null) {
            throw new IllegalArgumentException("ToolCalls: two tools are named '" + name + "'");
        }
        return this;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        List<?> calls = exchange.getMessage().getHeader(AiHeaders.TOOL_CALLS, List.class);
        List<ChatMessage> conversation = conversation(exchange);
        List<ChatMessage> out = new ArrayList<>(conversation);
        if (calls != null) {
            List<ToolCall> typed = typed(calls, ToolCall.class, "Header " + AiHeaders.TOOL_CALLS);
            ToolTurn turn = new ToolTurn(tools::containsKey, name -> tools.get(name).apply(exchange),
                    maxCallsPerTurn, "maxCallsPerTurn", failOnError);
            out.addAll(turn.run(exchange, typed));
        }
        exchange.getMessage().removeHeader(AiHeaders.TOOL_CALLS);
        exchange.getMessage().setHeader(AiHeaders.CONVERSATION, out);
        exchange.getMessage().setBody(out);
    }

    private ProducerTemplate template(Exchange exchange) {
        ProducerTemplate t = template;
        if (t == null) {
            synchronized (this) {
                t = template;
                if (t == null) {
                    t = exchange.getContext().createProducerTemplate();
                    template = t;
                }
            }
        }
        return t;
    }

    private List<ChatMessage> conversation(Exchange exchange) {
        List<?> list = exchange.getMessage().getHeader(AiHeaders.CONVERSATION, List.class);
        if (list == null && exchange.getMessage().getBody() instanceof List<?> body) {
            list = body;
        }
        if (list == null) {
            throw new IllegalStateException(label + " needs the conversation: the header "
                    + AiHeaders.CONVERSATION + " (set by a chat endpoint) or a"
                    + " List<ChatMessage> body");
        }
        return ChatMessageConverter.messages(list); // ChatMessage elements, or maps of {role, content} (YAML)
    }

    private static <T> List<T> typed(List<?> list, Class<T> type, String what) {
        List<T> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!type.isInstance(o)) {
                throw new IllegalArgumentException(what + " must hold " + type.getSimpleName() + " elements, found "
                        + (o == null ? "null" : o.getClass().getName()));
            }
            out.add(type.cast(o));
        }
        return out;
    }

    @Override
    protected void doStop() throws Exception {
        ProducerTemplate t = template;
        template = null;
        if (t != null) {
            t.stop();
        }
    }
}
