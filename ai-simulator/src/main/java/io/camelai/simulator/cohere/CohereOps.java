package io.camelai.simulator.cohere;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.Embeddings;
import io.camelai.simulator.model.SimModel;

/**
 * Cohere's operations besides chat (https://docs.cohere.com/reference/about): embed v1/v2, rerank v1/v2, classify,
 * tokenize and detokenize (a word-piece tokenizer that reproduces the reference example), models, check-api-key,
 * generate, summarize. Datasets, embed jobs, connectors and fine-tuning have their own classes.
 */
final class CohereOps {

    private static final List<String> MODELS = List.of("command-a-03-2025", "command-r-plus-08-2024",
            "embed-v4.0", "embed-english-v3.0", "rerank-v3.5");

    private final Map<String, Integer> vocabulary = new ConcurrentHashMap<>(Map.of("token", 10002, "ize", 2261,
            " me", 2012, "!", 8, " :", 2792, "D", 43));
    private final Map<Integer, String> reverse = new ConcurrentHashMap<>(Map.of(10002, "token", 2261, "ize",
            2012, " me", 8, "!", 2792, " :", 43, "D"));

    boolean handle(SimExchange exchange) throws IOException {
        String path = exchange.path();
        String method = exchange.method();
        JsonNode req = exchange.json();
        switch (method + " " + path) {
            case "POST /v1/embed", "POST /v2/embed" -> embed(exchange, req, path.startsWith("/v2"));
            case "POST /v1/rerank", "POST /v2/rerank" -> rerank(exchange, req, path.startsWith("/v1"));
            case "POST /v1/classify" -> classify(exchange, req);
            case "POST /v1/tokenize" -> tokenize(exchange, req);
            case "POST /v1/detokenize" -> detokenize(exchange, req);
            case "GET /v1/models" -> models(exchange);
            case "POST /v1/check-api-key" -> exchange.respondJson(200, SimJson.object().put("valid", true)
                    .put("organization_id", "sim-org").put("owner_id", "sim-owner"));
            case "POST /v1/generate" -> generate(exchange, req);
            case "POST /v1/summarize" -> summarize(exchange, req);
            default -> {
                return byId(exchange, method, path);
            }
        }
        return true;
    }

    private boolean byId(SimExchange exchange, String method, String path) throws IOException {
        String[] parts = path.split("/");
        if (path.startsWith("/v1/models/") && parts.length == 4 && "GET".equals(method)) {
            if (!MODELS.contains(parts[3])) {
                CohereApi.error(exchange, 404, "model '" + parts[3] + "' not found");
            } else {
                exchange.respondJson(200, model(parts[3]));
            }
        } else {
            return false;
        }
        return true;
    }

    private void embed(SimExchange exchange, JsonNode req, boolean v2) throws IOException {
        JsonNode texts = req == null ? null : req.has("texts") ? req.get("texts") : req.get("images");
        if (texts == null || !texts.isArray() || texts.isEmpty()) {
            CohereApi.error(exchange, 400, "invalid request: texts or images must be provided");
            return;
        }
        if (texts.size() > 96) {
            CohereApi.error(exchange, 400, "invalid request: texts must have at most 96 elements, got "
                    + texts.size());
            return;
        }
        if (v2 && (!req.hasNonNull("model") || !req.hasNonNull("input_type"))) {
            CohereApi.error(exchange, 400, "invalid request: model and input_type are required");
            return;
        }
        Embeddings.Model model = Embeddings.cohere(SimJson.text(req, "model"));
        int dims = model.dimensions();
        if (req.hasNonNull("output_dimension")) {
            dims = req.get("output_dimension").asInt();
            if (model.sizes().isEmpty()) {
                CohereApi.error(exchange, 400, "invalid request: output_dimension is only supported by embed-v4.0"
                        + " and newer models, not " + model.name());
                return;
            }
            if (!model.acceptsSize(dims)) {
                CohereApi.error(exchange, 400, "invalid request: output_dimension must be one of "
                        + model.sizes() + ", got " + req.get("output_dimension"));
                return;
            }
        }
        ObjectNode res = SimJson.object().put("id", UUID.randomUUID().toString());
        boolean byType = v2 || req.has("embedding_types");
        res.put("response_type", byType ? "embeddings_by_type" : "embeddings_floats");
        res.set("texts", req.has("texts") ? req.get("texts") : SimJson.array());
        int tokens = 0;
        List<float[]> vectors = new ArrayList<>();
        for (JsonNode t : texts) {
            vectors.add(SimModel.embed(t.asText(), dims));
            tokens += Math.max(1, SimModel.words(t.asText()));
        }
        if (byType) {
            ObjectNode embeddings = res.putObject("embeddings");
            JsonNode types = req.has("embedding_types") ? req.get("embedding_types") : SimJson.array().add("float");
            for (JsonNode type : types) {
                ArrayNode list = embeddings.putArray(type.asText());
                for (float[] v : vectors) {
                    list.add(Embeddings.encode(v, type.asText()));
                }
            }
        } else {
            ArrayNode list = res.putArray("embeddings");
            vectors.forEach(v -> list.add(Embeddings.encode(v, "float")));
        }
        meta(res, v2 ? "2" : "1").putObject("billed_units").put("input_tokens", tokens);
        exchange.countTokens(tokens);
        exchange.respondJson(200, res);
    }

    private void rerank(SimExchange exchange, JsonNode req, boolean v1) throws IOException {
        if (req == null || !req.hasNonNull("query") || !req.path("documents").isArray()
                || (!v1 && !req.hasNonNull("model"))) {
            CohereApi.error(exchange, 400, "invalid request: query and documents" + (v1 ? "" : " and model")
                    + " are required");
            return;
        }
        String query = req.get("query").asText();
        List<double[]> scored = new ArrayList<>();
        int i = 0;
        for (JsonNode d : req.get("documents")) {
            String text = d.isTextual() ? d.asText() : d.path("text").asText(SimJson.write(d));
            if (!v1 && !d.isTextual()) {
                CohereApi.error(exchange, 400, "invalid request: v2 documents must be strings");
                return;
            }
            scored.add(new double[]{i++, SimModel.relevance(query, text)});
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
        int topN = req.path("top_n").asInt(scored.size());
        ObjectNode res = SimJson.object().put("id", UUID.randomUUID().toString());
        ArrayNode results = res.putArray("results");
        for (double[] s : scored.subList(0, Math.min(topN, scored.size()))) {
            ObjectNode r = results.addObject().put("index", (int) s[0]).put("relevance_score", s[1]);
            if (v1 && req.path("return_documents").asBoolean(false)) {
                JsonNode d = req.get("documents").get((int) s[0]);
                r.set("document", d.isTextual() ? SimJson.object().put("text", d.asText()) : d);
            }
        }
        meta(res, v1 ? "1" : "2").putObject("billed_units").put("search_units", 1);
        exchange.respondJson(200, res);
    }

    private void classify(SimExchange exchange, JsonNode req) throws IOException {
        if (req == null || !req.path("inputs").isArray() || req.get("inputs").isEmpty()) {
            CohereApi.error(exchange, 400, "invalid request: inputs must be provided");
            return;
        }
        List<String> labels = new ArrayList<>();
        req.path("examples").forEach(e -> {
            if (!labels.contains(e.path("label").asText())) {
                labels.add(e.path("label").asText());
            }
        });
        if (labels.isEmpty()) {
            labels.addAll(List.of("positive", "negative"));
        }
        ObjectNode res = SimJson.object().put("id", UUID.randomUUID().toString());
        ArrayNode out = res.putArray("classifications");
        for (JsonNode in : req.get("inputs")) {
            String best = labels.get(0);
            double bestScore = -1;
            ObjectNode scores = SimJson.object();
            double total = 0;
            double[] raw = new double[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                double s = 0.1;
                for (JsonNode e : req.path("examples")) {
                    if (labels.get(i).equals(e.path("label").asText())) {
                        s += SimModel.relevance(e.path("text").asText(), in.asText());
                    }
                }
                raw[i] = s;
                total += s;
            }
            for (int i = 0; i < labels.size(); i++) {
                double c = raw[i] / total;
                scores.putObject(labels.get(i)).put("confidence", c);
                if (c > bestScore) {
                    bestScore = c;
                    best = labels.get(i);
                }
            }
            ObjectNode c = out.addObject().put("id", UUID.randomUUID().toString()).put("input", in.asText())
                    .put("prediction", best).put("confidence", bestScore);
            c.putArray("predictions").add(best);
            c.putArray("confidences").add(bestScore);
            c.set("labels", scores);
            c.put("classification_type", "single-label");
        }
        meta(res, "1").putObject("billed_units").put("classifications", req.get("inputs").size());
        exchange.respondJson(200, res);
    }

    /** Known pieces first (the reference example), then words; unknown pieces get stable ids. */
    private void tokenize(SimExchange exchange, JsonNode req) throws IOException {
        if (req == null || !req.hasNonNull("text") || !req.hasNonNull("model")) {
            CohereApi.error(exchange, 400, "invalid request: text and model are required");
            return;
        }
        String text = req.get("text").asText();
        ArrayNode tokens = SimJson.array();
        ArrayNode strings = SimJson.array();
        int at = 0;
        while (at < text.length()) {
            String piece = null;
            for (String known : vocabulary.keySet()) {
                if (text.startsWith(known, at) && (piece == null || known.length() > piece.length())) {
                    piece = known;
                }
            }
            if (piece == null) {
                int end = at + 1;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                piece = text.substring(at, end);
                int id = 20000 + Math.floorMod(SimModel.hash(piece), 10000);
                vocabulary.putIfAbsent(piece, id);
                reverse.putIfAbsent(vocabulary.get(piece), piece);
            }
            tokens.add(vocabulary.get(piece));
            strings.add(piece);
            at += piece.length();
        }
        ObjectNode res = SimJson.object();
        res.set("tokens", tokens);
        res.set("token_strings", strings);
        meta(res, "1");
        exchange.respondJson(200, res);
    }

    private void detokenize(SimExchange exchange, JsonNode req) throws IOException {
        if (req == null || !req.path("tokens").isArray() || !req.hasNonNull("model")) {
            CohereApi.error(exchange, 400, "invalid request: tokens and model are required");
            return;
        }
        StringBuilder sb = new StringBuilder();
        req.get("tokens").forEach(t -> sb.append(reverse.getOrDefault(t.asInt(), "")));
        ObjectNode res = SimJson.object().put("text", sb.toString());
        meta(res, "1");
        exchange.respondJson(200, res);
    }

    private void models(SimExchange exchange) throws IOException {
        Map<String, String> q = exchange.query();
        int size = Integer.parseInt(q.getOrDefault("page_size", "20"));
        int start = Integer.parseInt(q.getOrDefault("page_token", "0"));
        ObjectNode res = SimJson.object();
        ArrayNode list = res.putArray("models");
        List<String> names = MODELS.stream().filter(n -> q.get("endpoint") == null
                || n.startsWith(q.get("endpoint")) || q.get("endpoint")
                        .equals("chat") && n.startsWith("command"))
                .toList();
        for (int i = start; i < Math.min(names.size(), start + size); i++) {
            list.add(model(names.get(i)));
        }
        if (start + size < names.size()) {
            res.put("next_page_token", String.valueOf(start + size));
        }
        exchange.respondJson(200, res);
    }

    private static ObjectNode model(String name) {
        ObjectNode m = SimJson.object().put("name", name).put("is_deprecated", false).put("finetuned", false)
                .put("context_length", 128000);
        String endpoint = name.startsWith("embed") ? "embed" : name.startsWith("rerank") ? "rerank" : "chat";
        m.putArray("endpoints").add(endpoint);
        m.putArray("default_endpoints");
        return m;
    }

    private void generate(SimExchange exchange, JsonNode req) throws IOException {
        if (req == null || !req.hasNonNull("prompt")) {
            CohereApi.error(exchange, 400, "invalid request: prompt must be provided");
            return;
        }
        int n = req.path("num_generations").asInt(1);
        ObjectNode res = SimJson.object().put("id", UUID.randomUUID().toString())
                .put("prompt", req.get("prompt").asText());
        ArrayNode gens = res.putArray("generations");
        for (int i = 0; i < n; i++) {
            gens.addObject().put("id", UUID.randomUUID().toString()).put("index", i)
                    .put("text", "Generated " + (i + 1) + " for: " + req.get("prompt").asText())
                    .put("finish_reason", "COMPLETE");
        }
        if (req.path("stream").asBoolean(false)) {
            streamGeneration(exchange, res);
            return;
        }
        meta(res, "1").putObject("billed_units").put("input_tokens", SimModel.words(req.get("prompt").asText()))
                .put("output_tokens", 4 * n);
        exchange.respondJson(200, res);
    }

    /** v1 generate streamed as JSON lines: text-generation events per word of each generation, then stream-end. */
    private static void streamGeneration(SimExchange exchange, ObjectNode res) throws IOException {
        SimExchange.EventStream out = exchange.stream("application/stream+json", Map.of());
        for (JsonNode g : res.get("generations")) {
            for (String piece : SimModel.pieces(g.get("text").asText())) {
                out.line(SimJson.object().put("event_type", "text-generation").put("text", piece)
                        .put("index", g.get("index").asInt()).put("is_finished", false));
            }
        }
        ObjectNode end = SimJson.object().put("event_type", "stream-end").put("is_finished", true)
                .put("finish_reason", "COMPLETE");
        end.set("response", res);
        out.line(end);
        out.end();
    }

    private void summarize(SimExchange exchange, JsonNode req) throws IOException {
        if (req == null || !req.hasNonNull("text")) {
            CohereApi.error(exchange, 400, "invalid request: text must be provided");
            return;
        }
        String text = req.get("text").asText();
        List<String> words = SimModel.pieces(text);
        String summary = String.join("", words.subList(0, Math.min(8, words.size()))).trim();
        if ("bullets".equals(req.path("format").asText())) {
            summary = "- " + summary;
        }
        ObjectNode res = SimJson.object().put("id", UUID.randomUUID().toString()).put("summary", summary);
        meta(res, "1").putObject("billed_units").put("input_tokens", SimModel.words(text))
                .put("output_tokens", SimModel.words(summary));
        exchange.respondJson(200, res);
    }

    private static ObjectNode meta(ObjectNode res, String version) {
        ObjectNode meta = res.putObject("meta");
        meta.putObject("api_version").put("version", version);
        return meta;
    }
}
