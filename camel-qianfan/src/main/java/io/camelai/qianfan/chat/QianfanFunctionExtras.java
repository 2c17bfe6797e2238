package io.camelai.qianfan.chat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.support.json.AiJson;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * The v1 {@code functions[].responses} (a JSON Schema of what the function returns) and {@code functions[].examples}
 * (example conversations, {@code List[List[message]]}, or the older flat {@code List[message]}) of the ERNIE
 * function-calling reference (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/xlmokikxe), from the options
 * {@code functionResponses.<tool name>} and {@code functionExamples.<tool name>}: inline JSON, or a {@code classpath:}
 * or {@code file:} resource. Read and checked once, when the endpoint's producer is created; sent as given.
 */
final class QianfanFunctionExtras {

    private static final Set<String> ROLES = Set.of("user", "assistant", "function");

    private final Map<String, JsonNode> responses = new LinkedHashMap<>();
    private final Map<String, JsonNode> examples = new LinkedHashMap<>();

    QianfanFunctionExtras(CamelContext context, QianfanConfiguration cfg) {
        if (cfg.getFunctionResponses() != null) {
            cfg.getFunctionResponses().forEach((tool, value) -> {
                String option = "functionResponses." + tool;
                JsonNode schema = load(context, option, value);
                if (!schema.isObject()) {
                    throw new IllegalArgumentException("Option " + option + " must be a JSON Schema object");
                }
                responses.put(tool, schema);
            });
        }
        if (cfg.getFunctionExamples() != null) {
            cfg.getFunctionExamples().forEach((tool, value) -> {
                String option = "functionExamples." + tool;
                JsonNode list = load(context, option, value);
                checkExamples(option, list);
                examples.put(tool, list);
            });
        }
    }

    /** Adds the tool's responses and examples, if any, to its {@code functions[]} entry. */
    void addTo(Map<String, Object> function, String tool) {
        if (responses.containsKey(tool)) {
            function.put("responses", responses.get(tool));
        }
        if (examples.containsKey(tool)) {
            function.put("examples", examples.get(tool));
        }
    }

    private static JsonNode load(CamelContext context, String option, Object value) {
        String text = String.valueOf(value).strip();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, text)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalArgumentException("Option " + option + ": cannot read " + value + ": "
                        + e.getMessage(), e);
            }
        }
        JsonNode node = AiJson.readTreeOrNull(text);
        if (node == null) {
            throw new IllegalArgumentException("Option " + option + " is neither JSON nor a classpath:/file:"
                    + " resource holding JSON");
        }
        return node;
    }

    /** A list of example conversations (lists of messages), or one flat list of messages. */
    private static void checkExamples(String option, JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("Option " + option + " must be a non-empty JSON array of example"
                    + " conversations (arrays of messages) or of messages");
        }
        for (JsonNode item : list) {
            if (item.isArray()) {
                item.forEach(message -> checkMessage(option, message));
            } else {
                checkMessage(option, item);
            }
        }
    }

    private static void checkMessage(String option, JsonNode m) {
        String role = m.path("role").asText("");
        if (!m.isObject() || !ROLES.contains(role)) {
            throw new IllegalArgumentException("Option " + option + ": every example message needs a role, one of"
                    + " user, assistant, function; got " + abbreviate(m));
        }
        if (!m.has("content") && !m.has("function_call")) {
            throw new IllegalArgumentException("Option " + option + ": an example message needs content (or, for"
                    + " the assistant, a function_call); got " + abbreviate(m));
        }
        if ("function".equals(role) && !m.hasNonNull("name")) {
            throw new IllegalArgumentException("Option " + option + ": an example message of role function needs"
                    + " the function's name");
        }
        JsonNode call = m.get("function_call");
        if (call != null && (!call.isObject() || !call.has("name") || !call.path("arguments").isTextual())) {
            throw new IllegalArgumentException("Option " + option + ": an example function_call needs a name and"
                    + " its arguments as a JSON string");
        }
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
