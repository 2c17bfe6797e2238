package io.camelai.simulator.qianfan;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.SimJson;

/**
 * Checks a v1 chat's {@code functions} as the ERNIE function-calling reference describes them: name, description and
 * a {@code parameters} object are required; {@code responses} is a JSON Schema object; {@code examples} is a list of
 * example conversations ({@code List[List[message]]}, or the older flat {@code List[message]}) whose messages have a
 * role (user, assistant, function), content or a function_call ({@code name}, {@code arguments} as a string), and a
 * name when the role is function.
 */
final class QianfanFunctions {

    private static final Set<String> ROLES = Set.of("user", "assistant", "function");

    private QianfanFunctions() {}

    /** Null when the functions are well formed, else the problem (an error 336003). */
    static String check(JsonNode functions) {
        if (functions == null || functions.isMissingNode()) {
            return null;
        }
        if (!functions.isArray()) {
            return "functions must be a list";
        }
        for (JsonNode f : functions) {
            String name = f.path("name").asText("");
            if (name.isEmpty() || !f.path("description").isTextual() || !f.path("parameters").isObject()) {
                return "functions[] needs name, description and parameters (an object)";
            }
            if (f.has("responses") && !f.get("responses").isObject()) {
                return "functions[" + name + "].responses must be a JSON Schema object";
            }
            if (f.has("examples")) {
                String problem = examples(f.get("examples"));
                if (problem != null) {
                    return "functions[" + name + "].examples: " + problem;
                }
            }
        }
        return null;
    }

    private static String examples(JsonNode examples) {
        if (!examples.isArray()) {
            return "must be a list of example conversations";
        }
        for (JsonNode e : examples) {
            for (JsonNode m : e.isArray() ? e : SimJson.array().add(e)) {
                String role = m.path("role").asText("");
                if (!ROLES.contains(role)) {
                    return "role must be user, assistant or function, not '" + role + "'";
                }
                if (!m.path("content").isTextual() && !m.has("function_call")) {
                    return "a message needs content";
                }
                if ("function".equals(role) && !m.path("name").isTextual()) {
                    return "a function message needs the function's name";
                }
                JsonNode call = m.get("function_call");
                if (call != null && (!call.path("name").isTextual() || !call.path("arguments").isTextual())) {
                    return "function_call needs a name and arguments (a string)";
                }
            }
        }
        return null;
    }
}
