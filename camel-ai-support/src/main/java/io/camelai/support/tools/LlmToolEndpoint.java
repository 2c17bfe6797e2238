package io.camelai.support.tools;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.support.chat.ToolDefinition;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.ResourceHelper;

/**
 * Makes the consuming route a tool the model may call (when a chat endpoint offers it). The declared arguments arrive
 * as the JSON body and, when their name is a plain identifier no component acts on ({@code To}, {@code Authorization},
 * {@code JMS*}... stay in the body only), as one header each; the route's resulting body is the tool's result.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = LlmToolConstants.SCHEME, title = "LLM Tool", syntax = "llm-tool:name", consumerOnly = true, category = {
        Category.AI}, headersClass = LlmToolConstants.class)
public class LlmToolEndpoint extends DefaultEndpoint {

    private static final java.util.Set<String> TYPES = java.util.Set.of("string", "integer", "number", "boolean",
            "array", "object");

    @UriPath(description = "The tool's name as the model sees it.")
    @Metadata(required = true)
    private final String name;

    @UriParam(label = "consumer", description = "What the tool does and when to use it.")
    @Metadata(required = true)
    private String description;

    @UriParam(label = "consumer", prefix = "parameter.", multiValue = true, description = "The tool's arguments: parameter.<name>=<type> (string, integer, number, boolean, array,"
            + " object), parameter.<name>.description=..., parameter.<name>.required=true,"
            + " parameter.<name>.enum=a,b,c.")
    private Map<String, Object> parameters = new LinkedHashMap<>();

    @UriParam(label = "consumer", description = "The JSON Schema of the arguments as a resource (classpath:, file:,"
            + " http:); replaces the parameter.* options.")
    private String argSchema;

    private ToolDefinition definition;

    public LlmToolEndpoint(String uri, LlmToolComponent component, String name) {
        super(uri, component);
        this.name = name;
    }

    @Override
    public LlmToolComponent getComponent() {
        return (LlmToolComponent) super.getComponent();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("llm-tool:" + name + " needs the option description: the model"
                    + " chooses tools by their description");
        }
        definition = new ToolDefinition(name, description, argSchema != null ? loadSchema() : schemaOfParameters());
    }

    private JsonNode loadSchema() throws Exception {
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(getCamelContext(), argSchema)) {
            JsonNode schema = ToolJson.mapper().readTree(in);
            if (!schema.isObject() || !"object".equals(schema.path("type").asText())) {
                throw new IllegalArgumentException("The argSchema " + argSchema + " of llm-tool:" + name
                        + " must be a JSON Schema of type object");
            }
            schema.path("properties").fieldNames().forEachRemaining(p -> {
                if (reserved(p)) {
                    throw new IllegalArgumentException("The argSchema " + argSchema + " of llm-tool:" + name
                            + " declares '" + p + "': argument names starting with Camel"
                            + " are reserved");
                }
            });
            return schema;
        }
    }

    private ObjectNode schemaOfParameters() {
        ObjectNode schema = ToolJson.mapper().createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = ToolJson.mapper().createArrayNode();
        parameters.forEach((key, value) -> {
            if (key.contains(".")) {
                return;
            }
            String type = String.valueOf(value);
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException("Invalid type '" + type + "' for parameter." + key + " of llm-tool:"
                        + name + ": use one of " + String.join(", ", TYPES.stream()
                                .sorted().toList()));
            }
            if (reserved(key)) {
                throw new IllegalArgumentException("parameter." + key + " of llm-tool:" + name
                        + ": argument names starting with Camel are reserved");
            }
            ObjectNode p = properties.putObject(key);
            p.put("type", type);
            Object desc = parameters.get(key + ".description");
            if (desc != null) {
                p.put("description", String.valueOf(desc));
            }
            Object values = parameters.get(key + ".enum");
            if (values != null) {
                ArrayNode e = p.putArray("enum");
                for (String v : String.valueOf(values).split(",")) {
                    e.add(v.strip());
                }
            }
            if (Boolean.parseBoolean(String.valueOf(parameters.get(key + ".required")))) {
                required.add(key);
            }
        });
        for (String key : parameters.keySet()) {
            int dot = key.indexOf('.');
            if (dot > 0 && !properties.has(key.substring(0, dot))) {
                throw new IllegalArgumentException("parameter." + key + " of llm-tool:" + name
                        + " describes an argument that has no type: add parameter."
                        + key.substring(0, dot) + "=<type>");
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static boolean reserved(String argument) {
        return argument.strip().toLowerCase(java.util.Locale.ROOT).startsWith("camel");
    }

    /** The tool as the model sees it; available once the endpoint is initialised. */
    public ToolDefinition definition() {
        return definition;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("llm-tool endpoints are consumed from: from(\"llm-tool:" + name
                + "?description=...\") makes the route a tool");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = new LlmToolConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    public String getArgSchema() {
        return argSchema;
    }

    public void setArgSchema(String argSchema) {
        this.argSchema = argSchema;
    }
}
