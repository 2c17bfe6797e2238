package io.camelai.support.console;

import java.util.List;
import java.util.Map;

import io.camelai.support.AiEndpoint;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The dev console of one component (Camel's developer console, {@code camel get} and the {@code /q/dev} pages): each
 * of its endpoints with its calls, retries, failures, open streams, tokens by model and last errors. URIs are shown
 * sanitized and masked with the endpoint's secrets; errors are the endpoint's masked exception messages.
 */
public abstract class AiDevConsole extends AbstractDevConsole {

    private final String scheme;

    protected AiDevConsole(String scheme, String displayName, String description) {
        super("camel", scheme, displayName, description);
        this.scheme = scheme;
    }

    private List<AiEndpoint<?>> endpoints() {
        return getCamelContext().getEndpoints().stream()
                .filter(e -> e instanceof AiEndpoint<?> ai && scheme.equals(ai.providerName()))
                .<AiEndpoint<?>>map(e -> (AiEndpoint<?>) e).toList();
    }

    private static String uri(AiEndpoint<?> endpoint) {
        return endpoint.secretMasker().mask(URISupport.sanitizeUri(endpoint.getEndpointUri()));
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (AiEndpoint<?> endpoint : endpoints()) {
            sb.append("Endpoint: ").append(uri(endpoint)).append('\n');
            AiStats stats = endpoint.stats();
            if (stats == null) {
                sb.append("    (not started)\n\n");
                continue;
            }
            sb.append("    Calls: ").append(stats.calls()).append(" (retries: ").append(stats.retries())
                    .append(", failed: ").append(stats.failures()).append(")\n");
            sb.append("    Open streams: ").append(stats.openStreams()).append('\n');
            stats.tokensByModel().forEach((model, t) -> sb.append("    Tokens ").append(model).append(": input ")
                    .append(t.get("input")).append(", output ").append(t.get("output")).append('\n'));
            for (AiStats.LastError e : stats.lastErrors()) {
                sb.append("    Error at ").append(e.at()).append(": ").append(e.message()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray list = new JsonArray();
        for (AiEndpoint<?> endpoint : endpoints()) {
            JsonObject jo = new JsonObject();
            jo.put("uri", uri(endpoint));
            AiStats stats = endpoint.stats();
            jo.put("started", stats != null);
            if (stats != null) {
                jo.put("calls", stats.calls());
                jo.put("retries", stats.retries());
                jo.put("failures", stats.failures());
                jo.put("openStreams", stats.openStreams());
                JsonObject tokens = new JsonObject();
                stats.tokensByModel().forEach((model, t) -> tokens.put(model, new JsonObject(Map.of("input",
                        t.get("input"), "output", t.get("output")))));
                jo.put("tokens", tokens);
                JsonArray errors = new JsonArray();
                for (AiStats.LastError e : stats.lastErrors()) {
                    errors.add(new JsonObject(Map.of("at", e.at().toString(), "message", e.message())));
                }
                jo.put("lastErrors", errors);
            }
            list.add(jo);
        }
        JsonObject root = new JsonObject();
        root.put("endpoints", list);
        return root;
    }
}
