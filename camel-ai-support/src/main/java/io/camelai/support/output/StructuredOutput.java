package io.camelai.support.output;

import java.lang.reflect.Modifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.camelai.support.AiOutputParseException;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

/**
 * What a chat endpoint makes of the model's answer: its text (the default), a Jackson {@link JsonNode}
 * ({@code outputType=json}), or an instance of the endpoint's {@code outputClass}, whose JSON Schema the request
 * carries. Built once per endpoint: the class is resolved with Camel's {@code ClassResolver} (endpoint configuration
 * is trusted; no header names a class) and its schema generated at endpoint creation.
 * <p>
 * Parsing uses a plain Jackson mapper (property names as the class declares them, its Jackson annotations honoured),
 * {@code Optional} and {@code java.time} properties (ISO-8601 strings) supported, lenient only where the schema
 * already binds the model: a property the class does not have is ignored, a property
 * the answer lacks stays null (or the primitive's default). Anything after the JSON value fails, and so does an
 * answer that is not JSON; one surrounding Markdown code fence (some models add it in JSON mode) is removed first.
 */
public final class StructuredOutput {

    /** Text answers: the body is the answer's text. */
    public static final StructuredOutput TEXT = new StructuredOutput(false, null, null);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .build();
    private static final OutputSchema SCHEMAS = new OutputSchema(MAPPER);

    private final boolean json;
    private final Class<?> type;
    private final ObjectNode schema;

    private StructuredOutput(boolean json, Class<?> type, ObjectNode schema) {
        this.json = json;
        this.type = type;
        this.schema = schema;
    }

    /**
     * The output of an endpoint's configuration.
     *
     * @throws IllegalArgumentException naming outputClass when the class is missing or not a record or POJO
     */
    public static StructuredOutput of(CamelContext context, AiConfiguration configuration) {
        String name = configuration.getOutputClass();
        if (name != null && !name.isBlank()) {
            Class<?> type = resolve(context, name.strip());
            ObjectNode schema = SCHEMAS.of(type);
            if (!"object".equals(schema.path("type").asText())) {
                throw new IllegalArgumentException("Option outputClass must name a record or POJO class whose JSON"
                        + " form is an object, got: " + type.getName());
            }
            return new StructuredOutput(true, type, schema);
        }
        return "json".equals(configuration.getOutputType()) ? new StructuredOutput(true, null, null) : TEXT;
    }

    private static Class<?> resolve(CamelContext context, String name) {
        Class<?> type = context.getClassResolver().resolveClass(name);
        if (type == null) {
            throw new IllegalArgumentException("Option outputClass: class " + name + " not found");
        }
        if (type.isPrimitive() || type.isArray() || type.isInterface() || type.isEnum()
                || Modifier.isAbstract(type.getModifiers()) || type.getName().startsWith("java.")) {
            throw new IllegalArgumentException("Option outputClass must name a record or POJO class, got: "
                    + type.getName());
        }
        return type;
    }

    /** Whether the answer stays text (neither outputClass nor outputType=json). */
    public boolean isText() {
        return !json;
    }

    /** The JSON Schema of outputClass, or null without one. */
    public ObjectNode schema() {
        return schema;
    }

    /** The class answers are parsed into, or null. */
    public Class<?> type() {
        return type;
    }

    /** A schema name for APIs that want one: the class's simple name in the characters they allow (at most 64). */
    public String schemaName() {
        if (type == null) {
            return null;
        }
        String name = type.getSimpleName().replaceAll("[^A-Za-z0-9_-]", "_");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /**
     * The answer as the body: an instance of outputClass, or a {@link JsonNode}.
     *
     * @throws AiOutputParseException naming the class when the answer does not parse
     */
    public Object parse(String answer, Exchange exchange) throws AiOutputParseException {
        String target = type == null ? "JSON" : type.getName();
        String json = unfenced(answer);
        if (json == null || json.isBlank()) {
            throw new AiOutputParseException(target, answer,
                    new IllegalArgumentException("the answer is empty"), exchange);
        }
        try {
            return type == null ? MAPPER.readTree(json) : MAPPER.readValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new AiOutputParseException(target, answer, e, exchange);
        }
    }

    /** The text inside one surrounding Markdown code fence (```json ... ```), else the text as it is. */
    static String unfenced(String answer) {
        if (answer == null) {
            return null;
        }
        String s = answer.strip();
        if (s.startsWith("```") && s.endsWith("```") && s.length() >= 6) {
            int firstLine = s.indexOf('\n');
            if (firstLine > 0 && firstLine < s.length() - 3) {
                return s.substring(firstLine + 1, s.length() - 3).strip();
            }
        }
        return s;
    }
}
