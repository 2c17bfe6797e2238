package io.camelai.support.tools;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Exchange;

/**
 * A public bean method annotated {@link AiTool}. Its schema is derived from the parameters; the model's JSON
 * arguments bind to them by name with Jackson (so records, POJOs, enums and lists work as they would in a REST
 * call). A parameter of type {@link Exchange} receives the chat exchange and is not part of the schema.
 */
public final class BeanTool implements Tool {

    private final Object bean;
    private final Method method;
    private final ToolDefinition definition;
    private final List<Arg> args;

    private record Arg(String name, JavaType type, boolean required, boolean exchange) {}

    private BeanTool(Object bean, Method method) {
        this.bean = bean;
        this.method = method;
        AiTool tool = method.getAnnotation(AiTool.class);
        String name = tool.name().isEmpty() ? method.getName() : tool.name();
        ObjectNode schema = ToolJson.mapper().createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = ToolJson.mapper().createArrayNode();
        List<Arg> list = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            if (Exchange.class.isAssignableFrom(p.getType())) {
                list.add(new Arg(null, null, false, true));
                continue;
            }
            AiToolParam ann = p.getAnnotation(AiToolParam.class);
            String argName = ann != null && !ann.name().isEmpty() ? ann.name() : null;
            if (argName == null) {
                if (!p.isNamePresent()) {
                    throw new IllegalArgumentException("Tool method " + method + ": parameter " + p.getName()
                            + " needs @AiToolParam(name = \"...\") (or compile with"
                            + " -parameters)");
                }
                argName = p.getName();
            }
            ObjectNode ps = ToolSchemas.of(p.getParameterizedType());
            if (ann != null && !ann.description().isEmpty()) {
                ps.put("description", ann.description());
            }
            properties.set(argName, ps);
            boolean req = ann == null || ann.required();
            if (req) {
                required.add(argName);
            }
            list.add(new Arg(argName, ToolJson.mapper().constructType(p.getParameterizedType()), req, false));
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        this.args = List.copyOf(list);
        this.definition = new ToolDefinition(name, tool.description(), schema);
    }

    /** The tools of a bean: each public method annotated {@link AiTool}. */
    public static List<Tool> of(Object bean) {
        List<Tool> tools = new ArrayList<>();
        for (Method m : bean.getClass().getMethods()) {
            if (m.isAnnotationPresent(AiTool.class) && !Modifier.isStatic(m.getModifiers())) {
                tools.add(new BeanTool(bean, m));
            }
        }
        return tools;
    }

    @Override
    public ToolDefinition definition() {
        return definition;
    }

    @Override
    public Object invoke(Exchange exchange, ToolCall call) throws Exception {
        JsonNode json = ToolArguments.parse(call, definition);
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Arg a = args.get(i);
            if (a.exchange()) {
                values[i] = exchange;
                continue;
            }
            JsonNode v = json.get(a.name());
            if (v == null || v.isNull()) {
                if (a.required()) {
                    throw new InvalidToolArgumentsException("missing required argument '" + a.name() + "'");
                }
                values[i] = !a.type().isPrimitive()
                        ? null
                        : a.type().getRawClass() == boolean.class
                                ? Boolean.FALSE
                                : ToolJson.mapper().convertValue(0, a.type());
            } else {
                try {
                    values[i] = ToolJson.mapper().treeToValue(v, a.type());
                } catch (Exception e) {
                    // the value itself is not echoed: it is the model's, and may be long
                    throw new InvalidToolArgumentsException("argument '" + a.name() + "' is not a valid "
                            + a.type().getRawClass().getSimpleName());
                }
            }
        }
        try {
            return method.invoke(bean, values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
