package io.camelai.cohere.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import okhttp3.HttpUrl;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code /v1/finetuning/finetuned-models} (https://docs.cohere.com/reference/listfinetunedmodels): {@code action}
 * list, create, get, update (PATCH), delete, events and training-step-metrics. Create sends the body when it is a
 * fine-tuned model object (one with {@code settings}), else builds one from {@code name}, {@code baseType} and the
 * training dataset ({@code CamelCohereDatasetId}). The model is named by {@code CamelCohereFinetunedModelId} or, for
 * get, delete, events and training-step-metrics, by the body. Lists are paged like models: {@code pageSize},
 * {@code CamelCoherePageToken} in and {@code CamelCohereNextPageToken} out. A model answer is the body (a Map holding
 * its id); no input header is written.
 */
public final class CohereFinetuningProducer extends CohereApiProducer {

    private static final String PATH = "/v1/finetuning/finetuned-models";
    private static final List<String> ACTIONS = List.of("list", "create", "get", "update", "delete", "events",
            "training-step-metrics");

    public CohereFinetuningProducer(CohereEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
        Message in = exchange.getMessage();
        switch (action(in, cfg, "finetuning", ACTIONS)) {
            case "create" -> model(in, send(exchange, "POST", getEndpoint().url(PATH), newModel(in, cfg)));
            case "get" -> model(in, get(exchange, url(PATH, id(in, CohereConstants.FINETUNED_MODEL_ID))));
            case "update" -> {
                String id = headerId(in, CohereConstants.FINETUNED_MODEL_ID);
                Map<String, Object> model = JsonBodies.object(in, "finetuning update");
                if (model == null || !model.containsKey("name") || !model.containsKey("settings")) {
                    throw new IllegalArgumentException("finetuning update: the body must be the fine-tuned model's"
                            + " new name and settings (a JSON object with both)");
                }
                model(in, send(exchange, "PATCH", url(PATH, id), model));
            }
            case "delete" -> {
                String id = id(in, CohereConstants.FINETUNED_MODEL_ID);
                answer(in, id, send(exchange, "DELETE", url(PATH, id), null));
            }
            case "events" -> page(in, cfg, exchange, url(PATH, id(in, CohereConstants.FINETUNED_MODEL_ID), "events"),
                    "events", true);
            case "training-step-metrics" -> page(in, cfg, exchange,
                    url(PATH, id(in, CohereConstants.FINETUNED_MODEL_ID), "training-step-metrics"), "step_metrics",
                    false);
            default -> page(in, cfg, exchange, getEndpoint().url(PATH), "finetuned_models", true);
        }
    }

    private static Map<String, Object> newModel(Message in, CohereConfiguration cfg) {
        Map<String, Object> model = JsonBodies.isObject(in) ? JsonBodies.object(in, "finetuning create") : null;
        if (model != null && model.containsKey("settings")) {
            if (!model.containsKey("name")) {
                throw new IllegalArgumentException("finetuning create: the fine-tuned model body has settings but"
                        + " no name");
            }
            return model;
        }
        String name = header(in, CohereConstants.NAME, cfg.getName());
        String dataset = in.getHeader(CohereConstants.DATASET_ID, String.class);
        if (name == null || cfg.getBaseType() == null || dataset == null) {
            throw new IllegalArgumentException("finetuning create needs a fine-tuned model as the body, or name (option"
                    + " or " + CohereConstants.NAME + "), baseType and the training"
                    + " dataset in " + CohereConstants.DATASET_ID);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("base_model", Map.of("base_type", cfg.getBaseType()));
        settings.put("dataset_id", dataset);
        return body("name", name, "settings", settings);
    }

    private void page(Message in, CohereConfiguration cfg, Exchange exchange, HttpUrl base, String field,
            boolean ordered) throws Exception {
        HttpUrl.Builder url = base.newBuilder();
        query(url, "page_size", cfg.getPageSize());
        query(url, "page_token", in.getHeader(CohereConstants.PAGE_TOKEN, String.class));
        if (ordered) {
            query(url, "order_by", cfg.getOrderBy());
        }
        JsonNode r = get(exchange, url.build());
        answer(in, list(r, field), r);
        nextPage(in, r);
        if (r.has("total_size")) {
            in.setHeader(CohereConstants.TOTAL_COUNT, r.get("total_size").asLong());
        }
    }

    /** The model of a {@code {"finetuned_model": {...}}} answer as the body (its id is in it). */
    private static void model(Message in, JsonNode r) {
        answer(in, toMap(r.path("finetuned_model")), r);
    }
}
