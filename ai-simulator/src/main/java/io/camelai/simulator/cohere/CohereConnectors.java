package io.camelai.simulator.cohere;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;

/**
 * Connectors (https://docs.cohere.com/reference/list-connectors): create, list ({@code limit}, {@code offset}), get,
 * update (PATCH), delete and OAuth authorize; secrets ({@code oauth.client_secret}, {@code service_auth.token}) are
 * kept but never returned. A v1 chat's {@code connectors} are checked against them (and the built-in
 * {@code web-search}): an unknown or inactive connector, or an OAuth connector without a {@code user_access_token},
 * fails the chat unless its {@code continue_on_failure} is true; each connector that answers grounds the reply in a
 * document of its own.
 */
final class CohereConnectors {

    static final String WEB_SEARCH = "web-search";
    private static final String PATH = "/v1/connectors";
    private static final Set<String> CHAT_KEYS = Set.of("id", "user_access_token", "continue_on_failure", "options");
    private static final Set<String> FIELDS = Set.of("name", "description", "url", "excludes", "oauth", "active",
            "continue_on_failure", "service_auth");

    private final SimResources<ObjectNode> connectors = new SimResources<>(PATH,
            id -> "connector '" + id + "' not found", true);

    boolean handle(SimExchange exchange) throws IOException {
        return connectors.handle(exchange, e -> create(e, e.json()), this::list, this::call);
    }

    private boolean call(SimExchange exchange, ObjectNode connector, String action) throws IOException {
        String method = exchange.method();
        if ("oauth/authorize".equals(action) && "POST".equals(method)) {
            authorize(exchange, connector);
        } else if (!action.isEmpty()) {
            return false;
        } else if ("GET".equals(method)) {
            exchange.respondJson(200, wrap(connector));
        } else if ("PATCH".equals(method)) {
            update(exchange, connector, exchange.json());
        } else {
            return false;
        }
        return true;
    }

    private void create(SimExchange exchange, JsonNode req) throws IOException {
        if (req == null || !req.hasNonNull("name") || !req.hasNonNull("url")) {
            CohereApi.error(exchange, 400, "invalid request: name and url are required");
            return;
        }
        String problem = check(req);
        if (problem != null) {
            CohereApi.error(exchange, 400, problem);
            return;
        }
        String id = req.get("name").asText().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        if (connectors.containsKey(id) || WEB_SEARCH.equals(id)) {
            CohereApi.error(exchange, 400, "invalid request: a connector named '" + id + "' already exists");
            return;
        }
        String now = Instant.now().toString();
        ObjectNode c = SimJson.object().put("id", id).put("organization_id", "sim-org").put("created_at", now)
                .put("updated_at", now).put("active", true).put("continue_on_failure", false);
        c.setAll((ObjectNode) req);
        connectors.put(id, c);
        exchange.respondJson(200, wrap(c));
    }

    private void update(SimExchange exchange, ObjectNode connector, JsonNode req) throws IOException {
        String problem = req == null || !req.isObject()
                ? "invalid request: the body must be a JSON object"
                : check(req);
        if (problem != null) {
            CohereApi.error(exchange, 400, problem);
            return;
        }
        synchronized (connector) {
            connector.setAll((ObjectNode) req);
            if (req.has("oauth")) {
                connector.remove("service_auth");
            } else if (req.has("service_auth")) {
                connector.remove("oauth");
            }
            connector.put("updated_at", Instant.now().toString());
        }
        exchange.respondJson(200, wrap(connector));
    }

    private static String check(JsonNode req) {
        for (Iterator<String> it = req.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                return "invalid request: unknown field '" + f + "'; connectors have " + FIELDS;
            }
        }
        if (req.has("oauth") && req.has("service_auth")) {
            return "invalid request: oauth cannot be specified together with service_auth";
        }
        if (req.has("service_auth") && (!req.get("service_auth").hasNonNull("token")
                || !Set.of("bearer", "basic", "noscheme")
                        .contains(req.get("service_auth").path("type").asText()))) {
            return "invalid request: service_auth needs a type (bearer, basic, noscheme) and a token";
        }
        return null;
    }

    private void authorize(SimExchange exchange, ObjectNode connector) throws IOException {
        JsonNode oauth = connector.path("oauth");
        if (!oauth.hasNonNull("authorize_url")) {
            CohereApi.error(exchange, 400, "invalid request: connector '" + connector.path("id").asText()
                    + "' has no oauth configuration");
            return;
        }
        String after = exchange.query().getOrDefault("after_token_redirect", "");
        String redirect = oauth.get("authorize_url").asText() + "?response_type=code&client_id="
                + enc(oauth.path("client_id").asText("")) + "&scope=" + enc(oauth.path("scope").asText(""))
                + "&state=" + enc(connector.path("id").asText() + "|" + after);
        exchange.respondJson(200, SimJson.object().put("redirect_url", redirect));
    }

    private void list(SimExchange exchange) throws IOException {
        Map<String, String> q = exchange.query();
        List<ObjectNode> all = new ArrayList<>(connectors.values());
        all.sort((a, b) -> a.path("id").asText().compareTo(b.path("id").asText()));
        ObjectNode res = SimJson.object();
        ArrayNode list = res.putArray("connectors");
        all.stream().skip(Long.parseLong(q.getOrDefault("offset", "0")))
                .limit(Long.parseLong(q.getOrDefault("limit", "100"))).forEach(c -> list.add(visible(c)));
        res.put("total_count", all.size());
        exchange.respondJson(200, res);
    }

    /** A v1 chat's connectors: null when they are usable, else why the chat fails. */
    String checkChat(JsonNode req) {
        for (JsonNode c : req.path("connectors")) {
            for (Iterator<String> it = c.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!CHAT_KEYS.contains(f)) {
                    return "invalid request: connectors[].'" + f + "' is not a connector field " + CHAT_KEYS;
                }
            }
            String failure = failure(c);
            if (failure != null && !c.path("continue_on_failure").asBoolean(false)) {
                return failure;
            }
        }
        return null;
    }

    /** Adds a document per answering connector, the search queries and results, and a citation of the first. */
    void ground(JsonNode req, ObjectNode response, String generationId) {
        List<JsonNode> answering = new ArrayList<>();
        req.path("connectors").forEach(c -> {
            if (failure(c) == null) {
                answering.add(c);
            }
        });
        if (answering.isEmpty()) {
            return;
        }
        String query = req.path("message").asText();
        response.putArray("search_queries").addObject().put("text", query).put("generation_id", generationId);
        ArrayNode results = response.putArray("search_results");
        ArrayNode documents = response.withArray("documents");
        for (JsonNode c : answering) {
            String id = c.get("id").asText();
            String site = c.path("options").path("site").asText("example.com");
            ObjectNode doc = documents.addObject().put("id", id + "_0").put("title", "Result from " + id)
                    .put("snippet", "What " + id + " found about: " + query).put("url", "https://" + site + "/");
            ObjectNode result = results.addObject();
            result.putObject("search_query").put("text", query).put("generation_id", generationId);
            result.putObject("connector").put("id", id);
            result.putArray("document_ids").add(doc.get("id").asText());
        }
        if (!response.has("citations")) {
            String text = response.path("text").asText();
            response.putArray("citations").addObject().put("start", 0).put("end", text.length()).put("text", text)
                    .putArray("document_ids").add(documents.get(0).path("id").asText());
        }
    }

    private String failure(JsonNode chatConnector) {
        String id = chatConnector.path("id").asText("");
        if (WEB_SEARCH.equals(id)) {
            return null;
        }
        ObjectNode c = connectors.get(id);
        if (c == null) {
            return "invalid request: connector '" + id + "' not found";
        }
        if (!c.path("active").asBoolean(true)) {
            return "invalid request: connector '" + id + "' is not active";
        }
        if (c.has("oauth") && !chatConnector.hasNonNull("user_access_token")) {
            return "connector '" + id + "' needs authorization: send a user_access_token or authorize it first";
        }
        return null;
    }

    private static ObjectNode wrap(ObjectNode connector) {
        ObjectNode res = SimJson.object();
        res.set("connector", visible(connector));
        return res;
    }

    /** The connector as the API returns it: secrets left out, auth_type set. */
    private static ObjectNode visible(ObjectNode connector) {
        ObjectNode c = connector.deepCopy();
        if (c.has("oauth")) {
            ((ObjectNode) c.get("oauth")).remove("client_secret");
            c.put("auth_type", "oauth");
        } else if (c.has("service_auth")) {
            c.remove("service_auth");
            c.put("auth_type", "service_auth");
        }
        return c;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
