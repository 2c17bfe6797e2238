package io.camelai.simulator.qianfan;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.model.SimRequest;
import io.camelai.simulator.openai.OpenAiWire;

/**
 * The Baidu Qianfan API (https://cloud.baidu.com/doc/WENXINWORKSHOP/index.html): the OAuth token endpoint (app keys
 * {@value #APP_KEY} /
 * {@value #APP_SECRET}), the IAM bearer-token endpoint, v1 wenxinworkshop chat and embeddings (authenticated by
 * {@code access_token} or a {@code bce-auth-v1} Authorization for access key {@value #ACCESS_KEY}), errors as
 * {@code error_code} bodies with HTTP 200, and the OpenAI-style v2 API with bearer tokens.
 * <p>
 * IAM authorizations are checked for their shape, the access key, and the {@code x-bce-date} they sign; the signature
 * itself is checked by the client's unit test against Baidu's published vectors. {@link #expireTokens()} makes every
 * token issued so far answer error 111, as a real token does after its 30 days.
 */
public final class QianfanApi implements ProviderApi {

    public static final String APP_KEY = "sim-api-key";
    public static final String APP_SECRET = "sim-secret-key";
    public static final String ACCESS_KEY = "sim-ak";
    /** The most texts one v1 embeddings call accepts. */
    public static final int MAX_EMBEDDING_INPUTS = 16;

    private static final String V1 = "/rpc/2.0/ai_custom/v1/wenxinworkshop/";
    /** The console API's service list (console base URL = the simulator's URL). */
    private static final String SERVICE_LIST = "/wenxinworkshop/service/list";
    private static final Pattern BCE_AUTH = Pattern.compile(
            "bce-auth-v1/([^/]+)/(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)/(\\d+)/([a-z0-9;\\-]+)/([0-9a-f]{64})");

    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final QianfanV1 v1 = new QianfanV1();
    private final QianfanConsole console = new QianfanConsole();
    private static final long TOKEN_LIFETIME_SECONDS = 2_592_000;

    @Override
    public boolean handles(String method, String path) {
        return path.startsWith("/rpc/2.0/") || path.startsWith("/oauth/2.0/") || path.startsWith("/v1/BCE-BEARER/")
                || path.equals(SERVICE_LIST)
                || path.equals("/v2/chat/completions") || path.equals("/v2/embeddings");
    }

    /** Every OAuth and bearer token issued so far now fails with error 111 (expired). */
    public void expireTokens() {
        tokens.replaceAll((k, v) -> Boolean.FALSE);
    }

    /** How many OAuth and bearer tokens were issued. */
    public int tokensIssued() {
        return issued.get();
    }

    @Override
    public void handle(SimExchange exchange, SimModel model) throws IOException {
        String path = exchange.path();
        if (path.equals("/oauth/2.0/token")) {
            oauthToken(exchange);
        } else if (path.equals("/v1/BCE-BEARER/token")) {
            bearerToken(exchange);
        } else if (path.equals(SERVICE_LIST)) {
            console.listServices(exchange, iamProblem(exchange));
        } else if (path.startsWith(V1)) {
            if (authorizedV1(exchange)) {
                String rest = path.substring(V1.length());
                if (rest.startsWith("chat/")) {
                    v1.chat(exchange, model);
                } else if (rest.startsWith("embeddings/")) {
                    v1.embeddings(exchange, rest.substring("embeddings/".length()));
                } else {
                    v1Error(exchange, 336005, "API name not exist");
                }
            }
        } else if (path.startsWith("/rpc/2.0/")) {
            v1Error(exchange, 3, "Unsupported openapi method");
        } else if (authorizedV2(exchange)) {
            if (path.equals("/v2/chat/completions")) {
                v2Chat(exchange, model);
            } else {
                v2Embeddings(exchange);
            }
        }
    }

    private void oauthToken(SimExchange exchange) throws IOException {
        Map<String, String> q = exchange.query();
        if (!"client_credentials".equals(q.get("grant_type"))) {
            exchange.respondJson(400, SimJson.object().put("error", "unsupported_grant_type")
                    .put("error_description", "The authorization grant type is not supported"));
        } else if (!APP_KEY.equals(q.get("client_id"))) {
            exchange.respondJson(401, SimJson.object().put("error", "invalid_client")
                    .put("error_description", "unknown client id"));
        } else if (!APP_SECRET.equals(q.get("client_secret"))) {
            exchange.respondJson(401, SimJson.object().put("error", "invalid_client")
                    .put("error_description", "Client authentication failed"));
        } else {
            String token = "24.sim" + issued.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8);
            tokens.put(token, Boolean.TRUE);
            exchange.respondJson(200, SimJson.object().put("refresh_token", "25.sim-refresh")
                    .put("expires_in", TOKEN_LIFETIME_SECONDS).put("session_key", "sim-session")
                    .put("access_token", token).put("scope", "public brain_all_scope")
                    .put("session_secret", "sim-session-secret"));
        }
    }

    private void bearerToken(SimExchange exchange) throws IOException {
        String problem = iamProblem(exchange);
        if (problem != null) {
            exchange.respondJson(401, SimJson.object().put("code", "InvalidAuthorization").put("message", problem));
            return;
        }
        long seconds = Long.parseLong(exchange.query().getOrDefault("expireInSeconds", "86400"));
        String token = "bce-v3/ALTAK-sim" + issued.incrementAndGet() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        tokens.put(token, Boolean.TRUE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        exchange.respondJson(200, SimJson.object().put("userId", "sim-user").put("token", token)
                .put("status", "enable").put("createTime", now.toString())
                .put("expireTime", now.plusSeconds(seconds).toString()));
    }

    /** access_token in the query (OAuth) or a bce-auth-v1 Authorization (IAM). */
    private boolean authorizedV1(SimExchange exchange) throws IOException {
        String token = exchange.query().get("access_token");
        if (token != null) {
            Boolean valid = tokens.get(token);
            if (valid == null) {
                v1Error(exchange, 110, "Access token invalid or no longer valid");
                return false;
            }
            if (!valid) {
                v1Error(exchange, 111, "Access token expired");
                return false;
            }
            return true;
        }
        String problem = iamProblem(exchange);
        if (problem != null) {
            v1Error(exchange, 14, "IAM Certification failed: " + problem);
            return false;
        }
        return true;
    }

    private String iamProblem(SimExchange exchange) {
        String auth = exchange.header("Authorization");
        if (auth == null) {
            return "no Authorization header and no access_token";
        }
        Matcher m = BCE_AUTH.matcher(auth);
        if (!m.matches()) {
            return "malformed bce-auth-v1 authorization";
        }
        if (!ACCESS_KEY.equals(m.group(1))) {
            return "unknown access key";
        }
        Set<String> signed = Set.of(m.group(4).split(";"));
        if (!signed.contains("host") || !signed.contains("x-bce-date")) {
            return "host and x-bce-date must be signed";
        }
        // the service checks the signature over the x-bce-date sent, not that it equals the auth string's
        // timestamp: an SDK that reads the clock twice may send them a second apart
        Instant at = Instant.parse(m.group(2));
        if (!withinAMinute(exchange.header("x-bce-date"), at)) {
            return "x-bce-date is missing or not within a minute of the signed timestamp";
        }
        if (Instant.now().isAfter(at.plusSeconds(Long.parseLong(m.group(3))))) {
            return "signature expired";
        }
        return null;
    }

    private static boolean withinAMinute(String date, Instant signed) {
        try {
            return date != null && Math.abs(Instant.parse(date).getEpochSecond() - signed.getEpochSecond()) <= 60;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private boolean authorizedV2(SimExchange exchange) throws IOException {
        String auth = exchange.header("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        Boolean valid = token == null ? null : tokens.get(token);
        if (token == null || token.equals("invalid-key") || !token.startsWith("bce-v3/")
                || Boolean.FALSE.equals(valid)) {
            v2Error(exchange, 401, "invalid_iam_token", "IAM Certification failed");
            return false;
        }
        return true;
    }

    private void v2Chat(SimExchange exchange, SimModel model) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.hasNonNull("model") || !req.path("messages").isArray()
                || req.get("messages").isEmpty()) {
            v2Error(exchange, 400, "invalid_argument", "model and messages are required");
            return;
        }
        String imageProblem = imageProblem(req);
        if (imageProblem != null) {
            v2Error(exchange, 400, "invalid_argument", imageProblem);
            return;
        }
        SimRequest request = OpenAiWire.request(req, "stop");
        if (req.hasNonNull("max_completion_tokens")) {
            request = new SimRequest(request.model(), request.messages(), request.tools(),
                    req.get("max_completion_tokens").asInt(), request.stopSequences(), request.format());
        }
        SimReply reply = model.reply(request);
        exchange.countTokens(reply.inputTokens() + reply.outputTokens());
        String id = "as-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if (req.path("stream").asBoolean(false)) {
            OpenAiWire.stream(exchange, id, req.get("model").asText(), reply, false);
        } else {
            exchange.respondJson(200, OpenAiWire.response(id, req.get("model").asText(), reply));
        }
    }

    /**
     * Images only for the image-understanding models (https://cloud.baidu.com/doc/qianfan-api/s/rm7u7qdiq): here
     * those named {@code -vl-} or {@code vision}, ERNIE 4.5 preview and Llama 4; at most 10 MB each.
     */
    private static String imageProblem(JsonNode req) {
        if (SimImages.countAll(req.get("messages")) == 0) {
            return null;
        }
        String name = req.get("model").asText().toLowerCase(Locale.ROOT);
        if (!(name.contains("-vl") || name.contains("vision") || name.equals("ernie-4.5-8k-preview")
                || name.startsWith("llama-4-"))) {
            return "model " + name + " does not support image input";
        }
        return SimImages.problem(req.get("messages"), 10L * 1024 * 1024);
    }

    private void v2Embeddings(SimExchange exchange) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.path("input").isArray() || req.get("input").isEmpty() || !req.hasNonNull("model")) {
            v2Error(exchange, 400, "invalid_argument", "model and input are required");
            return;
        }
        ObjectNode res = SimJson.object().put("id", "as-" + UUID.randomUUID().toString().substring(0, 8))
                .put("object", "list").put("model", req.get("model").asText());
        res.set("data", QianfanV1.embeddingData(req.get("input"), Embeddings.qianfan(req.get("model").asText())));
        int tokens = QianfanV1.tokens(req.get("input"));
        res.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        exchange.countTokens(tokens);
        exchange.respondJson(200, res);
    }

    static void v1Error(SimExchange exchange, int code, String message) throws IOException {
        exchange.respondJson(200, SimJson.object().put("error_code", code).put("error_msg", message)
                .put("id", "as-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static void v2Error(SimExchange exchange, int status, String code, String message) throws IOException {
        v2Error(exchange, status, code, message, Map.of());
    }

    private static void v2Error(SimExchange exchange, int status, String code, String message,
            Map<String, String> headers) throws IOException {
        ObjectNode body = SimJson.object();
        body.putObject("error").put("code", code).put("message", message).put("type", "invalid_request_error");
        body.put("id", "as-" + UUID.randomUUID().toString().substring(0, 8));
        exchange.respondJson(status, body, headers);
    }

    /** The token endpoints and the console API are not model calls: no quota. */
    @Override
    public boolean metered(String path) {
        return path.startsWith(V1) || path.startsWith("/v2/");
    }

    /**
     * The limits and remaining counts Qianfan sends on its model answers
     * (https://cloud.baidu.com/doc/WENXINWORKSHOP/index.html); an unlimited dimension sends none.
     */
    @Override
    public Map<String, String> rateLimitHeaders(SimQuota.Decision quota) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (quota.callLimit() > 0) {
            headers.put("X-Ratelimit-Limit-Requests", Integer.toString(quota.callLimit()));
            headers.put("X-Ratelimit-Remaining-Requests", Long.toString(quota.callsRemaining()));
        }
        if (quota.tokenLimit() > 0) {
            headers.put("X-Ratelimit-Limit-Tokens", Long.toString(quota.tokenLimit()));
            headers.put("X-Ratelimit-Remaining-Tokens", Long.toString(quota.tokensRemaining()));
        }
        return headers;
    }

    /**
     * Over the quota, v2 answers 429 with {@code rpm_rate_limit_exceeded} or {@code tpm_rate_limit_exceeded}; v1
     * answers with its error body, code 336501 (requests) or 336502 (tokens)
     * (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh), here with HTTP 429 like every provider's
     * over-quota answer (the service may send v1 errors with HTTP 200; clients retry those codes either way). Both
     * with {@code Retry-After}.
     */
    @Override
    public void quotaExceeded(SimExchange exchange, SimQuota.Decision quota) throws IOException {
        boolean calls = quota.callsExhausted();
        // v2 answers 429; v1 answers every error with HTTP 200 and its error_code, as the service does
        writeError(exchange, Fault.status(exchange.path().startsWith("/v2/") ? 429 : 200)
                .message(SimQuota.refusal(quota))
                .code(exchange.path().startsWith("/v2/")
                        ? calls ? "rpm_rate_limit_exceeded" : "tpm_rate_limit_exceeded"
                        : calls ? "336501" : "336502")
                .retryAfterSeconds(quota.retryAfterSeconds()));
    }

    @Override
    public void writeError(SimExchange exchange, Fault fault) throws IOException {
        if (exchange.path().startsWith("/v2/")) {
            v2Error(exchange, fault.status() > 0 ? fault.status() : 400,
                    fault.code() != null ? fault.code() : "simulated_error",
                    fault.message() != null ? fault.message() : "simulated error", fault.headers());
            return;
        }
        var body = SimJson.object();
        body.put("error_code", fault.code() != null ? Integer.parseInt(fault.code()) : 1)
                .put("error_msg", fault.message() != null ? fault.message() : "simulated error");
        exchange.respondJson(fault.status() > 0 ? fault.status() : 200, body, fault.headers());
    }

    static ArrayNode array() {
        return SimJson.array();
    }
}
