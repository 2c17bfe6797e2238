package io.camelai.simulator.azure;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.Fault;
import io.camelai.simulator.ProviderApi;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.SimQuota;
import io.camelai.simulator.model.Embeddings;
import io.camelai.simulator.model.SimImages;
import io.camelai.simulator.model.SimMessage;
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.model.SimRequest;
import io.camelai.simulator.openai.OpenAiWire;

/**
 * The Azure AI Model Inference API
 * (https://learn.microsoft.com/azure/ai-foundry/model-inference/reference/reference-model-inference-api), under the
 * {@code /models} root: chat completions
 * (plain and streamed, with the empty-choices first chunk of Azure OpenAI-backed streams), embeddings, image
 * embeddings and info. It checks {@code api-version}, the key ({@code api-key} or {@code Authorization}), and the
 * {@code extra-parameters} rule for keys the API does not define. A user message containing
 * {@value #CONTENT_FILTER_TRIGGER} is rejected like a prompt the content filter caught.
 */
public final class AzureApi implements ProviderApi {

    public static final String INVALID_KEY = "invalid-key";
    /** A prompt containing this phrase gets Azure's content-filter 400. */
    public static final String CONTENT_FILTER_TRIGGER = "[jailbreak]";
    public static final String MODEL_NAME = "sim-chat-model";
    /** The embedding model of an embeddings request that names none on a chat deployment. */
    public static final String EMBED_MODEL_NAME = "Cohere-embed-v3-english";

    private static final Set<String> CHAT_FIELDS = Set.of("messages", "frequency_penalty", "presence_penalty",
            "temperature", "top_p", "max_tokens", "stop", "stream", "seed", "model", "response_format", "tools",
            "tool_choice", "modalities");
    private volatile String deployment = MODEL_NAME;

    private static final Set<String> EMBED_FIELDS = Set.of("input", "dimensions", "encoding_format", "input_type",
            "model");

    /**
     * The model deployed behind the endpoint (default {@value #MODEL_NAME}): {@code /info} describes it, and requests
     * that name no model use it. An embedding model (e.g. {@code Cohere-embed-v3-english}) makes an embeddings
     * deployment.
     */
    public AzureApi deployment(String model) {
        this.deployment = model == null ? MODEL_NAME : model;
        return this;
    }

    public String deployment() {
        return deployment;
    }

    @Override
    public boolean handles(String method, String path) {
        return path.startsWith("/models/");
    }

    @Override
    public void handle(SimExchange exchange, SimModel model) throws IOException {
        if (exchange.query().get("api-version") == null) {
            error(exchange, 400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is"
                    + " required for all requests.");
            return;
        }
        String key = exchange.header("api-key");
        String auth = exchange.header("Authorization");
        if ((key == null || key.isBlank()) && (auth == null || auth.isBlank())) {
            error(exchange, 401, "Unauthorized", "Access denied due to missing subscription key or bearer token.");
            return;
        }
        if (INVALID_KEY.equals(key) || ("Bearer " + INVALID_KEY).equals(auth)) {
            error(exchange, 401, "Unauthorized", "Access denied due to invalid subscription key.");
            return;
        }
        String path = exchange.path().substring("/models".length());
        String method = exchange.method();
        if ("POST".equals(method) && "/chat/completions".equals(path)) {
            chat(exchange, model);
        } else if ("POST".equals(method) && "/embeddings".equals(path)) {
            embed(exchange, false);
        } else if ("POST".equals(method) && "/images/embeddings".equals(path)) {
            embed(exchange, true);
        } else if ("GET".equals(method) && "/info".equals(path)) {
            info(exchange);
        } else {
            error(exchange, 404, "NotFound", "Resource not found: " + method + " " + exchange.path());
        }
    }

    private void chat(SimExchange exchange, SimModel model) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.has("messages") || req.get("messages").isEmpty()) {
            error(exchange, 400, "Invalid input", "messages: at least one message is required");
            return;
        }
        if (!extraParametersAllowed(exchange, req, CHAT_FIELDS)) {
            return;
        }
        String imageProblem = SimImages.problem(req.get("messages"), 20L * 1024 * 1024);
        if (imageProblem != null) {
            error(exchange, 400, "Invalid input", imageProblem);
            return;
        }
        SimRequest request = OpenAiWire.request(req, "stop");
        for (SimMessage m : request.messages()) {
            if (m.isUser() && m.text().contains(CONTENT_FILTER_TRIGGER)) {
                contentFilter(exchange);
                return;
            }
        }
        SimReply reply = model.reply(request);
        exchange.countTokens(reply.inputTokens() + reply.outputTokens());
        String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String modelName = req.hasNonNull("model") ? req.get("model").asText() : deployed(exchange);
        if (req.path("stream").asBoolean(false)) {
            OpenAiWire.stream(exchange, id, modelName, reply, true);
        } else {
            exchange.respondJson(200, OpenAiWire.response(id, modelName, reply), Map.of("x-request-id", id,
                    "apim-request-id", UUID.randomUUID().toString()));
        }
    }

    /** With extra-parameters unset or {@code error}, an unknown top-level key is a 422, as the service does. */
    private static boolean extraParametersAllowed(SimExchange exchange, JsonNode req, Set<String> known)
            throws IOException {
        String mode = exchange.header("extra-parameters");
        if (mode != null && !mode.equals("error")) {
            return true;
        }
        Iterator<String> names = req.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                error(exchange, 422, "Invalid input", "Extra parameters ['" + name + "'] are not allowed when"
                        + " extra-parameters is not set or set to be 'error'.");
                return false;
            }
        }
        return true;
    }

    private void embed(SimExchange exchange, boolean images) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.path("input").isArray() || req.get("input").isEmpty()) {
            error(exchange, 400, "Invalid input", "input: a non-empty array is required");
            return;
        }
        if (!extraParametersAllowed(exchange, req, EMBED_FIELDS)) {
            return;
        }
        String format = req.path("encoding_format").asText("float");
        if (!Set.of("float", "base64", "int8", "uint8", "binary", "ubinary").contains(format)) {
            error(exchange, 422, "Invalid input", "encoding_format: unsupported value '" + format + "'");
            return;
        }
        String inputType = SimJson.text(req, "input_type");
        if (inputType != null && !Set.of("text", "query", "document").contains(inputType)) {
            error(exchange, 422, "Invalid input", "input_type: unsupported value '" + inputType + "'");
            return;
        }
        String name = req.hasNonNull("model") ? req.get("model").asText() : deployed(exchange);
        Embeddings.Model model = Embeddings.azure(name);
        if (model == null) {
            // a model the simulator does not know is served like any embedding model; no name: the default one
            model = req.hasNonNull("model") ? Embeddings.generic(name) : Embeddings.azure(EMBED_MODEL_NAME);
        }
        int dims = model.dimensions();
        if (req.hasNonNull("dimensions")) {
            dims = req.get("dimensions").asInt();
            if (model.sizes().isEmpty()) {
                error(exchange, 422, "Invalid input", "dimensions: the model " + model.name() + " does not support"
                        + " the parameter");
                return;
            }
            if (!model.acceptsSize(dims)) {
                error(exchange, 422, "Invalid input", "dimensions: " + req.get("dimensions") + " is not supported by"
                        + " the model " + model.name());
                return;
            }
        }
        ObjectNode res = SimJson.object().put("id", UUID.randomUUID().toString()).put("object", "list")
                .put("model", model.name());
        ArrayNode data = res.putArray("data");
        int tokens = 0;
        int index = 0;
        for (JsonNode in : req.get("input")) {
            String text = images ? in.path("image").asText("") + in.path("text").asText("") : in.asText();
            tokens += Math.max(1, SimModel.words(text));
            float[] v = SimModel.embed(text, dims);
            data.addObject().put("object", "embedding").put("index", index++)
                    .set("embedding", Embeddings.encode(v, format));
        }
        res.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        exchange.countTokens(tokens);
        exchange.respondJson(200, res);
    }

    /** The deployment a request addresses: the azureml-model-deployment header, else the configured one. */
    private String deployed(SimExchange exchange) {
        String header = exchange.header("azureml-model-deployment");
        return header != null && !header.isBlank() ? header : deployment;
    }

    /**
     * {@code GET /info}: the deployment's name, provider and task type, with the values of the Get Model Info
     * reference
     * (https://learn.microsoft.com/azure/ai-foundry/model-inference/reference/reference-model-inference-info):
     * {@code embeddings} for an embedding model, else {@code chat-completions}.
     */
    private void info(SimExchange exchange) throws IOException {
        String name = deployed(exchange);
        Embeddings.Model embed = Embeddings.azure(name);
        String provider = embed != null
                ? embed.provider()
                : name.toLowerCase().startsWith("cohere-") ? "Cohere" : "Simulator";
        exchange.respondJson(200, SimJson.object().put("model_name", name)
                .put("model_type", embed != null ? "embeddings" : "chat-completions")
                .put("model_provider_name", provider));
    }

    private static void contentFilter(SimExchange exchange) throws IOException {
        ObjectNode body = SimJson.object();
        ObjectNode error = body.putObject("error");
        error.put("message", "The response was filtered due to the prompt triggering Azure OpenAI's content"
                + " management policy. Please modify your prompt and retry.");
        error.putNull("type");
        error.put("param", "prompt").put("code", "content_filter").put("status", 400);
        error.putObject("innererror").put("code", "ResponsibleAIPolicyViolation")
                .set("content_filter_result", OpenAiWire.filterResults(true));
        exchange.respondJson(400, body, Map.of("x-ms-error-code", "content_filter"));
    }

    static void error(SimExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = SimJson.object();
        body.putObject("error").put("code", code).put("message", message);
        exchange.respondJson(status, body, Map.of("x-ms-error-code", code));
    }

    /**
     * The remaining requests and tokens Azure OpenAI sends on every answer
     * (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/quotas-limits); an unlimited dimension sends none.
     */
    @Override
    public Map<String, String> rateLimitHeaders(SimQuota.Decision quota) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (quota.callLimit() > 0) {
            headers.put("x-ratelimit-remaining-requests", Long.toString(quota.callsRemaining()));
        }
        if (quota.tokenLimit() > 0) {
            headers.put("x-ratelimit-remaining-tokens", Long.toString(quota.tokensRemaining()));
        }
        return headers;
    }

    /** Azure's 429: error code {@code 429}, with {@code retry-after-ms} and {@code Retry-After}. */
    @Override
    public void quotaExceeded(SimExchange exchange, SimQuota.Decision quota) throws IOException {
        writeError(exchange, Fault.status(429).code("429").message(SimQuota.refusal(quota))
                .retryAfterMillis(quota.retryAfterMillis()).retryAfterSeconds(quota.retryAfterSeconds()));
    }

    @Override
    public void writeError(SimExchange exchange, Fault fault) throws IOException {
        int status = fault.status() > 0 ? fault.status() : 400;
        var body = SimJson.object();
        body.putObject("error").put("code", fault.code() != null ? fault.code() : String.valueOf(status))
                .put("message", fault.message() != null ? fault.message() : "simulated error " + status);
        exchange.respondJson(status, body, fault.headers());
    }
}
