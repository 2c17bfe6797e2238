package io.camelai.cohere.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.support.TextBody;
import io.camelai.support.http.SecretMasker;
import io.camelai.support.json.AiJson;
import org.apache.camel.Message;

/**
 * The {@code connectors} of a v1 chat (https://docs.cohere.com/v1/reference/chat): connector objects with {@code id},
 * {@code user_access_token}, {@code continue_on_failure} and {@code options}. The {@code connectors} option lists the
 * connectors the endpoint offers, {@code connectorsContinueOnFailure} and {@code connectorOptions.<id>.<key>} add to
 * each. A connector searches a data source, so it is a capability: the {@code CamelCohereConnectors} header may only
 * pick among the offered connectors and give a user's {@code user_access_token} for one (an access token is per
 * user); the token is masked in this endpoint's logs and messages like its API key.
 */
final class CohereV1Connectors {

    private static final Set<String> KEYS = Set.of("id", "user_access_token");

    private CohereV1Connectors() {}

    /** The connectors to send, or null when there are none. */
    static List<Map<String, Object>> of(CohereConfiguration cfg, Message in, SecretMasker masker) {
        List<String> offered = cfg.getConnectors() == null ? List.of() : cfg.getConnectors();
        Map<String, Map<String, Object>> options = options(cfg);
        for (String id : options.keySet()) {
            if (!offered.contains(id)) {
                throw new IllegalArgumentException("Option connectorOptions names the connector '" + id + "', which"
                        + " is not in the option connectors");
            }
        }
        List<?> given = in.getHeader(CohereConstants.CONNECTORS, List.class);
        List<?> entries = given != null ? given : offered;
        if (entries.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object entry : entries) {
            String id = entry instanceof Map<?, ?> m ? checked(m) : id(entry);
            if (!offered.contains(id)) {
                throw new IllegalArgumentException("Header " + CohereConstants.CONNECTORS + " names the connector '"
                        + id + "', which this endpoint does not offer: the header picks"
                        + " among the connectors option " + offered);
            }
            Map<String, Object> connector = new LinkedHashMap<>();
            connector.put("id", id);
            if (entry instanceof Map<?, ?> m && m.get("user_access_token") instanceof String token) {
                masker.addToken(token);
                connector.put("user_access_token", token);
            }
            if (cfg.getConnectorsContinueOnFailure() != null) {
                connector.put("continue_on_failure", cfg.getConnectorsContinueOnFailure());
            }
            if (options.containsKey(id)) {
                connector.put("options", options.get(id));
            }
            out.add(connector);
        }
        return out;
    }

    private static String id(Object entry) {
        if (!(entry instanceof String id) || id.isBlank()) {
            throw new IllegalArgumentException("Header " + CohereConstants.CONNECTORS + ": each connector is an id"
                    + " (a String) or a Map with " + KEYS + ", not a "
                    + TextBody.typeOf(entry));
        }
        return id;
    }

    /** A header entry's id, once its keys are checked. */
    private static String checked(Map<?, ?> given) {
        for (Object k : given.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("Header " + CohereConstants.CONNECTORS + ": a connector has the"
                        + " key '" + k + "'; allowed keys are id and user_access_token"
                        + " (continue_on_failure and options come from the endpoint)");
            }
        }
        Object token = given.get("user_access_token");
        if (!(given.get("id") instanceof String id) || id.isBlank() || !isA(token, String.class)) {
            throw new IllegalArgumentException("Header " + CohereConstants.CONNECTORS + ": a connector needs an id"
                    + " (String); user_access_token is a String");
        }
        return id;
    }

    private static boolean isA(Object value, Class<?> type) {
        return value == null || type.isInstance(value);
    }

    /** connectorOptions.web-search.site=example.com as {web-search: {site: example.com}}. */
    private static Map<String, Map<String, Object>> options(CohereConfiguration cfg) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (cfg.getConnectorOptions() == null) {
            return out;
        }
        cfg.getConnectorOptions().forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new IllegalArgumentException("Option connectorOptions." + key + " must be written"
                        + " connectorOptions.<connector id>.<option>=<value>");
            }
            out.computeIfAbsent(key.substring(0, dot), id -> new LinkedHashMap<>())
                    .put(key.substring(dot + 1), AiJson.jsonOrString(value));
        });
        return out;
    }
}
