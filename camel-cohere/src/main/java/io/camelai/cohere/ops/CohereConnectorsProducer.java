package io.camelai.cohere.ops;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import okhttp3.HttpUrl;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code /v1/connectors} (https://docs.cohere.com/reference/list-connectors): {@code action} list (a List of Maps,
 * {@code limit}/{@code offset}), create (the body is the connector: name, url, description, excludes, oauth,
 * service_auth, active, continue_on_failure), get, update (PATCH with the body's fields), delete, and authorize (the
 * OAuth redirect URL to send the user to). The connector is named by {@code CamelCohereConnectorId} or, for get,
 * delete and authorize, by the body. A connector answer is the body (a Map holding its id); no input header is
 * written.
 */
public final class CohereConnectorsProducer extends CohereApiProducer {

    private static final String PATH = "/v1/connectors";
    private static final List<String> ACTIONS = List.of("list", "create", "get", "update", "delete", "authorize");

    public CohereConnectorsProducer(CohereEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
        Message in = exchange.getMessage();
        switch (action(in, cfg, "connectors", ACTIONS)) {
            case "create" -> {
                Map<String, Object> connector = JsonBodies.object(in, "connectors create");
                if (connector == null || connector.get("name") == null || connector.get("url") == null) {
                    throw new IllegalArgumentException("connectors create: the body must be the connector, a JSON"
                            + " object with at least name and url");
                }
                connector(in, send(exchange, "POST", getEndpoint().url(PATH), connector));
            }
            case "get" -> connector(in, get(exchange, url(PATH, id(in, CohereConstants.CONNECTOR_ID))));
            case "update" -> {
                String id = headerId(in, CohereConstants.CONNECTOR_ID);
                Map<String, Object> changes = JsonBodies.object(in, "connectors update");
                if (changes == null || changes.isEmpty()) {
                    throw new IllegalArgumentException("connectors update: the body must hold the fields to change"
                            + " (a JSON object)");
                }
                connector(in, send(exchange, "PATCH", url(PATH, id), changes));
            }
            case "delete" -> {
                String id = id(in, CohereConstants.CONNECTOR_ID);
                answer(in, id, send(exchange, "DELETE", url(PATH, id), null));
            }
            case "authorize" -> {
                HttpUrl.Builder url = url(PATH, id(in, CohereConstants.CONNECTOR_ID), "oauth", "authorize")
                        .newBuilder();
                query(url, "after_token_redirect", cfg.getAfterTokenRedirect());
                JsonNode r = send(exchange, "POST", url.build(), null);
                answer(in, r.path("redirect_url").asText(null), r);
            }
            default -> {
                HttpUrl.Builder url = getEndpoint().url(PATH).newBuilder();
                query(url, "limit", cfg.getLimit());
                query(url, "offset", cfg.getOffset());
                JsonNode r = get(exchange, url.build());
                answer(in, list(r, "connectors"), r);
                if (r.has("total_count")) {
                    in.setHeader(CohereConstants.TOTAL_COUNT, r.get("total_count").asLong());
                }
            }
        }
    }

    /** The connector of a {@code {"connector": {...}}} answer as the body (its id is in it). */
    private static void connector(Message in, JsonNode r) {
        answer(in, toMap(r.path("connector")), r);
    }
}
