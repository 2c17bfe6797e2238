package io.camelai.qianfan.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.qianfan.QianfanEndpoint;
import io.camelai.qianfan.QianfanErrors;
import io.camelai.qianfan.QianfanModels;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatHeaders;
import io.camelai.support.chat.Usage;
import io.camelai.support.embed.EmbeddingInputs;
import io.camelai.support.embed.EmbeddingVectors;
import io.camelai.support.json.AiJson;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * v1 {@code POST .../wenxinworkshop/embeddings/{endpoint}} and v2 {@code POST /v2/embeddings}: a String or a List of
 * Strings in, a {@code List<float[]>} in input order out, in calls of at most 16 texts (the v1 limit).
 */
public final class QianfanEmbedProducer extends DefaultProducer {

    static final int PROVIDER_LIMIT = 16;
    private static final MediaType JSON = MediaType.get("application/json");

    public QianfanEmbedProducer(QianfanEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public QianfanEndpoint getEndpoint() {
        return (QianfanEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        QianfanConfiguration cfg = (QianfanConfiguration) getEndpoint().configurationFor(exchange);
        Message in = exchange.getMessage();
        List<String> texts = EmbeddingInputs.texts(in, QianfanConstants.SCHEME);
        String header = in.getHeader(AiHeaders.MODEL, String.class);
        String model = header != null ? header : cfg.getModel();
        String userId = in.getHeader(QianfanConstants.USER_ID, cfg.getUserId(), String.class);
        HttpUrl url = cfg.isV2() ? getEndpoint().url("/v2/embeddings") : v1Url(cfg, header, model);

        List<JsonNode> responses = getEndpoint().embeddingBatcher(PROVIDER_LIMIT).run(texts, (batch, offset) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            if (cfg.isV2()) {
                body.put("model", model != null ? model : "embedding-v1");
            }
            body.put("input", batch);
            body.put(cfg.isV2() ? "user" : "user_id", userId);
            Request request = new Request.Builder().url(url)
                    .post(RequestBody.create(AiJson.write(body), JSON)).build();
            return getEndpoint().httpClient().executeJson(exchange, request, (response, json) -> {
                QianfanErrors.check(json, exchange, request, response.header("X-Baidu-Request-Id"),
                        getEndpoint().secretMasker());
                return json;
            });
        });

        List<float[]> vectors = new ArrayList<>(texts.size());
        Usage usage = null;
        for (JsonNode r : responses) {
            List<JsonNode> data = new ArrayList<>();
            r.path("data").forEach(data::add);
            data.sort((a, b) -> Integer.compare(a.path("index").asInt(), b.path("index").asInt()));
            for (JsonNode d : data) {
                vectors.add(EmbeddingVectors.floats(d.path("embedding")));
            }
            JsonNode u = r.get("usage");
            Usage batch = u == null || !u.isObject() ? null
                    : Usage.of(Usage.count(u, "prompt_tokens"), null, Usage.count(u, "total_tokens"));
            usage = usage == null ? batch : usage.plus(batch);
        }
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException("qianfan returned " + vectors.size() + " embeddings for " + texts.size()
                                            + " inputs");
        }
        in.setBody(vectors);
        ChatHeaders.usage(in, usage);
        in.setHeader(AiHeaders.RESPONSE, responses.size() == 1 ? responses.get(0) : responses);
    }

    /** The v1 URL: the endpoint option's service when no model is named (header or option), else the model's. */
    private HttpUrl v1Url(QianfanConfiguration cfg, String header, String model) {
        if (cfg.getEndpoint() != null && model == null) {
            return getEndpoint().v1Url("embeddings", "option endpoint", cfg.getEndpoint());
        }
        String source = header != null ? "header " + AiHeaders.MODEL : "option model";
        return getEndpoint().v1Url("embeddings", source,
                QianfanModels.embeddingsEndpoint(source, model != null ? model : "embedding-v1"));
    }
}
