package io.camelai.simulator.cohere;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;

/**
 * Datasets (https://docs.cohere.com/reference/create-dataset): multipart upload with its flags, get, list (filters
 * and paging), delete, usage; and the part files themselves, served as Avro under {@value #STORAGE} without the API
 * key but with the signature of the URL the dataset handed out, as a storage bucket serves pre-signed URLs.
 */
final class CohereDatasets {

    static final String STORAGE = "/cohere-storage/datasets/";
    private static final String PATH = "/v1/datasets";

    private final SimResources<SimDataset> datasets = new SimResources<>(PATH,
            id -> "The dataset with id '" + id + "' was not found.", true);

    SimDataset get(String id) {
        return datasets.get(id);
    }

    void add(SimDataset dataset) {
        datasets.put(dataset.id, dataset);
    }

    boolean handle(SimExchange exchange) throws IOException {
        if (exchange.path().equals(PATH + "/usage") && "GET".equals(exchange.method())) {
            exchange.respondJson(200, SimJson.object().put("organization_usage",
                    datasets.values().stream().mapToLong(SimDataset::size).sum()));
            return true;
        }
        return datasets.handle(exchange, this::create, this::list, (e, dataset, action) -> {
            if (!action.isEmpty() || !"GET".equals(e.method())) {
                return false;
            }
            dataset.look();
            ObjectNode res = SimJson.object();
            res.set("dataset", dataset.json(root(e)));
            e.respondJson(200, res);
            return true;
        });
    }

    /** {@code GET /cohere-storage/datasets/<id>/<part index | original>?signature=...}. */
    void serve(SimExchange exchange) throws IOException {
        String[] parts = exchange.path().substring(STORAGE.length()).split("/");
        SimDataset dataset = parts.length == 2 ? datasets.get(parts[0]) : null;
        if (dataset == null || !"GET".equals(exchange.method())) {
            exchange.respond(404, "application/xml", "<Error><Code>NoSuchKey</Code></Error>".getBytes(), Map.of());
            return;
        }
        if (!dataset.signature.equals(exchange.query().get("signature"))) {
            exchange.respond(403, "application/xml", "<Error><Code>SignatureDoesNotMatch</Code></Error>".getBytes(),
                    Map.of());
            return;
        }
        if ("original".equals(parts[1]) && dataset.original != null) {
            exchange.respond(200, "application/octet-stream", dataset.original, Map.of());
            return;
        }
        List<ObjectNode> rows = parts[1].matches("\\d") ? dataset.part(Integer.parseInt(parts[1])) : null;
        if (rows == null) {
            exchange.respond(404, "application/xml", "<Error><Code>NoSuchKey</Code></Error>".getBytes(), Map.of());
            return;
        }
        exchange.respond(200, "application/avro", AvroParts.write(dataset.schema(), rows), Map.of());
    }

    private void create(SimExchange exchange) throws IOException {
        Map<String, String> q = exchange.query();
        String name = q.get("name");
        String type = q.get("type");
        if (name == null || name.isBlank() || type == null) {
            CohereApi.error(exchange, 400, "invalid request: the name and type parameters must be set");
            return;
        }
        if (name.length() >= 50) {
            CohereApi.error(exchange, 400, "invalid request: the name must be less than 50 characters long");
            return;
        }
        List<SimMultipart.Part> parts = SimMultipart.parse(exchange.header("Content-Type"), exchange.request().body());
        SimMultipart.Part data = parts == null ? null : SimMultipart.find(parts, "data");
        if (data == null) {
            CohereApi.error(exchange, 400, "invalid request: a multipart body with a data file is required");
            return;
        }
        for (SimMultipart.Part p : parts) {
            if (!"data".equals(p.name()) && !"eval_data".equals(p.name())) {
                CohereApi.error(exchange, 400, "invalid request: you used an invalid parameter for part: " + p.name()
                        + " use file or an evaluation file");
                return;
            }
        }
        String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + UUID.randomUUID().toString()
                .substring(0, 8);
        SimDataset dataset;
        try {
            dataset = new DatasetUpload(type, all(exchange, "keep_fields"), all(exchange, "optional_fields"),
                    "true".equals(q.get("skip_malformed_input")), q.get("text_separator"), q.get("csv_delimiter"))
                    .dataset(id, name, data, SimMultipart.find(parts, "eval_data"),
                            "true".equals(q.get("keep_original_file")));
        } catch (DatasetUpload.Rejected e) {
            CohereApi.error(exchange, 400, e.getMessage());
            return;
        }
        if ("true".equals(q.get("dry_run"))) {
            // validated at once and not kept
            dataset.look();
            dataset.look();
            if (!"validated".equals(dataset.status())) {
                CohereApi.error(exchange, 400,
                        "invalid request: " + dataset.json("").path("validation_error").asText());
                return;
            }
        } else {
            datasets.put(id, dataset);
        }
        exchange.respondJson(200, SimJson.object().put("id", id));
    }

    private void list(SimExchange exchange) throws IOException {
        Map<String, String> q = exchange.query();
        List<SimDataset> matching = new ArrayList<>();
        for (SimDataset d : datasets.values()) {
            if ((q.get("datasetType") == null || q.get("datasetType").equals(d.type))
                    && (q.get("validationStatus") == null || q.get("validationStatus").equals(d.status()))
                    && (q.get("before") == null || d.createdAt.isBefore(Instant.parse(q.get("before"))))
                    && (q.get("after") == null || d.createdAt.isAfter(Instant.parse(q.get("after"))))) {
                matching.add(d);
            }
        }
        matching.sort(Comparator.comparing((SimDataset d) -> d.createdAt).thenComparing(d -> d.id));
        int offset = Integer.parseInt(q.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        ObjectNode res = SimJson.object();
        ArrayNode list = res.putArray("datasets");
        matching.stream().skip(offset).limit(limit).forEach(d -> list.add(d.json(root(exchange))));
        exchange.respondJson(200, res);
    }

    /** Every value of a repeated query parameter ({@code keep_fields=a&keep_fields=b}). */
    private static List<String> all(SimExchange exchange, String name) {
        List<String> values = new ArrayList<>();
        String query = exchange.request().query();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name) && kv.length == 2) {
                    values.add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** The server's own root as the client reached it, for the URLs it hands out. */
    static String root(SimExchange exchange) {
        String host = exchange.header("Host");
        return "http://" + (host != null ? host : "127.0.0.1");
    }
}
