package io.camelai.simulator.cohere;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;

/**
 * Fine-tuned models (https://docs.cohere.com/reference/createfinetunedmodel): create (over a validated dataset of
 * the simulator), list, get, update (PATCH), delete, events and training-step metrics, the lists paged with
 * {@code page_size} and {@code page_token}. A model moves QUEUED, FINETUNING, READY, one step per look, each step an
 * event; a ready model has training-step metrics. The Weights & Biases {@code api_key} is never returned.
 */
final class CohereFinetuning {

    private static final String PATH = "/v1/finetuning/finetuned-models";
    private static final Set<String> BASE_TYPES = Set.of("BASE_TYPE_GENERATIVE", "BASE_TYPE_CLASSIFICATION",
            "BASE_TYPE_RERANK", "BASE_TYPE_CHAT");
    private static final List<String> LIFE = List.of("STATUS_QUEUED", "STATUS_FINETUNING", "STATUS_READY");

    private final CohereDatasets datasets;
    private final SimResources<Model> models = new SimResources<>(PATH, id -> "fine-tuned model " + id + " not found",
            true);

    CohereFinetuning(CohereDatasets datasets) {
        this.datasets = datasets;
    }

    private static final class Model {
        final ObjectNode json;
        final List<ObjectNode> events = new ArrayList<>();

        Model(ObjectNode json) {
            this.json = json;
        }
    }

    boolean handle(SimExchange exchange) throws IOException {
        return models.handle(exchange, e -> create(e, e.json()), this::list, this::call);
    }

    private void list(SimExchange exchange) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        models.values().stream().sorted((a, b) -> a.json.path("created_at").asText()
                .compareTo(b.json.path("created_at").asText())).forEach(m -> all.add(visible(m.json)));
        page(exchange, "finetuned_models", all, true);
    }

    private boolean call(SimExchange exchange, Model model, String action) throws IOException {
        String method = exchange.method();
        if ("events".equals(action) && "GET".equals(method)) {
            List<JsonNode> events;
            synchronized (model) {
                events = new ArrayList<>(model.events);
            }
            Collections.reverse(events); // the most recent event first
            page(exchange, "events", events, true);
        } else if ("training-step-metrics".equals(action) && "GET".equals(method)) {
            page(exchange, "step_metrics", metrics(model), false);
        } else if (!action.isEmpty()) {
            return false;
        } else if ("GET".equals(method)) {
            exchange.respondJson(200, wrap(look(model)));
        } else if ("PATCH".equals(method)) {
            JsonNode req = exchange.json();
            if (req == null || !req.hasNonNull("name") || !req.path("settings").isObject()) {
                CohereApi.error(exchange, 400, "invalid request: name and settings are required");
                return true;
            }
            synchronized (model) {
                model.json.put("name", req.get("name").asText()).put("updated_at", Instant.now().toString());
                ((ObjectNode) model.json.get("settings")).setAll((ObjectNode) req.get("settings"));
            }
            exchange.respondJson(200, wrap(model.json));
        } else {
            return false;
        }
        return true;
    }

    private void create(SimExchange exchange, JsonNode req) throws IOException {
        JsonNode settings = req == null ? null : req.get("settings");
        if (req == null || !req.hasNonNull("name") || settings == null || !settings.hasNonNull("dataset_id")
                || !BASE_TYPES.contains(settings.path("base_model").path("base_type").asText())) {
            CohereApi.error(exchange, 400, "invalid request: name, settings.dataset_id and settings.base_model."
                    + "base_type (one of " + BASE_TYPES + ") are required");
            return;
        }
        SimDataset dataset = datasets.get(settings.get("dataset_id").asText());
        if (dataset == null || !"validated".equals(dataset.status())) {
            CohereApi.error(exchange, 400, "invalid request: dataset " + settings.get("dataset_id").asText()
                    + " is not a validated dataset");
            return;
        }
        String now = Instant.now().toString();
        ObjectNode json = SimJson.object().put("id", UUID.randomUUID().toString()).put("name", req.get("name").asText())
                .put("creator_id", "sim-user").put("organization_id", "sim-org");
        json.set("settings", settings.deepCopy());
        ((ObjectNode) json.get("settings").get("base_model")).put("version", "1");
        json.put("status", LIFE.get(0)).put("created_at", now).put("updated_at", now);
        Model model = new Model(json);
        model.events.add(event(LIFE.get(0)));
        models.put(json.get("id").asText(), model);
        exchange.respondJson(200, wrap(json));
    }

    private static ObjectNode look(Model model) {
        synchronized (model) {
            int at = LIFE.indexOf(model.json.path("status").asText());
            if (at >= 0 && at < LIFE.size() - 1) {
                String next = LIFE.get(at + 1);
                model.json.put("status", next).put("updated_at", Instant.now().toString());
                model.events.add(event(next));
                if (at + 1 == LIFE.size() - 1) {
                    model.json.put("completed_at", Instant.now().toString());
                }
            }
            return model.json.deepCopy();
        }
    }

    private static List<JsonNode> metrics(Model model) {
        List<JsonNode> out = new ArrayList<>();
        if (!"STATUS_READY".equals(model.json.path("status").asText())) {
            return out;
        }
        for (int step = 1; step <= 3; step++) {
            ObjectNode m = SimJson.object().put("created_at", Instant.now().toString()).put("step_number", step * 10);
            m.putObject("metrics").put("loss", 1.0 / step).put("accuracy", 0.5 + step * 0.1);
            out.add(m);
        }
        return out;
    }

    private static ObjectNode event(String status) {
        return SimJson.object().put("user_id", "sim-user").put("status", status)
                .put("created_at", Instant.now().toString());
    }

    /** {@code page_size} items from {@code page_token} (an offset), with the next page's token. */
    private static void page(SimExchange exchange, String field, List<JsonNode> items, boolean total)
            throws IOException {
        Map<String, String> q = exchange.query();
        int size = Integer.parseInt(q.getOrDefault("page_size", "0"));
        size = size <= 0 ? 50 : size;
        String token = q.getOrDefault("page_token", "");
        int start = token.isEmpty() ? 0 : Integer.parseInt(token);
        ObjectNode res = SimJson.object();
        ArrayNode list = res.putArray(field);
        items.stream().skip(start).limit(size).forEach(list::add);
        res.put("next_page_token", start + size < items.size() ? String.valueOf(start + size) : "");
        if (total) {
            res.put("total_size", items.size());
        }
        exchange.respondJson(200, res);
    }

    private static ObjectNode wrap(ObjectNode model) {
        ObjectNode res = SimJson.object();
        res.set("finetuned_model", visible(model));
        return res;
    }

    private static ObjectNode visible(ObjectNode model) {
        ObjectNode m = model.deepCopy();
        JsonNode wandb = m.path("settings").path("wandb");
        if (wandb.isObject()) {
            ((ObjectNode) wandb).remove("api_key");
        }
        return m;
    }
}
