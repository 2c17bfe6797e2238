package io.camelai.simulator.cohere;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.Fault;
import io.camelai.simulator.ProviderApi;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.SimModel;

/**
 * The Cohere API (https://docs.cohere.com/reference/about): bearer auth, {@code {"id", "message"}} error bodies, and
 * the
 * operations under {@code /v1} and {@code /v2}.
 */
public final class CohereApi implements ProviderApi {

    /** A key the simulator rejects with 401, to test authentication failures. */
    public static final String INVALID_KEY = "invalid-key";

    private final CohereV2Chat v2Chat = new CohereV2Chat();
    private final CohereConnectors connectors = new CohereConnectors();
    private final CohereV1Chat v1Chat = new CohereV1Chat(connectors);
    private final CohereOps ops = new CohereOps();
    private final CohereDatasets datasets = new CohereDatasets();
    private final CohereEmbedJobs embedJobs = new CohereEmbedJobs(datasets);
    private final CohereFinetuning finetuning = new CohereFinetuning(datasets);

    @Override
    public boolean handles(String method, String path) {
        return path.startsWith("/v1/") || path.equals("/v2/chat") || path.startsWith("/v2/embed")
                || path.startsWith("/v2/rerank") || path.startsWith(CohereDatasets.STORAGE);
    }

    @Override
    public void handle(SimExchange exchange, SimModel model) throws IOException {
        if (exchange.path().startsWith(CohereDatasets.STORAGE)) {
            datasets.serve(exchange); // pre-signed part URLs: no API key
            return;
        }
        String auth = exchange.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || auth.length() <= "Bearer ".length()) {
            error(exchange, 401, "no api key supplied");
            return;
        }
        if (auth.equals("Bearer " + INVALID_KEY)) {
            error(exchange, 401, "invalid api token");
            return;
        }
        String path = exchange.path();
        if ("POST".equals(exchange.method()) && "/v2/chat".equals(path)) {
            v2Chat.handle(exchange, model);
        } else if ("POST".equals(exchange.method()) && "/v1/chat".equals(path)) {
            v1Chat.handle(exchange, model);
        } else if (!datasets.handle(exchange) && !embedJobs.handle(exchange) && !connectors.handle(exchange)
                && !finetuning.handle(exchange) && !ops.handle(exchange)) {
            error(exchange, 404, "the simulator does not implement " + exchange.method() + " " + path + " yet");
        }
    }

    /** Dataset part downloads (pre-signed URLs) are not API calls: no quota. */
    @Override
    public boolean metered(String path) {
        return !path.startsWith(CohereDatasets.STORAGE);
    }

    @Override
    public void writeError(SimExchange exchange, Fault fault) throws IOException {
        int status = fault.status() > 0 ? fault.status() : 400;
        String message = fault.message() != null ? fault.message() : "simulated error " + status;
        exchange.respondJson(status, body(message), fault.headers());
    }

    static void error(SimExchange exchange, int status, String message) throws IOException {
        exchange.respondJson(status, body(message), Map.of());
    }

    private static ObjectNode body(String message) {
        return SimJson.object().put("id", java.util.UUID.randomUUID().toString()).put("message", message);
    }
}
