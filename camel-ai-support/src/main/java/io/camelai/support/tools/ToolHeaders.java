package io.camelai.support.tools;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Message;

/**
 * Which tool arguments also travel as message headers of the tool's route or endpoint (so a route can read
 * {@code ${header.city}} and a bean bind {@code @Header("city")}). Only arguments the tool declares, and only under
 * a plain identifier that no component reads as an instruction: Camel treats header names case-insensitively and many
 * components act on headers ({@code To}/{@code Bcc} of a mail, {@code JMSDestination}, {@code kafka.OVERRIDE_TOPIC},
 * {@code Authorization} of an HTTP call, every {@code Camel*} header), so a model-chosen value must never arrive under
 * such a name. Arguments that do not qualify are still in the JSON body.
 */
final class ToolHeaders {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    /** Prefixes (lower case) of header families that components act on. */
    private static final Set<String> DENIED_PREFIXES = Set.of("camel", "jms", "kafka", "amq", "_amq", "http",
            "content", "proxy", "breadcrumb");

    /** Names (lower case) that a mail, HTTP or messaging component reads as an instruction. */
    private static final Set<String> DENIED_NAMES = Set.of("to", "cc", "bcc", "from", "subject", "sender", "replyto",
            "reply_to", "returnpath", "return_path", "authorization", "cookie", "setcookie", "set_cookie", "host",
            "origin", "referer", "location", "destination", "connection", "upgrade", "expect", "te", "trailer", "via",
            "forwarded");

    private ToolHeaders() {}

    /** Whether an argument of this name may also be a header: a plain identifier outside the deny lists. */
    static boolean allowed(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (DENIED_NAMES.contains(lower)) {
            return false;
        }
        for (String prefix : DENIED_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets one header per argument whose name is declared and {@link #allowed}: scalars as Java values (String,
     * Integer, Boolean...), arrays and objects as their JSON text.
     */
    static void set(Message message, ObjectNode args, JsonNode declaredProperties) {
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (declaredProperties.has(f.getKey()) && allowed(f.getKey())) {
                message.setHeader(f.getKey(), value(f.getValue()));
            }
        }
    }

    private static Object value(JsonNode v) {
        return v.isContainerNode() ? v.toString() : ToolJson.mapper().convertValue(v, Object.class);
    }
}
