package io.camelai.support.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ToolCall;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The tool-call EIP for {@code toolExecution=manual}: runs each call in {@code CamelAiToolCalls} through the tool
 * registered for its name and leaves the conversation (from {@code CamelAiConversation}) with the tool results
 * appended in the body, ready for the next chat call:
 *
 * <pre>
 * .to("cohere:chat?tools=#flights&amp;toolExecution=manual")
 * .process(ToolCalls.route().tool("get_flight_info", "bean:flights?method=next").tool("get_weather", "direct:weather"))
 * .to("cohere:chat")
 * </pre>
 *
 * A name without a registered target runs the started {@code llm-tool} route of that name, if any; otherwise, and
 * when a tool fails, the model gets an error result (or, after {@link #failOnError()}, the exchange fails).
 */
public final class ToolCalls extends ServiceSupport implements org.apache.camel.Processor {

    private final Map<String, String> uris = new LinkedHashMap<>();
    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private boolean failOnError;
    private volatile ProducerTemplate template;

    private ToolCalls() {
    }

    public static ToolCalls route() {
        return new ToolCalls();
    }

    /** Calls of this tool go to a Camel endpoint. */
    public ToolCalls tool(String name, String uri) {
        uris.put(name, uri);
        return this;
    }

    /** Calls go to the {@link AiTool} methods of this bean, bound by argument name. */
    public ToolCalls bean(Object bean) {
        for (Tool t : BeanTool.of(bean)) {
            tools.put(t.name(), t);
        }
        return this;
    }

    /** A failing or unknown tool fails the exchange instead of being reported to the model. */
    public ToolCalls failOnError() {
        this.failOnError = true;
        return this;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        List<?> calls = exchange.getMessage().getHeader(AiHeaders.TOOL_CALLS, List.class);
        List<ChatMessage> conversation = conversation(exchange);
        List<ChatMessage> out = new ArrayList<>(conversation);
        if (calls != null) {
            for (Object o : calls) {
                if (!(o instanceof ToolCall call)) {
                    throw new IllegalArgumentException("Header " + AiHeaders.TOOL_CALLS + " must hold ToolCall"
                                                       + " elements, found " + o);
                }
                out.add(ChatMessage.tool(call.id(), call.name(),
                        ToolExecution.run(exchange, call, find(exchange, call.name()), failOnError)));
            }
        }
        exchange.getMessage().removeHeader(AiHeaders.TOOL_CALLS);
        exchange.getMessage().setHeader(AiHeaders.CONVERSATION, out);
        exchange.getMessage().setBody(out);
    }

    private Tool find(Exchange exchange, String name) {
        Tool t = tools.get(name);
        if (t != null) {
            return t;
        }
        String uri = uris.get(name);
        if (uri != null) {
            return new EndpointTool(name, uri, template(exchange));
        }
        return ToolSet.routeTool(exchange.getContext(), name);
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

    private static List<ChatMessage> conversation(Exchange exchange) {
        List<?> list = exchange.getMessage().getHeader(AiHeaders.CONVERSATION, List.class);
        if (list == null && exchange.getMessage().getBody() instanceof List<?> body) {
            list = body;
        }
        if (list == null) {
            throw new IllegalStateException("ToolCalls.route() needs the conversation: the header "
                                            + AiHeaders.CONVERSATION + " (set by a chat endpoint) or a"
                                            + " List<ChatMessage> body");
        }
        List<ChatMessage> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof ChatMessage m)) {
                throw new IllegalArgumentException("The conversation must hold ChatMessage elements, found " + o);
            }
            out.add(m);
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
