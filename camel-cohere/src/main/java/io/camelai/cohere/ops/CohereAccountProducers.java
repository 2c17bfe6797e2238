package io.camelai.cohere.ops;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.support.AiHttpException;
import io.camelai.support.TextBody;
import io.camelai.support.config.PathSegments;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The account operations: models, check-api-key, embed-jobs and datasets. */
public final class CohereAccountProducers {

    private CohereAccountProducers() {
    }

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
            answer(in, mapper().convertValue(r.path("models"), LIST_OF_MAPS), r);
            // the next page's token is an output of its own: the page token this call read stays as it was
            if (r.hasNonNull("next_page_token") && !r.get("next_page_token").asText().isEmpty()) {
                in.setHeader(CohereConstants.NEXT_PAGE_TOKEN, r.get("next_page_token").asText());
            } else {
                in.removeHeader(CohereConstants.NEXT_PAGE_TOKEN);
            }
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

    /**
     * {@code /v1/embed-jobs}: {@code action} create (the body or {@code CamelCohereDatasetId} is the input dataset;
     * the body becomes the job id), get (a Map), list (a List of Maps), cancel (by {@code CamelCohereJobId} or the
     * body).
     */
    public static final class EmbedJobs extends CohereApiProducer {
        public EmbedJobs(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            String action = action(in, cfg, List.of("create", "get", "list", "cancel"));
            HttpUrl jobs = getEndpoint().url("/v1/embed-jobs");
            switch (action) {
                case "create" -> {
                    String dataset = header(in, CohereConstants.DATASET_ID, in.getBody(String.class));
                    if (dataset == null || dataset.isBlank() || cfg.getInputType() == null) {
                        throw new IllegalArgumentException("embed-jobs create needs the input dataset id (body or "
                                                           + CohereConstants.DATASET_ID + ") and inputType");
                    }
                    JsonNode r = post(exchange, "/v1/embed-jobs", body("model", cfg.getModel(),
                            "dataset_id", dataset, "input_type", cfg.getInputType(),
                            "name", header(in, CohereConstants.NAME, cfg.getName()),
                            "embedding_types", cfg.getEmbeddingTypes(), "truncate", cfg.getTruncate()));
                    answer(in, r.path("job_id").asText(), r); // the body, not CamelCohereJobId (an input)
                }
                case "get" -> {
                    JsonNode r = get(exchange, jobs.newBuilder().addPathSegment(id(in, CohereConstants.JOB_ID))
                            .build());
                    answer(in, toMap(r), r);
                }
                case "cancel" -> {
                    String id = id(in, CohereConstants.JOB_ID);
                    JsonNode r = call(exchange, new Request.Builder().url(jobs.newBuilder().addPathSegment(id)
                            .addPathSegment("cancel").build()).post(RequestBody.create(new byte[0])).build());
                    answer(in, id, r);
                }
                default -> {
                    JsonNode r = get(exchange, jobs);
                    answer(in, mapper().convertValue(r.path("embed_jobs"), LIST_OF_MAPS), r);
                }
            }
        }
    }

    /**
     * {@code /v1/datasets}: {@code action} create (the body's bytes uploaded as the {@code data} part, with
     * {@code name} and {@code datasetType}; the body becomes the dataset id), get, list, delete, usage (bytes used).
     */
    public static final class Datasets extends CohereApiProducer {
        public Datasets(CohereEndpoint endpoint) {
            super(endpoint);
        }

        @Override
        protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
            Message in = exchange.getMessage();
            String action = action(in, cfg, List.of("create", "get", "list", "delete", "usage"));
            HttpUrl datasets = getEndpoint().url("/v1/datasets");
            switch (action) {
                case "create" -> {
                    String name = header(in, CohereConstants.NAME, cfg.getName());
                    byte[] data = in.getBody(byte[].class);
                    if (name == null || cfg.getDatasetType() == null || data == null || data.length == 0) {
                        throw new IllegalArgumentException("datasets create needs name, datasetType and the data"
                                                           + " as the body");
                    }
                    String fileName = header(in, Exchange.FILE_NAME_ONLY, name + ".jsonl");
                    RequestBody multipart = new MultipartBody.Builder().setType(MultipartBody.FORM)
                            .addFormDataPart("data", fileName,
                                    RequestBody.create(data, MediaType.get("application/octet-stream")))
                            .build();
                    JsonNode r = call(exchange, new Request.Builder().url(datasets.newBuilder()
                            .addQueryParameter("name", name).addQueryParameter("type", cfg.getDatasetType()).build())
                            .post(multipart).build());
                    answer(in, r.path("id").asText(), r); // the body, not CamelCohereDatasetId (an input)
                }
                case "get" -> {
                    JsonNode r = get(exchange, datasets.newBuilder()
                            .addPathSegment(id(in, CohereConstants.DATASET_ID)).build());
                    answer(in, toMap(r.path("dataset")), r);
                }
                case "delete" -> {
                    String id = id(in, CohereConstants.DATASET_ID);
                    JsonNode r = call(exchange, new Request.Builder().url(datasets.newBuilder().addPathSegment(id)
                            .build()).delete().build());
                    answer(in, id, r);
                }
                case "usage" -> {
                    JsonNode r = get(exchange, datasets.newBuilder().addPathSegment("usage").build());
                    answer(in, r.path("organization_usage").asLong(), r);
                }
                default -> {
                    HttpUrl.Builder url = datasets.newBuilder();
                    query(url, "datasetType", cfg.getDatasetType());
                    JsonNode r = get(exchange, url.build());
                    answer(in, mapper().convertValue(r.path("datasets"), LIST_OF_MAPS), r);
                }
            }
        }
    }

    /** What header CamelCohereAction may pick: reading actions; writing ones come only from the endpoint. */
    static final Set<String> READ_ACTIONS = Set.of("get", "list", "usage");

    static String action(Message in, CohereConfiguration cfg, List<String> allowed) {
        String configured = cfg.getAction() == null ? "list" : cfg.getAction();
        String action = CohereApiProducer.header(in, CohereConstants.ACTION, configured);
        if (!allowed.contains(action)) {
            throw new IllegalArgumentException("Invalid action '" + action + "': allowed values are "
                                               + String.join(", ", allowed));
        }
        if (!action.equals(configured) && !READ_ACTIONS.contains(action)) {
            throw new IllegalArgumentException("Header " + CohereConstants.ACTION + " cannot pick action '" + action
                                               + "': a header picks only get, list or usage; create, cancel and"
                                               + " delete need the endpoint's action option");
        }
        return action;
    }

    /**
     * The id of one resource (the header, else the body), checked to be one URL path segment: no id can reach another
     * resource or API ({@code ..}, {@code /}, {@code %2F} are refused); {@code addPathSegment} encodes the rest.
     */
    static String id(Message in, String header) {
        return pathSegment(header, CohereApiProducer.header(in, header, TextBody.of(in.getExchange(), in.getBody())));
    }

    /**
     * A resource id or model name from a header or the body as one URL path segment: never empty, never {@code .}
     * or {@code ..} (which would move the call to another path of the API).
     */
    static String pathSegment(String header, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Header " + header + " (or the body) must name the resource");
        }
        return PathSegments.check("header " + header + " (or the body)", value);
    }

    static void query(HttpUrl.Builder url, String name, Object value) {
        if (value != null) {
            url.addQueryParameter(name, String.valueOf(value));
        }
    }

    static com.fasterxml.jackson.databind.ObjectMapper mapper() {
        return io.camelai.support.json.AiJson.mapper();
    }
}
