package io.camelai.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps a component's {@code .adoc} option and header tables equal to the component JSON that Camel's generator
 * writes from the code. The tables sit between marker comments:
 *
 * <pre>
 * // component options: START ... // component options: END
 * // endpoint options: START  ... // endpoint options: END
 * // headers: START           ... // headers: END
 * </pre>
 *
 * A test calls {@link #check}; it fails when a table is stale. Run the build with {@code -Dcamelai.updateDocs=true}
 * to rewrite the tables instead.
 */
public final class ComponentDocs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComponentDocs() {}

    /**
     * @param jsonResource the generated component JSON on the classpath, e.g. {@code /META-INF/io/camelai/cohere/cohere.json}
     * @param adoc         the component's adoc, e.g. {@code src/main/docs/cohere-component.adoc}
     */
    public static void check(String jsonResource, Path adoc) throws IOException {
        JsonNode json = json(jsonResource);
        String original = Files.readString(adoc, StandardCharsets.UTF_8);
        String updated = original;
        updated = replace(updated, "component options", optionTable(json.get("componentProperties"), false));
        updated = replace(updated, "endpoint options", optionTable(json.get("properties"), true));
        updated = replace(updated, "headers", headerTable(json.get("headers")));
        if (Boolean.getBoolean("camelai.updateDocs")) {
            if (!updated.equals(original)) {
                Files.writeString(adoc, updated, StandardCharsets.UTF_8);
            }
            return;
        }
        assertEquals(updated, original, adoc + " has stale option or header tables; rebuild with"
                + " -Dcamelai.updateDocs=true to regenerate them");
    }

    private static JsonNode json(String jsonResource) throws IOException {
        try (InputStream in = ComponentDocs.class.getResourceAsStream(jsonResource)) {
            if (in == null) {
                throw new IllegalStateException("No generated component JSON at " + jsonResource);
            }
            return MAPPER.readTree(in);
        }
    }

    private static String replace(String doc, String marker, String table) {
        String start = "// " + marker + ": START\n";
        String end = "// " + marker + ": END";
        int s = doc.indexOf(start);
        int e = doc.indexOf(end);
        if (s < 0 || e < s) {
            throw new IllegalStateException("The adoc has no '" + start.trim() + "' ... '" + end + "' markers");
        }
        return doc.substring(0, s + start.length()) + table + doc.substring(e);
    }

    static String optionTable(JsonNode props, boolean endpoint) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> e : sorted(props, endpoint)) {
            JsonNode o = e.getValue();
            sb.append("| *").append(e.getKey()).append("* (").append(o.path("group").asText("common")).append(")");
            if (o.path("required").asBoolean(false)) {
                sb.append(" *required*");
            }
            sb.append(" | ").append(escape(o.path("description").asText()));
            if (o.has("enum")) {
                List<String> values = new ArrayList<>();
                o.get("enum").forEach(v -> values.add(v.asText()));
                sb.append(" Allowed values: ").append(String.join(", ", values)).append('.');
            }
            if (o.path("secret").asBoolean(false)) {
                sb.append(" Secret: never logged.");
            }
            String def = o.has("defaultValue") ? o.get("defaultValue").asText() : "";
            sb.append(" | ").append(escape(def)).append(" | ").append(type(o)).append('\n');
        }
        return sb.append("|===\n").toString();
    }

    /**
     * The headers with their direction: input (a producer reads it) or output (a producer or a stream writes it), from
     * the label each header declares ({@code producer,input}, {@code producer,output}).
     */
    static String headerTable(JsonNode headers) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                "[width=\"100%\",cols=\"3,2,5,2\",options=\"header\"]\n|===\n| Name | Direction | Description | Type\n");
        if (headers != null) {
            Iterator<Map.Entry<String, JsonNode>> it = headers.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode h = e.getValue();
                sb.append("| *").append(e.getKey()).append("* | ").append(direction(h.path("label").asText("")))
                        .append(" | ").append(escape(h.path("description").asText()));
                if (h.has("enum")) {
                    List<String> values = new ArrayList<>();
                    h.get("enum").forEach(v -> values.add(v.asText()));
                    sb.append(" Values: ").append(String.join(", ", values)).append('.');
                }
                sb.append(" | ").append(simpleType(h.path("javaType").asText())).append('\n');
            }
        }
        return sb.append("|===\n").toString();
    }

    /** The names of the headers a component's producers read, from its generated JSON. */
    public static List<String> inputHeaders(String jsonResource) throws IOException {
        List<String> inputs = new ArrayList<>();
        json(jsonResource).path("headers").fields().forEachRemaining(e -> {
            if (labels(e.getValue().path("label").asText("")).contains("input")) {
                inputs.add(e.getKey());
            }
        });
        return inputs;
    }

    private static String direction(String label) {
        List<String> labels = labels(label);
        if (labels.contains("input")) {
            return "input";
        }
        if (labels.contains("output")) {
            return labels.contains("consumer") ? "output (stream chunks)" : "output";
        }
        if (labels.equals(List.of("consumer"))) {
            return "consumer exchange"; // set on what a consumer route receives (llm-tool)
        }
        throw new IllegalStateException("A producer header must be labelled input or output, found '" + label + "'");
    }

    private static List<String> labels(String label) {
        return List.of(label.split(","));
    }

    private static List<Map.Entry<String, JsonNode>> sorted(JsonNode props, boolean endpoint) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        props.fields().forEachRemaining(out::add);
        if (endpoint) {
            // path parameters first, as Camel's own docs show them
            out.sort((a, b) -> Boolean.compare(!"path".equals(a.getValue().path("kind").asText()),
                    !"path".equals(b.getValue().path("kind").asText())));
        }
        return out;
    }

    private static String type(JsonNode o) {
        String t = o.path("type").asText();
        return "object".equals(t) ? simpleType(o.path("javaType").asText()) : t;
    }

    private static String simpleType(String javaType) {
        return javaType.replaceAll("(\\w+\\.)+(\\w+)", "$2");
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
