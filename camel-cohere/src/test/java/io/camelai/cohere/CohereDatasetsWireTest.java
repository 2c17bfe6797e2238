package io.camelai.cohere;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.cohere.ops.DatasetRecords;
import io.camelai.support.AiHttpException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cohere:datasets and embed-jobs wait on the wire: the upload's flags, list filters, polling until a dataset is
 * validated or a job complete, and downloading a dataset's Avro parts (without the API key).
 */
class CohereDatasetsWireTest extends CohereWireTestSupport {

    private static final Schema SCHEMA = SchemaBuilder.record("Row").fields()
            .requiredString("text")
            .name("embeddings").type(SchemaBuilder.record("Embeddings").fields()
                    .name("float").type().array().items().floatType().noDefault().endRecord())
            .noDefault()
            .endRecord();

    @Test
    void createSendsEveryFlagAsAQueryParameterAndTheEvalDataAsASecondPart() throws Exception {
        respond("{\"id\":\"ds-1\"}");
        byte[] data = "text;label\nhi;greeting\n".getBytes(StandardCharsets.UTF_8);

        Message out = template.request(uri("datasets", "action=create&name=intents&datasetType="
                + "single-label-classification-finetune-input"
                + "&keepOriginalFile=true&skipMalformedInput=true"
                + "&keepFields=id,source&optionalFields=lang"
                + "&textSeparator=%0A%0A&csvDelimiter=;&dryRun=true"), e -> {
                    e.getMessage().setBody(data);
                    e.getMessage().setHeader(Exchange.FILE_NAME_ONLY, "intents.csv");
                    e.getMessage().setHeader(CohereConstants.EVAL_DATA, "text;label\nbye;farewell\n");
                }).getMessage();

        assertEquals("ds-1", out.getBody());
        RecordedRequest r = take();
        assertEquals("POST /v1/datasets?name=intents&type=single-label-classification-finetune-input"
                + "&keep_original_file=true&skip_malformed_input=true&keep_fields=id&keep_fields=source"
                + "&optional_fields=lang&text_separator=%0A%0A&csv_delimiter=%3B&dry_run=true",
                r.getMethod() + " " + r.getTarget());
        String type = r.getHeaders().get("Content-Type");
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        String sent = r.getBody().utf8();
        assertEquals(2, sent.split("--" + boundary, -1).length - 2, "two parts");
        assertTrue(sent.contains("Content-Disposition: form-data; name=\"data\"; filename=\"intents.csv\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "text;label\nhi;greeting\n\r\n"), sent);
        assertTrue(sent.contains("Content-Disposition: form-data; name=\"eval_data\"; filename=\"eval-intents.csv\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n"
                + "text;label\nbye;farewell\n\r\n"), sent);
    }

    @Test
    void aCsvDelimiterOfMoreThanOneCharacterIsRefusedBeforeAnyCall() {
        Exchange out = template.send(uri("datasets", "action=create&name=n&datasetType=embed-input&csvDelimiter=;;"),
                e -> e.getMessage().setBody("a;b"));
        assertTrue(messages(out.getException()).contains("csvDelimiter"), messages(out.getException()));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void listFiltersByTypeDatesAndStatusAndPagesWithLimitAndOffset() throws Exception {
        respond("{\"datasets\":[{\"id\":\"ds-2\"}]}");

        Object list = template.requestBody(uri("datasets", "datasetType=embed-input&before=2025-02-01T00:00:00Z"
                + "&after=2025-01-01T00:00:00Z&limit=10&offset=20"
                + "&validationStatus=validated"), (Object) null);

        assertEquals(List.of(Map.of("id", "ds-2")), list);
        RecordedRequest r = take();
        assertEquals("/v1/datasets", r.getUrl().encodedPath());
        assertEquals("2025-02-01T00:00:00Z", r.getUrl().queryParameter("before"));
        assertEquals("2025-01-01T00:00:00Z", r.getUrl().queryParameter("after"));
        assertEquals("GET /v1/datasets?datasetType=embed-input&before=2025-02-01T00%3A00%3A00Z"
                + "&after=2025-01-01T00%3A00%3A00Z&limit=10&offset=20&validationStatus=validated", target(r));
    }

    @Test
    void waitPollsTheDatasetUntilItIsValidated() throws Exception {
        respond("{\"dataset\":{\"id\":\"ds-1\",\"validation_status\":\"queued\"}}");
        respond("{\"dataset\":{\"id\":\"ds-1\",\"validation_status\":\"processing\"}}");
        respond("{\"dataset\":{\"id\":\"ds-1\",\"validation_status\":\"validated\"}}");

        Message out = template.request(uri("datasets", "action=wait&pollInterval=1"),
                e -> e.getMessage().setHeader(CohereConstants.DATASET_ID, "ds-1")).getMessage();

        assertEquals("validated", out.getBody(Map.class).get("validation_status"));
        assertEquals(3, server.getRequestCount());
        for (int i = 0; i < 3; i++) {
            assertEquals("GET /v1/datasets/ds-1", target(take()));
        }
    }

    @Test
    void waitFailsWithTheValidationErrorWhenValidationFails() {
        respond("{\"dataset\":{\"id\":\"ds-1\",\"validation_status\":\"failed\",\"validation_error\":"
                + "\"The required field text was not found in the dataset (line: 2)\"}}");

        Exchange out = template.send(uri("datasets", "action=wait&pollInterval=1"),
                e -> e.getMessage().setBody("ds-1"));

        CohereJobException e = assertInstanceOf(CohereJobException.class, out.getException());
        assertEquals("failed", e.getStatus());
        assertEquals("ds-1", e.getResourceId());
        assertTrue(e.getMessage().contains("(line: 2)"), e.getMessage());
    }

    @Test
    void aMapBodyOrEvalDataIsRefusedRatherThanUploadedAsItsToString() {
        String uri = uri("datasets", "action=create&name=n&datasetType=embed-input");

        Exchange map = template.send(uri, e -> e.getMessage().setBody(Map.of("text", "a")));
        Exchange eval = template.send(uri, e -> {
            e.getMessage().setBody("{\"text\":\"a\"}");
            e.getMessage().setHeader(CohereConstants.EVAL_DATA, List.of("{\"text\":\"b\"}"));
        });

        assertTrue(messages(map.getException()).contains("the body is the file's content"),
                messages(map.getException()));
        assertTrue(messages(eval.getException()).contains("header CamelCohereEvalData is the file's content"),
                messages(eval.getException()));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aValidationErrorEchoingTheApiKeyNeverShowsIt() {
        String key = "sk-validation-echo-1234";
        respond("{\"dataset\":{\"id\":\"ds-1\",\"validation_status\":\"failed\",\"validation_error\":"
                + "\"the key " + key + " may not read this bucket\"}}");

        Exchange out = template.send(uri("datasets", "action=wait&pollInterval=1").replace("apiKey=k", "apiKey=" + key),
                e -> e.getMessage().setBody("ds-1"));

        CohereJobException e = assertInstanceOf(CohereJobException.class, out.getException());
        assertTrue(e.getMessage().contains("the key ****** may not read this bucket"), e.getMessage());
        assertFalse(e.toString().contains(key), e.toString());
    }

    @Test
    void embedJobsWaitPollsUntilCompleteAndNamesTheOutputDatasetInAnOutputHeader() throws Exception {
        respond("{\"job_id\":\"job-1\",\"status\":\"processing\"}");
        respond("{\"job_id\":\"job-1\",\"status\":\"complete\",\"output_dataset_id\":\"out-1\"}");

        Message out = template.request(uri("embed-jobs", "action=wait&pollInterval=1"), e -> {
            e.getMessage().setHeader(CohereConstants.JOB_ID, "job-1");
            e.getMessage().setHeader(CohereConstants.DATASET_ID, "in-1");
        }).getMessage();

        assertEquals("complete", out.getBody(Map.class).get("status"));
        assertEquals("out-1", out.getHeader(CohereConstants.OUTPUT_DATASET_ID));
        assertEquals("in-1", out.getHeader(CohereConstants.DATASET_ID), "an input header: left as the route set it");
        assertEquals("GET /v1/embed-jobs/job-1", target(take()));
        assertEquals("GET /v1/embed-jobs/job-1", target(take()));
    }

    @Test
    void aCancelledJobAndAJobStillRunningAfterWaitTimeoutFailTheWait() {
        respond("{\"job_id\":\"job-1\",\"status\":\"cancelled\"}");
        Exchange cancelled = template.send(uri("embed-jobs", "action=wait"), e -> e.getMessage().setBody("job-1"));
        assertEquals("cancelled", assertInstanceOf(CohereJobException.class, cancelled.getException()).getStatus());

        for (int i = 0; i < 20; i++) {
            respond("{\"job_id\":\"job-2\",\"status\":\"processing\"}");
        }
        Exchange running = template.send(uri("embed-jobs", "action=wait&pollInterval=5&waitTimeout=10"),
                e -> e.getMessage().setBody("job-2"));
        CohereJobException e = assertInstanceOf(CohereJobException.class, running.getException());
        assertEquals("processing", e.getStatus());
        assertTrue(e.getMessage().contains("waitTimeout"), e.getMessage());
    }

    @Test
    void downloadStreamsTheRecordsOfEveryPartInOrderWithoutSendingTheApiKey() throws Exception {
        String part0 = server.url("/bucket/ds-1/0.avro?X-Goog-Signature=abc").toString();
        String part1 = server.url("/bucket/ds-1/1.avro?X-Goog-Signature=def").toString();
        respond("{\"dataset\":{\"id\":\"ds-1\",\"validation_status\":\"validated\",\"dataset_parts\":["
                + "{\"id\":\"p0\",\"name\":\"part 0\",\"url\":\"" + part0 + "\"},"
                + "{\"id\":\"p1\",\"name\":\"part 1\",\"url\":\"" + part1 + "\"}]}}");
        server.enqueue(avro(List.of(row("a", 0.5f), row("b", 0.25f))));
        server.enqueue(avro(List.of(row("c", -1f))));

        List<Map<String, Object>> records = new ArrayList<>();
        int[] requestsBeforeReading = new int[1];
        long[] recordsRead = new long[1];
        Exchange out = Downloads.read(context, uri("datasets", "action=download"),
                e -> e.getMessage().setHeader(CohereConstants.DATASET_ID, "ds-1"), it -> {
                    requestsBeforeReading[0] = server.getRequestCount();
                    try (it) {
                        it.forEachRemaining(records::add);
                        recordsRead[0] = it.recordsRead();
                    }
                });

        assertNull(out.getException());
        assertEquals(1, requestsBeforeReading[0], "nothing is fetched before the first record is read");
        assertEquals(3, recordsRead[0]);
        assertEquals(List.of(Map.of("text", "a", "embeddings", Map.of("float", List.of(0.5f, 1.5f))),
                Map.of("text", "b", "embeddings", Map.of("float", List.of(0.25f, 1.25f))),
                Map.of("text", "c", "embeddings", Map.of("float", List.of(-1f, 0f)))), records);
        RecordedRequest get = take();
        assertEquals("GET /v1/datasets/ds-1", target(get));
        assertEquals("Bearer k", get.getHeaders().get("Authorization"));
        RecordedRequest first = take();
        assertEquals("GET /bucket/ds-1/0.avro?X-Goog-Signature=abc", target(first));
        assertNull(first.getHeaders().get("Authorization"), "the API key never goes to a part URL");
        assertEquals("GET /bucket/ds-1/1.avro?X-Goog-Signature=def", target(take()));
    }

    @Test
    void downloadRecordsThatTheRouteNeverReadsAreClosedWhenTheirExchangeCompletes() {
        respond("{\"dataset\":{\"id\":\"ds-1\",\"dataset_parts\":[{\"name\":\"p\",\"url\":\""
                + server.url("/bucket/p.avro") + "\"}]}}");

        DatasetRecords unread = template.requestBody(uri("datasets", "action=download"), "ds-1", DatasetRecords.class);

        assertFalse(unread.hasNext(), "closed with its exchange: no part is fetched afterwards");
        assertEquals(1, server.getRequestCount(), "only the dataset's metadata was fetched");
    }

    @Test
    void aPartUrlThatIsNeitherHttpsNorUnderTheApiRootIsNotFetched() {
        respond("{\"dataset\":{\"id\":\"ds-1\",\"dataset_parts\":[{\"name\":\"p\","
                + "\"url\":\"http://169.254.169.254/latest/meta-data\"}]}}");

        Exchange out = template.send(uri("datasets", "action=download"), e -> e.getMessage().setBody("ds-1"));

        assertTrue(
                messages(out.getException()).contains("neither https nor under the API root (http://169.254.169.254)"),
                messages(out.getException()));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aPartThatIsNotAvroOrCannotBeFetchedFailsTheIterationWithAnAiHttpException() throws Exception {
        String part = server.url("/bucket/broken.avro").toString();
        String dataset = "{\"dataset\":{\"id\":\"ds-1\",\"dataset_parts\":[{\"name\":\"p\",\"url\":\"" + part
                + "\"}]}}";
        respond(dataset);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/octet-stream")
                .body("not avro at all").build());
        String uri = uri("datasets", "action=download&maxRetries=0");

        RuntimeException[] failure = new RuntimeException[1];
        boolean[] moreAfterFailure = new boolean[1];
        Downloads.read(context, uri, e -> e.getMessage().setBody("ds-1"), it -> {
            try {
                it.hasNext();
            } catch (RuntimeException ex) {
                failure[0] = ex;
            }
            moreAfterFailure[0] = it.hasNext();
        });
        RuntimeCamelException e = assertInstanceOf(RuntimeCamelException.class, failure[0]);
        assertTrue(assertInstanceOf(AiHttpException.class, e.getCause()).getMessage().contains("Avro"),
                e.getCause().getMessage());
        assertFalse(moreAfterFailure[0], "closed after a failure");

        failure[0] = null;
        respond(dataset);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<html>sign in</html>").build());
        Downloads.read(context, uri, x -> x.getMessage().setBody("ds-1"), it -> {
            try {
                it.hasNext();
            } catch (RuntimeException ex) {
                failure[0] = ex;
            }
        });
        e = assertInstanceOf(RuntimeCamelException.class, failure[0]);
        String page = assertInstanceOf(AiHttpException.class, e.getCause()).getMessage();
        assertTrue(page.contains("Content-Type text/html"), page);

        respond(dataset);
        server.enqueue(new MockResponse.Builder().code(403).body("<Error>SignatureDoesNotMatch</Error>").build());
        failure[0] = null;
        Downloads.read(context, uri, x -> x.getMessage().setBody("ds-1"), it -> {
            try {
                it.hasNext();
            } catch (RuntimeException ex) {
                failure[0] = ex;
            }
        });
        e = assertInstanceOf(RuntimeCamelException.class, failure[0]);
        assertEquals(403, assertInstanceOf(AiHttpException.class, e.getCause()).getStatusCode());
    }

    private static GenericRecord row(String text, float first) {
        GenericData.Record embeddings = new GenericData.Record(SCHEMA.getField("embeddings").schema());
        embeddings.put("float", List.of(first, first + 1));
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("text", text);
        r.put("embeddings", embeddings);
        return r;
    }

    private static MockResponse avro(List<GenericRecord> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataFileWriter<GenericRecord> w = new DataFileWriter<>(new GenericDatumWriter<GenericRecord>(SCHEMA))) {
            w.setCodec(CodecFactory.deflateCodec(6));
            w.create(SCHEMA, out);
            for (GenericRecord r : rows) {
                w.append(r);
            }
        }
        return new MockResponse.Builder().addHeader("Content-Type", "application/octet-stream")
                .body(new Buffer().write(out.toByteArray())).build();
    }

    private static String target(RecordedRequest r) {
        return r.getMethod() + " " + r.getTarget();
    }
}
