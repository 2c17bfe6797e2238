package io.camelai.cohere.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.support.json.AiJson;
import org.apache.camel.Message;

/**
 * The {@code connectors} of a v1 chat (https://docs.cohere.com/v1/reference/chat): full connector objects with
 * {@code id}, {@code user_access_token}, {@code continue_on_failure} and {@code options}. The
 * {@code CamelCohereConnectors} header gives them per exchange (a user's access token is per user); otherwise the
 * {@code connectors} option lists the ids, {@code connectorsContinueOnFailure} and
 * {@code connectorOptions.<id>.<key>} add to each. A connector given only by its id gets those option values too.
 */
final class CohereV1Connectors {

    private static final Set<String> KEYS = Set.of("id", "user_access_token", "continue_on_failure", "options");

    private CohereV1Connectors() {
    }

    /** The connectors to send, or null when there are none. */
    static List<Map<String, Object>> of(CohereConfiguration cfg, Message in) {
        List<?> given = in.getHeader(CohereConstants.CONNECTORS, List.class);
        List<?> entries = given != null ? given : cfg.getConnectors();
        if (entries == null || entries.isEmpty()) {
            return null;
        }
        Map<String, Map<String, Object>> options = options(cfg);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object entry : entries) {
            Map<String, Object> connector = entry instanceof Map<?, ?> m ? checked(m) : byId(entry, cfg, options);
            out.add(connector);
        }
        for (String id : options.keySet()) {
            if (given == null && out.stream().noneMatch(c -> id.equals(c.get("id")))) {
                throw new IllegalArgumentException("Option connectorOptions names the connector '" + id + "', which"
                                                   + " is not in the option connectors");
            }
        }
        return out;
    }

    private static Map<String, Object> byId(Object entry, CohereConfiguration cfg,
                                            Map<String, Map<String, Object>> options) {
        if (!(entry instanceof String id) || id.isBlank()) {
            throw new IllegalArgumentException("Header " + CohereConstants.CONNECTORS + ": each connector is an id"
                                               + " (a String) or a Map with " + KEYS + ", not " + entry);
        }
        Map<String, Object> connector = new LinkedHashMap<>();
        connector.put("id", id);
        if (cfg.getConnectorsContinueOnFailure() != null) {
            connector.put("continue_on_failure", cfg.getConnectorsContinueOnFailure());
        }
        if (options.containsKey(id)) {
            connector.put("options", options.get(id));
        }
        return connector;
    }

    private static Map<String, Object> checked(Map<?, ?> given) {
        Map<String, Object> connector = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("Header " + CohereConstants.CONNECTORS + ": a connector has the"
                                                   + " key '" + k + "'; allowed keys are id, user_access_token,"
                                                   + " continue_on_failure and options");
            }
            connector.put(String.valueOf(k), v);
        });
        boolean valid = connector.get("id") instanceof String id && !id.isBlank()
                        && isA(connector.get("user_access_token"), String.class)
                        && isA(connector.get("continue_on_failure"), Boolean.class)
                        && isA(connector.get("options"), Map.class);
        if (!valid) {
            throw new IllegalArgumentException("Header " + CohereConstants.CONNECTORS + ": a connector needs an id"
                                               + " (String); user_access_token is a String, continue_on_failure a"
                                               + " Boolean, options a Map");
        }
        return connector;
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
