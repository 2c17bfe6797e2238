package io.camelai.cohere;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account operations on the wire: models, check-api-key, embed-jobs and datasets. */
class CohereAccountWireTest extends CohereWireTestSupport {

    // ---- models, check-api-key

    @Test
    void modelsListsWithItsQueryAndGivesTheNextPageTokenInItsOwnHeader() throws Exception {
        respond("{\"models\":[{\"name\":\"command\"}],\"next_page_token\":\"tok2\"}");
        respond("{\"models\":[{\"name\":\"embed\"}]}");
        String uri = uri("models", "pageSize=5&modelsEndpoint=chat&defaultOnly=true");

        Message first = template.request(uri, e -> e.getMessage().setHeader(CohereConstants.PAGE_TOKEN, "tok1"))
                .getMessage();
        Message last = template.request(uri, e -> e.getMessage().setHeader(CohereConstants.PAGE_TOKEN, "tok2"))
                .getMessage();

        assertEquals(List.of(Map.of("name", "command")), first.getBody());
        assertEquals("tok2", first.getHeader(CohereConstants.NEXT_PAGE_TOKEN));
        assertEquals("tok1", first.getHeader(CohereConstants.PAGE_TOKEN), "the input header is left as it was");
        assertNull(last.getHeader(CohereConstants.NEXT_PAGE_TOKEN), "no more pages");
        RecordedRequest r = take();
        assertEquals("GET", r.getMethod());
        assertEquals("/v1/models", r.getUrl().encodedPath());
        assertEquals("5", r.getUrl().queryParameter("page_size"));
        assertEquals("tok1", r.getUrl().queryParameter("page_token"));
        assertEquals("chat", r.getUrl().queryParameter("endpoint"));
        assertEquals("true", r.getUrl().queryParameter("default_only"));
        assertEquals(4, r.getUrl().querySize());
        assertEquals("tok2", take().getUrl().queryParameter("page_token"));
    }

    @Test
    void modelsGetsOneModelByName() throws Exception {
        respond("{\"name\":\"command-r\",\"context_length\":128000}");

        Object model = template.requestBodyAndHeader(uri("models", "pageSize=5"), null, CohereConstants.MODEL_NAME,
                "command-r");

        assertEquals(Map.of("name", "command-r", "context_length", 128000), model);
        RecordedRequest r = take();
        assertEquals("GET /v1/models/command-r", r.getMethod() + " " + r.getTarget());
    }

    @Test
    void checkApiKeyPostsNothingAndAnswersFalseOn401() throws Exception {
        respond("{\"valid\":true,\"organization_id\":\"org-1\"}");
        respond(401, "{\"id\":\"x\",\"message\":\"invalid api token\"}");

        Message valid = template.request(uri("check-api-key", ""), e -> {}).getMessage();
        Object invalid = template.requestBody(uri("check-api-key", ""), (Object) null);

        assertEquals(true, valid.getBody());
        assertEquals("org-1", valid.getHeader(CohereConstants.ORGANIZATION_ID));
        assertEquals(false, invalid);
        RecordedRequest r = take();
        assertEquals("POST /v1/check-api-key", r.getMethod() + " " + r.getTarget());
        assertEquals(0, r.getBodySize());
        assertEquals(2, server.getRequestCount(), "a 401 is not retried");
    }

    // ---- embed-jobs

    @Test
    void embedJobsCreateGetListAndCancel() throws Exception {
        respond("{\"job_id\":\"job-1\",\"meta\":{}}");
        respond("{\"job_id\":\"job-1\",\"status\":\"processing\"}");
        respond("{\"embed_jobs\":[{\"job_id\":\"job-1\"},{\"job_id\":\"job-0\"}]}");
        server.enqueue(new MockResponse.Builder().build()); // cancel: 200 with an empty body
        String uri = uri("embed-jobs", "action=create&model=embed-english-v3.0&inputType=search_document&name=job"
                + "&embeddingTypes=float,int8&truncate=END");

        Message created = template.request(uri, e -> e.getMessage().setBody("ds-1")).getMessage();
        Message job = template.request(uri, e -> action(e, "get").setHeader(CohereConstants.JOB_ID, "job-1"))
                .getMessage();
        Object jobs = template.request(uri, e -> action(e, "list")).getMessage().getBody();
        Object cancelled = template.request(uri.replace("action=create", "action=cancel"),
                e -> e.getMessage().setBody("job-1")).getMessage().getBody();

        assertEquals("job-1", created.getBody());
        assertNull(created.getHeader(CohereConstants.JOB_ID), "the new id is the body; the input header stays unset");
        assertEquals(Map.of("job_id", "job-1", "status", "processing"), job.getBody());
        assertEquals(List.of(Map.of("job_id", "job-1"), Map.of("job_id", "job-0")), jobs);
        assertEquals("job-1", cancelled);
        RecordedRequest create = take();
        assertEquals("POST /v1/embed-jobs", create.getMethod() + " " + create.getTarget());
        assertEquals(json("""
                {"model":"embed-english-v3.0","dataset_id":"ds-1","input_type":"search_document","name":"job",
                 "embedding_types":["float","int8"],"truncate":"END"}
                """), body(create));
        assertRequest("GET /v1/embed-jobs/job-1", take());
        assertRequest("GET /v1/embed-jobs", take());
        RecordedRequest cancel = take();
        assertRequest("POST /v1/embed-jobs/job-1/cancel", cancel);
        assertEquals(0, cancel.getBodySize());
    }

    // ---- datasets

    @Test
    void datasetsCreateUploadsTheBodyAsTheDataPartOfAMultipartForm() throws Exception {
        respond("{\"id\":\"ds-1\"}");
        byte[] data = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8);

        Message out = template.request(uri("datasets", "action=create&datasetType=embed-input"), e -> {
            e.getMessage().setBody(data);
            e.getMessage().setHeader(CohereConstants.NAME, "my set");
        }).getMessage();

        assertEquals("ds-1", out.getBody());
        assertNull(out.getHeader(CohereConstants.DATASET_ID), "the new id is the body; the input header stays unset");
        RecordedRequest r = take();
        assertEquals("POST", r.getMethod());
        assertEquals("/v1/datasets", r.getUrl().encodedPath());
        assertEquals("my set", r.getUrl().queryParameter("name"));
        assertEquals("embed-input", r.getUrl().queryParameter("type"));
        String type = r.getHeaders().get("Content-Type");
        assertTrue(type.startsWith("multipart/form-data; boundary="), type);
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        String sent = r.getBody().utf8();
        String part = sent.substring(sent.indexOf("--" + boundary) + boundary.length() + 2,
                sent.lastIndexOf("--" + boundary + "--"));
        assertTrue(part.contains("Content-Disposition: form-data; name=\"data\"; filename=\"my set.jsonl\""), part);
        assertTrue(part.endsWith("\r\n\r\n" + new String(data, StandardCharsets.UTF_8) + "\r\n"), part);
        assertEquals(1, sent.split("--" + boundary, -1).length - 2, "one part");
    }

    @Test
    void datasetsGetListDeleteAndUsage() throws Exception {
        respond("{\"dataset\":{\"id\":\"ds-1\",\"name\":\"my set\"}}");
        respond("{\"datasets\":[{\"id\":\"ds-1\"}]}");
        respond("{}");
        respond("{\"organization_usage\":12345}");
        String uri = uri("datasets", "datasetType=embed-input");

        Object dataset = template.request(uri, e -> action(e, "get").setHeader(CohereConstants.DATASET_ID, "ds-1"))
                .getMessage().getBody();
        Object datasets = template.request(uri, e -> action(e, "list")).getMessage().getBody();
        Object deleted = template.request(uri + "&action=delete", e -> e.getMessage().setBody("ds-1")).getMessage()
                .getBody();
        Object usage = template.request(uri, e -> action(e, "usage")).getMessage().getBody();

        assertEquals(Map.of("id", "ds-1", "name", "my set"), dataset);
        assertEquals(List.of(Map.of("id", "ds-1")), datasets);
        assertEquals("ds-1", deleted);
        assertEquals(12345L, usage);
        assertRequest("GET /v1/datasets/ds-1", take());
        assertRequest("GET /v1/datasets?datasetType=embed-input", take());
        assertRequest("DELETE /v1/datasets/ds-1", take());
        assertRequest("GET /v1/datasets/usage", take());
    }

    @Test
    void theActionHeaderPicksOnlyAReadActionWritingOnesNeedTheEndpointOption() {
        String uri = uri("datasets", "datasetType=embed-input");

        for (String write : List.of("delete", "create")) {
            Exchange out = template.request(uri, e -> action(e, write).setBody("ds-1"));
            assertEquals("Header CamelCohereAction cannot pick action '" + write + "' of cohere:datasets: a header"
                    + " picks only list, get, usage, wait or download; create and delete need the endpoint's"
                    + " action option", out.getException().getMessage());
        }
        Exchange cancel = template.request(uri("embed-jobs", "action=create"), e -> action(e, "cancel").setBody("j"));
        assertTrue(cancel.getException().getMessage().startsWith("Header CamelCohereAction cannot pick action"
                + " 'cancel'"));
        assertEquals(0, server.getRequestCount(), "refused before any call");
    }

    // ---- ids in URL paths

    @ParameterizedTest
    @ValueSource(strings = {"../../v1/chat", "..", ".", "ds-1/../../v2/chat", "ds%2F..%2Fchat", "%2e%2e", "a\\b",
            "ds-1\r\nX-Injected: 1"})
    void aDatasetIdThatCouldLeaveItsPathSegmentIsRefusedBeforeAnyRequest(String id) {
        for (String action : List.of("get", "delete")) {
            Exchange out = template.request(uri("datasets", "action=" + action),
                    e -> e.getMessage().setHeader(CohereConstants.DATASET_ID, id));

            IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
            assertTrue(e.getMessage().contains("for header CamelCohereDatasetId (or the body)")
                    && e.getMessage().contains("not '.' or '..'"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../datasets/ds-1", "..", "job%2F1"})
    void anEmbedJobIdThatCouldLeaveItsPathSegmentIsRefusedBeforeAnyRequest(String id) {
        for (String action : List.of("get", "cancel")) {
            Exchange out = template.request(uri("embed-jobs", "action=" + action), e -> e.getMessage().setBody(id));

            IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
            assertTrue(e.getMessage().contains("for header CamelCohereJobId (or the body)"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../chat", "command%2F..", "."})
    void aModelNameThatCouldLeaveItsPathSegmentIsRefusedBeforeAnyRequest(String name) {
        Exchange out = template.request(uri("models", ""),
                e -> e.getMessage().setHeader(CohereConstants.MODEL_NAME, name));

        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(e.getMessage().contains("for header CamelCohereModelName"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void idsWithCharactersAPathMustEncodeAreSentEncodedAsOneSegment() throws Exception {
        respond("{\"dataset\":{\"id\":\"my set?#1\"}}");
        respond("{\"name\":\"ft:model é\"}");

        template.request(uri("datasets", ""), e -> action(e, "get").setHeader(CohereConstants.DATASET_ID, "my set?#1"));
        template.request(uri("models", ""), e -> e.getMessage().setHeader(CohereConstants.MODEL_NAME, "ft:model é"));

        assertRequest("GET /v1/datasets/my%20set%3F%231", take());
        assertRequest("GET /v1/models/ft:model%20%C3%A9", take());
    }

    private static Message action(Exchange e, String action) {
        e.getMessage().setHeader(CohereConstants.ACTION, action);
        return e.getMessage();
    }

    private static void assertRequest(String methodAndTarget, RecordedRequest r) {
        assertEquals(methodAndTarget, r.getMethod() + " " + r.getTarget());
        assertEquals("Bearer k", r.getHeaders().get("Authorization"));
    }
}
