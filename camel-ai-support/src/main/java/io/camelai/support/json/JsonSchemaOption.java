package io.camelai.support.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.support.LRUCacheFactory;
import org.apache.camel.support.ResourceHelper;

/**
 * The jsonSchema option's value as a JSON object. The endpoint's own value may be inline JSON or a resource
 * ({@code classpath:}, {@code file:}, {@code http:}), read once when the producer is created (at route start); a
 * value given per exchange ({@code CamelAiOptions}) must be inline JSON: exchange input never makes the route read a
 * file or fetch a URL. A bad schema fails naming the option.
 */
public final class JsonSchemaOption {

    /** The most per-exchange schemas kept parsed. */
    public static final int MAX_CACHED = 32;

    private final String configured;
    private final JsonNode configuredSchema;
    private final Map<String, JsonNode> inline = LRUCacheFactory.newLRUCache(MAX_CACHED);

    /**
     * @param configured the endpoint's jsonSchema option (null when unset): read now
     */
    public JsonSchemaOption(CamelContext context, String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured;
        this.configuredSchema = this.configured == null ? null : load(context, this.configured);
    }

    /** The schema of a jsonSchema value: the endpoint's own, or one given inline for this exchange. */
    public JsonNode get(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals(configured)) {
            return configuredSchema;
        }
        if (!value.strip().startsWith("{")) {
            throw new IllegalArgumentException("Option jsonSchema given per exchange (header CamelAiOptions) must be"
                    + " inline JSON; classpath:, file: and http: schemas are read only"
                    + " from the endpoint's configuration, got: " + abbreviate(value));
        }
        return inline.computeIfAbsent(value, v -> parse(v, v));
    }

    /** How many per-exchange schemas are kept parsed (at most {@link #MAX_CACHED}). */
    public int cachedSchemas() {
        return inline.size();
    }

    private static JsonNode load(CamelContext context, String value) {
        String json = value.strip();
        if (!json.startsWith("{")) {
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, json)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalArgumentException("Option jsonSchema: cannot read " + value + ": " + e.getMessage(),
                        e);
            }
        }
        return parse(value, json);
    }

    private static JsonNode parse(String value, String json) {
        JsonNode node = AiJson.readTreeOrNull(json);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Option jsonSchema must be a JSON Schema object (inline JSON or a"
                    + " classpath:/file: resource), got: " + abbreviate(value));
        }
        return node;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
