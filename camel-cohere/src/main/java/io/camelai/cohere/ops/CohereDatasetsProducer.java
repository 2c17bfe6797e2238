package io.camelai.cohere.ops;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.support.TextBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code /v1/datasets} (https://docs.cohere.com/reference/create-dataset): {@code action} create (the body's bytes
 * uploaded as the {@code data} part, {@code CamelCohereEvalData} as {@code eval_data}; the body becomes the dataset
 * id), get, list (filtered and paged), delete, usage (bytes used), wait (polls until the dataset is validated), and
 * download: the dataset's records, read lazily from its parts, as an {@link DatasetRecords iterator of Maps}. The
 * dataset is named by {@code CamelCohereDatasetId} or the body. No input header is written.
 */
public final class CohereDatasetsProducer extends CohereApiProducer {

    private static final String PATH = "/v1/datasets";
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
    private static final List<String> ACTIONS = List.of("list", "create", "get", "delete", "usage", "wait",
            "download");
    /** The validation statuses, as the SDKs' wait reads them. */
    private static final StatusPoller POLLER = new StatusPoller("dataset", "/dataset/validation_status",
            Set.of("validated"), Set.of("failed", "skipped", "unknown"));

    private DatasetDownloads downloads;

    public CohereDatasetsProducer(CohereEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        downloads = new DatasetDownloads(getEndpoint());
    }

    @Override
    protected void process(Exchange exchange, CohereConfiguration cfg) throws Exception {
        Message in = exchange.getMessage();
        switch (action(in, cfg, "datasets", ACTIONS)) {
            case "create" -> create(exchange, in, cfg);
            case "get" -> {
                JsonNode r = get(exchange, url(PATH, id(in, CohereConstants.DATASET_ID)));
                answer(in, toMap(r.path("dataset")), r);
            }
            case "delete" -> {
                String id = id(in, CohereConstants.DATASET_ID);
                answer(in, id, send(exchange, "DELETE", url(PATH, id), null));
            }
            case "usage" -> {
                JsonNode r = get(exchange, url(PATH, "usage"));
                answer(in, r.path("organization_usage").asLong(), r);
            }
            case "wait" -> {
                String id = id(in, CohereConstants.DATASET_ID);
                JsonNode r = POLLER.await(exchange, id, cfg, getEndpoint().secretMasker(),
                        () -> get(exchange, url(PATH, id)));
                answer(in, toMap(r.path("dataset")), r);
            }
            case "download" -> {
                String id = id(in, CohereConstants.DATASET_ID);
                JsonNode r = get(exchange, url(PATH, id));
                answer(in, downloads.records(exchange, r.path("dataset")), r);
            }
            default -> {
                HttpUrl.Builder url = getEndpoint().url(PATH).newBuilder();
                query(url, "datasetType", cfg.getDatasetType());
                query(url, "before", cfg.getBefore());
                query(url, "after", cfg.getAfter());
                query(url, "limit", cfg.getLimit());
                query(url, "offset", cfg.getOffset());
                query(url, "validationStatus", cfg.getValidationStatus());
                JsonNode r = get(exchange, url.build());
                answer(in, list(r, "datasets"), r);
            }
        }
    }

    /**
     * A file's content: bytes, or what Camel turns into text (a String, a file, a stream). A Map or another object is
     * refused rather than uploaded as its {@code toString()}.
     */
    private static byte[] content(Message in, Object value, String what) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (!TextBody.isText(in.getExchange().getContext(), value)) {
            throw new IllegalArgumentException("datasets create: " + what + " is the file's content (bytes, or "
                    + TextBody.ACCEPTED + "), not a " + TextBody.typeOf(value));
        }
        return in.getExchange().getContext().getTypeConverter().convertTo(byte[].class, in.getExchange(), value);
    }

    private void create(Exchange exchange, Message in, CohereConfiguration cfg) throws Exception {
        String name = header(in, CohereConstants.NAME, cfg.getName());
        byte[] data = content(in, in.getBody(), "the body");
        if (name == null || cfg.getDatasetType() == null || data == null || data.length == 0) {
            throw new IllegalArgumentException("datasets create needs name, datasetType and the data as the body");
        }
        if (cfg.getCsvDelimiter() != null && cfg.getCsvDelimiter().length() != 1) {
            throw new IllegalArgumentException("Invalid value '" + cfg.getCsvDelimiter() + "' for option csvDelimiter:"
                    + " the delimiter is one character");
        }
        String fileName = header(in, Exchange.FILE_NAME_ONLY, name + ".jsonl");
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("data", fileName, RequestBody.create(data, OCTET_STREAM));
        byte[] eval = content(in, in.getHeader(CohereConstants.EVAL_DATA), "header " + CohereConstants.EVAL_DATA);
        if (eval != null) {
            form.addFormDataPart("eval_data", "eval-" + fileName, RequestBody.create(eval, OCTET_STREAM));
        }
        HttpUrl.Builder url = getEndpoint().url(PATH).newBuilder()
                .addQueryParameter("name", name).addQueryParameter("type", cfg.getDatasetType());
        query(url, "keep_original_file", cfg.getKeepOriginalFile());
        query(url, "skip_malformed_input", cfg.getSkipMalformedInput());
        query(url, "keep_fields", cfg.getKeepFields());
        query(url, "optional_fields", cfg.getOptionalFields());
        query(url, "text_separator", cfg.getTextSeparator());
        query(url, "csv_delimiter", cfg.getCsvDelimiter());
        query(url, "dry_run", cfg.getDryRun());
        JsonNode r = call(exchange, new Request.Builder().url(url.build()).post(form.build()).build());
        answer(in, r.path("id").asText(), r); // the body, not CamelCohereDatasetId (an input)
    }
}
