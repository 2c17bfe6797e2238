package io.camelai.support.tools;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.CamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * The tools of a chat endpoint, from its {@code tools} option: {@code #bean} references (their {@link AiTool}
 * methods, or the bean itself when it is a {@link Tool} or a collection of them), {@code llm-tool} route names
 * ({@code name} or {@code llm-tool:name}, looked up when a call is made, so the tool route may start after the chat
 * route), and JSON definition files ({@code classpath:tools.json}, an array of {@code {name, description,
 * parameters}}: definitions only, run by a route tool of the same name or by {@code ToolCalls.route()}).
 */
public final class ToolSet {

    public static final ToolSet NONE = new ToolSet(null, Map.of(), List.of(), List.of());

    private final CamelContext context;
    private final Map<String, Tool> tools;
    private final List<String> routeTools;
    private final List<ToolDefinition> definitionsOnly;

    private ToolSet(CamelContext context, Map<String, Tool> tools, List<String> routeTools,
            List<ToolDefinition> definitionsOnly) {
        this.context = context;
        this.tools = tools;
        this.routeTools = routeTools;
        this.definitionsOnly = definitionsOnly;
    }

    /** Parses the {@code tools} option; beans and files are resolved now, routes at each call. */
    public static ToolSet resolve(CamelContext context, String option) {
        if (option == null || option.isBlank()) {
            return NONE;
        }
        Map<String, Tool> tools = new LinkedHashMap<>();
        List<String> routes = new ArrayList<>();
        List<ToolDefinition> files = new ArrayList<>();
        for (String raw : option.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.startsWith("#")) {
                for (Tool t : beanTools(context, entry)) {
                    if (tools.putIfAbsent(t.name(), t) != null) {
                        throw new IllegalArgumentException("Option tools: two tools are named '" + t.name() + "'");
                    }
                }
            } else if (ResourceHelper.hasScheme(entry) && !entry.startsWith(LlmToolConstants.SCHEME + ":")) {
                files.addAll(readDefinitions(context, entry));
            } else {
                routes.add(entry.startsWith(LlmToolConstants.SCHEME + ":")
                        ? entry.substring(LlmToolConstants.SCHEME.length() + 1)
                        : entry);
            }
        }
        return new ToolSet(context, Collections.unmodifiableMap(tools), List.copyOf(routes),
                List.copyOf(files));
    }

    public boolean isEmpty() {
        return tools.isEmpty() && routeTools.isEmpty() && definitionsOnly.isEmpty();
    }

    /** What the model is offered. Fails when a named tool route is not running. */
    public List<ToolDefinition> definitions() {
        if (isEmpty()) {
            return List.of();
        }
        List<ToolDefinition> out = new ArrayList<>();
        tools.values().forEach(t -> out.add(t.definition()));
        for (String name : routeTools) {
            RouteTool t = routeTool(context, name);
            if (t == null) {
                throw new IllegalStateException("Option tools names the tool '" + name + "' but no started route"
                        + " consumes from llm-tool:" + name);
            }
            out.add(t.definition());
        }
        out.addAll(definitionsOnly);
        return out;
    }

    /**
     * What runs calls of one of this set's tools: its bean tool, else (for a route name or a definition of a JSON
     * file) the started tool route of that name. Null for any name this set does not offer, even when a route of
     * that name runs: a model runs only the tools offered to it.
     */
    public Tool find(CamelContext ctx, String name) {
        Tool t = tools.get(name);
        if (t != null) {
            return t;
        }
        return offers(name) ? routeTool(ctx, name) : null;
    }

    /** The names of the tools this set offers, in the order of the option. */
    public List<String> names() {
        List<String> out = new ArrayList<>(tools.keySet());
        out.addAll(routeTools);
        definitionsOnly.forEach(d -> out.add(d.name()));
        return out;
    }

    /** Whether this set offers a tool of this name (a bean tool, a route name or a file's definition). */
    public boolean offers(String name) {
        return tools.containsKey(name) || routeTools.contains(name)
                || definitionsOnly.stream().anyMatch(d -> d.name().equals(name));
    }

    /** The started {@code llm-tool} route of this name, or null. Callers decide whether it was offered. */
    static RouteTool routeTool(CamelContext context, String name) {
        if (context == null || context.hasComponent(LlmToolConstants.SCHEME) == null) {
            return null;
        }
        return context.getComponent(LlmToolConstants.SCHEME, LlmToolComponent.class).tool(name);
    }

    private static List<Tool> beanTools(CamelContext context, String ref) {
        Object bean = CamelContextHelper.mandatoryLookup(context, ref.substring(1));
        if (bean instanceof Tool t) {
            return List.of(t);
        }
        if (bean instanceof Collection<?> c && !c.isEmpty() && c.stream().allMatch(Tool.class::isInstance)) {
            return c.stream().map(Tool.class::cast).toList();
        }
        List<Tool> tools = BeanTool.of(bean);
        if (tools.isEmpty()) {
            throw new IllegalArgumentException("Option tools: bean " + ref + " (" + bean.getClass().getName()
                    + ") has no public method annotated @AiTool");
        }
        return tools;
    }

    private static List<ToolDefinition> readDefinitions(CamelContext context, String uri) {
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, uri)) {
            JsonNode root = ToolJson.mapper().readTree(in);
            if (!root.isArray()) {
                throw new IllegalArgumentException("Option tools: " + uri + " must hold a JSON array of {name,"
                        + " description, parameters}");
            }
            List<ToolDefinition> out = new ArrayList<>();
            for (JsonNode t : root) {
                JsonNode fn = t.has("function") ? t.get("function") : t;
                out.add(new ToolDefinition(fn.path("name").asText(), fn.path("description").asText(null),
                        fn.get("parameters")));
            }
            return out;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("Option tools: cannot read " + uri + ": " + e.getMessage(), e);
        }
    }
}
