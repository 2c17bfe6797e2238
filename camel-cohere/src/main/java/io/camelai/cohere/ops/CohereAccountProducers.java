package io.camelai.cohere.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.support.AiHttpException;
import io.camelai.support.config.PathSegments;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The account operations: models and check-api-key. */
public final class CohereAccountProducers {

    private CohereAccountProducers() {}

    /**
     * {@code GET /v1/models}: a {@code List<Map>} of models (header {@code CamelCohereNextPageToken} carries the next
     * page's token; copy it to {@code CamelCoherePageToken} to get that page), or one model's Map with
     * {@code CamelCohereModelName}.
     */
    public static final class Models extends CohereApiProducer {
        public Models(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            String name = in.getHeader(CohereConstants.MODEL_NAME, String.class);
            if (name != null) {
                JsonNode model = get(exchange, PathSegments.append(getEndpoint().url("/v1/models"),
                        "header " + CohereConstants.MODEL_NAME, name));
                answer(in, toMap(model), model);
                return;
            }
            HttpUrl.Builder url = getEndpoint().url("/v1/models").newBuilder();
            query(url, "page_size", cfg.getPageSize());
            query(url, "page_token", in.getHeader(CohereConstants.PAGE_TOKEN, String.class));
            query(url, "endpoint", cfg.getModelsEndpoint());
            query(url, "default_only", cfg.getDefaultOnly());
            JsonNode r = get(exchange, url.build());
            answer(in, list(r, "models"), r);
            nextPage(in, r);
        }
    }

    /** {@code POST /v1/check-api-key}: {@code true} when the key is valid, with its organization id in a header. */
    public static final class CheckApiKey extends CohereApiProducer {
        public CheckApiKey(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            JsonNode r;
            try {
                r = call(exchange, new Request.Builder().url(getEndpoint().url("/v1/check-api-key"))
                        .post(RequestBody.create(new byte[0])).build());
            } catch (AiHttpException e) {
                if (e.getStatusCode() != 401) {
                    throw e;
                }
                answer(in, false, null);
                return;
            }
            answer(in, r.path("valid").asBoolean(false), r);
            if (r.hasNonNull("organization_id")) {
                in.setHeader(CohereConstants.ORGANIZATION_ID, r.get("organization_id").asText());
            }
        }
    }
}
