package io.camelai.qianfan.embed;

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
import io.camelai.support.chat.Usage;
import io.camelai.support.embed.EmbeddingBatcher;
import io.camelai.support.embed.EmbeddingProvider;
import io.camelai.support.embed.EmbeddingVectors;
import io.camelai.support.embed.VectorJson;
import io.camelai.support.json.AiJson;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Qianfan's embeddings for {@link io.camelai.support.embed.EmbeddingProducer}: v1
 * {@code POST .../wenxinworkshop/embeddings/{endpoint}} and v2 {@code POST /v2/embeddings}, Strings in,
 * {@code float[]} out, at most 16 texts per call (the v1 limit).
 */
public final class QianfanEmbed implements EmbeddingProvider<String, QianfanConfiguration> {

    private final QianfanEndpoint endpoint;

    public QianfanEmbed(QianfanEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public String name() {
        return QianfanConstants.SCHEME;
    }

    @Override
    public int providerLimit() {
        return 16;
    }

    @Override
    public EmbeddingBatcher.BatchCall<String, Batch> call(Exchange exchange, QianfanConfiguration cfg,
            List<String> inputs) {
        Message in = exchange.getMessage();
        String header = in.getHeader(AiHeaders.MODEL, String.class);
        String model = header != null ? header : cfg.getModel();
        String userId = in.getHeader(QianfanConstants.USER_ID, cfg.getUserId(), String.class);
        HttpUrl url = cfg.isV2() ? endpoint.url("/v2/embeddings") : v1Url(cfg, header, model);

        return (batch, offset) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            if (cfg.isV2()) {
                body.put("model", model != null ? model : "embedding-v1");
            }
            body.put("input", batch);
            body.put(cfg.isV2() ? "user" : "user_id", userId);
            Request request = new Request.Builder().url(url)
                    .post(AiJson.requestBody(body)).build();
            JsonNode r = endpoint.httpClient().executeJson(exchange, request,
                    response -> VectorJson.read(response, VectorJson.OPENAI), (response, json) -> {
                        QianfanErrors.check(json, exchange, request, response.header("X-Baidu-Request-Id"),
                                endpoint.secretMasker());
                        return json;
                    });
            JsonNode u = r.get("usage");
            Usage usage = u == null || !u.isObject()
                    ? null
                    : Usage.of(Usage.count(u, "prompt_tokens"), null, Usage.count(u, "total_tokens"));
            return Batch.of("float", EmbeddingVectors.ofData(r, "float"), usage, null, r);
        };
    }

    /** The v1 URL: the endpoint option's service when no model is named (header or option), else the model's. */
    private HttpUrl v1Url(QianfanConfiguration cfg, String header, String model) {
        if (cfg.getEndpoint() != null && model == null) {
            return endpoint.v1Url("embeddings", "option endpoint", cfg.getEndpoint());
        }
        String source = header != null ? "header " + AiHeaders.MODEL : "option model";
        return endpoint.v1Url("embeddings", source,
                QianfanModels.embeddingsEndpoint(source, model != null ? model : "embedding-v1"));
    }
}
