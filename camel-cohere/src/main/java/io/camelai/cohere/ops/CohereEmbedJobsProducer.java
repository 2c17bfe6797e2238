package io.camelai.cohere.ops;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code /v1/embed-jobs} (https://docs.cohere.com/reference/create-embed-job): {@code action} create (the input
 * dataset is {@code CamelCohereDatasetId} or the body; the body becomes the job id), get (a Map), list (a List of
 * Maps), cancel, and wait: polls the job until it is complete; the body becomes the job (a Map) and
 * {@code CamelCohereOutputDatasetId} its output dataset's id, for {@code datasets?action=download}. The job is named
 * by {@code CamelCohereJobId} or the body. No input header is written.
 */
public final class CohereEmbedJobsProducer extends CohereApiProducer {

    private static final String PATH = "/v1/embed-jobs";
    private static final List<String> ACTIONS = List.of("list", "create", "get", "cancel", "wait");
    /** The job statuses, as the SDKs' wait reads them. */
    private static final StatusPoller POLLER = new StatusPoller("embed job", "/status", Set.of("complete"),
            Set.of("failed", "cancelled"));

    public CohereEmbedJobsProducer(CohereEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
        Message in = exchange.getMessage();
        switch (action(in, cfg, "embed-jobs", ACTIONS)) {
            case "create" -> {
                String dataset = id(in, CohereConstants.DATASET_ID);
                if (cfg.getInputType() == null) {
                    throw new IllegalArgumentException("embed-jobs create needs the option inputType (and the input"
                            + " dataset id in the body or " + CohereConstants.DATASET_ID
                            + ")");
                }
                JsonNode r = post(exchange, PATH, body("model", cfg.getModel(), "dataset_id", dataset,
                        "input_type", cfg.getInputType(), "name", header(in, CohereConstants.NAME, cfg.getName()),
                        "embedding_types", cfg.getEmbeddingTypes(), "truncate", cfg.getTruncate()));
                answer(in, r.path("job_id").asText(), r); // the body, not CamelCohereJobId (an input)
            }
            case "get" -> {
                JsonNode r = get(exchange, url(PATH, id(in, CohereConstants.JOB_ID)));
                answer(in, toMap(r), r);
            }
            case "cancel" -> {
                String id = id(in, CohereConstants.JOB_ID);
                answer(in, id, send(exchange, "POST", url(PATH, id, "cancel"), null));
            }
            case "wait" -> {
                String id = id(in, CohereConstants.JOB_ID);
                JsonNode job = POLLER.await(exchange, id, cfg, getEndpoint().secretMasker(),
                        () -> get(exchange, url(PATH, id)));
                answer(in, toMap(job), job);
                if (job.hasNonNull("output_dataset_id")) {
                    in.setHeader(CohereConstants.OUTPUT_DATASET_ID, job.get("output_dataset_id").asText());
                } else {
                    in.removeHeader(CohereConstants.OUTPUT_DATASET_ID);
                }
            }
            default -> {
                JsonNode r = get(exchange, getEndpoint().url(PATH));
                answer(in, list(r, "embed_jobs"), r);
            }
        }
    }
}
