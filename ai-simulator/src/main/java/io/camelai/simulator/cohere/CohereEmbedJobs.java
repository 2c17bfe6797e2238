package io.camelai.simulator.cohere;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.Embeddings;
import io.camelai.simulator.model.SimModel;

/**
 * Embed jobs (https://docs.cohere.com/reference/create-embed-job) over the simulator's datasets: the input must be a
 * validated {@code embed-input} dataset; a job reports {@code processing} on its first look and {@code complete} from
 * the second on, when its output dataset (type {@code embed-result}: each input row with its {@code embeddings} by
 * type) is there to download.
 */
final class CohereEmbedJobs {

    private static final String PATH = "/v1/embed-jobs";
    private static final Set<String> INPUT_TYPES = Set.of("search_document", "search_query", "classification",
            "clustering", "image");
    private static final Set<String> EMBEDDING_TYPES = Set.of("float", "int8", "uint8", "binary", "ubinary");

    private final CohereDatasets datasets;
    private final SimResources<Job> jobs = new SimResources<>(PATH, id -> "embed job " + id + " not found", false);

    CohereEmbedJobs(CohereDatasets datasets) {
        this.datasets = datasets;
    }

    private static final class Job {
        final ObjectNode json;
        final SimDataset output;
        boolean seen;

        Job(ObjectNode json, SimDataset output) {
            this.json = json;
            this.output = output;
        }
    }

    boolean handle(SimExchange exchange) throws IOException {
        return jobs.handle(exchange, e -> create(e, e.json()), e -> {
            ObjectNode res = SimJson.object();
            ArrayNode list = res.putArray("embed_jobs");
            jobs.values().forEach(j -> list.add(j.json));
            e.respondJson(200, res);
        }, this::call);
    }

    private boolean call(SimExchange exchange, Job job, String action) throws IOException {
        if ("cancel".equals(action) && "POST".equals(exchange.method())) {
            synchronized (job) {
                if ("processing".equals(job.json.path("status").asText())) {
                    job.json.put("status", "cancelled");
                }
            }
            exchange.respond(200, "application/json", new byte[0], Map.of());
        } else if (action.isEmpty() && "GET".equals(exchange.method())) {
            exchange.respondJson(200, look(job));
        } else {
            return false;
        }
        return true;
    }

    private ObjectNode look(Job job) {
        synchronized (job) {
            if (job.seen && "processing".equals(job.json.path("status").asText())) {
                datasets.add(job.output);
                job.json.put("status", "complete").put("output_dataset_id", job.output.id);
            }
            job.seen = true;
            return job.json.deepCopy();
        }
    }

    private void create(SimExchange exchange, JsonNode req) throws IOException {
        if (req == null || !req.hasNonNull("model") || !req.hasNonNull("dataset_id") || !req.hasNonNull("input_type")) {
            CohereApi.error(exchange, 400, "invalid request: model, dataset_id and input_type are required");
            return;
        }
        if (!INPUT_TYPES.contains(req.get("input_type").asText())) {
            CohereApi.error(exchange, 400, "invalid request: input_type must be one of " + INPUT_TYPES);
            return;
        }
        List<String> types = new ArrayList<>();
        req.path("embedding_types").forEach(t -> types.add(t.asText()));
        if (!EMBEDDING_TYPES.containsAll(types)) {
            CohereApi.error(exchange, 400, "invalid request: embedding_types must be among " + EMBEDDING_TYPES);
            return;
        }
        if (types.isEmpty()) {
            types.add("float");
        }
        SimDataset input = datasets.get(req.get("dataset_id").asText());
        if (input == null) {
            CohereApi.error(exchange, 404,
                    "The dataset with id '" + req.get("dataset_id").asText() + "' was not found.");
            return;
        }
        if (!"embed-input".equals(input.type) || !"validated".equals(input.status())) {
            CohereApi.error(exchange, 400, "invalid request: the dataset must be of type embed-input and validated; it"
                    + " is " + input.type + ", " + input.status());
            return;
        }
        String id = UUID.randomUUID().toString();
        int tokens = 0;
        List<ObjectNode> rows = new ArrayList<>();
        int dimensions = Embeddings.cohere(req.get("model").asText()).dimensions();
        for (ObjectNode row : input.rows) {
            ObjectNode out = row.deepCopy();
            ObjectNode embeddings = out.putObject("embeddings");
            float[] vector = SimModel.embed(row.path("text").asText(), dimensions);
            types.forEach(t -> embeddings.set(t, Embeddings.encode(vector, t)));
            tokens += Math.max(1, SimModel.words(row.path("text").asText()));
            rows.add(out);
        }
        SimDataset output = new SimDataset("embed-result-" + id.substring(0, 8),
                req.path("name").asText(id) + "-output",
                "embed-result", List.of("text"), input.fields, List.copyOf(types), rows, List.of(), List.of(), null,
                null, true);
        ObjectNode job = SimJson.object().put("job_id", id).put("name", req.path("name").asText(id))
                .put("status", "processing").put("created_at", Instant.now().toString())
                .put("input_dataset_id", input.id).put("model", req.get("model").asText())
                .put("truncate", req.path("truncate").asText("END"));
        ObjectNode meta = job.putObject("meta");
        meta.putObject("api_version").put("version", "1");
        meta.putObject("billed_units").put("input_tokens", tokens);
        jobs.put(id, new Job(job, output));
        ObjectNode res = SimJson.object().put("job_id", id);
        res.putObject("meta").putObject("api_version").put("version", "1");
        exchange.respondJson(200, res);
    }
}
