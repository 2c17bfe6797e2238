package io.camelai.cohere.recorded;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.api.RerankResult;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.testing.RecordedTrafficTestSupport;
import io.camelai.support.testing.Recording;
import mockwebserver3.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static io.camelai.support.testing.Recording.without;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cohere errors, embeddings and rerank replayed from recorded traffic (langchain-cohere cassettes) and from the
 * examples of Cohere's API reference (cohere-developer-experience): the error each answer becomes, and the vectors
 * and rankings the route gets.
 */
class CohereOpsRecordedTrafficTest extends RecordedTrafficTestSupport {

    private String uri(String operation, String options) {
        return "cohere:" + operation + "?apiKey=k&retryBackoff=1&baseUrl=" + serverUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    private AiHttpException failure(String uri, Object body) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> template.requestBody(uri, body));
        return assertInstanceOf(AiHttpException.class, e.getCause(), messages(e));
    }

    @Test
    void aRecorded400BecomesANonRetryableErrorWithCoheresMessage() throws Exception {
        replay("recorded/cohere/v2-chat-error-400.json");

        AiHttpException e = failure(uri("chat", "model=command-r&maxRetries=3"), "What color is the sky?");

        assertEquals(400, e.getStatusCode());
        assertEquals("invalid request: document at index 0 cannot be empty", e.getProviderMessage());
        assertFalse(e.isRetryable());
        assertRequestCount(1);
    }

    @Test
    void aGzipEncoded404IsInflatedAndNamesTheRemovedModel() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat-error-404-gzip.json");

        AiHttpException e = failure(uri("chat", "model=command-r-plus&maxRetries=3"), "hi");

        assertEquals(404, e.getStatusCode());
        assertEquals(rec.only().responseJson().path("message").asText(), e.getProviderMessage());
        assertTrue(e.getProviderMessage().startsWith("model 'command-r-plus' was removed on September 15, 2025."));
        assertFalse(e.isRetryable());
        assertRequestCount(1);
    }

    @Test
    void theDocumented429IsRetryableAndTheRetryGetsTheRecordedAnswer() throws Exception {
        Recording limited = Recording.load("recorded/cohere/error-429.json");
        Recording answer = Recording.load("recorded/cohere/v2-chat.json");
        limited.only().enqueue(server);
        answer.only().enqueue(server);

        String text = template.requestBody(uri("chat", "model=command-r&maxRetries=1"), "I'm Pickle Rick",
                String.class);

        assertEquals(answer.only().responseJson().path("message").path("content").get(0).path("text").asText(), text);
        assertEquals(json(take()), json(take()), "the retry sends the same request");
    }

    @Test
    void theDocumented429WithoutRetriesLeftFailsWithTheTrialKeyMessage() {
        replay("recorded/cohere/error-429.json");

        AiHttpException e = failure(uri("chat", "maxRetries=0"), "hi");

        assertEquals(429, e.getStatusCode());
        assertTrue(e.isRetryable());
        assertTrue(e.getProviderMessage().startsWith("You are using a Trial key, which is limited to 40 API calls"
                + " / minute."), e.getProviderMessage());
        assertRequestCount(1);
    }

    @Test
    void v2EmbedSendsTheDocumentedRequestAndReturnsBothVectorsInOrder() throws Exception {
        Recording rec = replay("recorded/cohere/v2-embed.json");

        Message out = template.request(uri("embed", "model=embed-v4.0&inputType=classification"),
                e -> e.getMessage().setBody(List.of("hello", "goodbye"))).getMessage();

        RecordedRequest r = take();
        assertEquals("/v2/embed", r.getTarget());
        assertEquals(rec.only().requestJson(), json(r));
        List<?> vectors = out.getBody(List.class);
        JsonNode recorded = rec.only().responseJson().path("embeddings").path("float");
        assertEquals(2, vectors.size());
        for (int i = 0; i < 2; i++) {
            float[] v = (float[]) vectors.get(i);
            assertEquals(1024, v.length);
            assertEquals((float) recorded.get(i).get(0).asDouble(), v[0]);
            assertEquals((float) recorded.get(i).get(1023).asDouble(), v[1023]);
        }
        assertEquals(0.016296387f, ((float[]) vectors.get(0))[0]);
        assertEquals(2L, out.getHeader(AiHeaders.INPUT_TOKENS), "the billed input tokens, the only count embed has");
        assertEquals(List.of("You are using an experimental version, for more information please refer to"
                + " https://docs.cohere.com/reference/about"), out.getHeader(CohereConstants.WARNINGS));
    }

    @Test
    void v1EmbedOfInt8ReturnsTheRecordedIntegers() throws Exception {
        Recording rec = replay("recorded/cohere/v1-embed-int8.json");

        List<?> vectors = template.requestBody(uri("embed", "apiVersion=v1&model=embed-english-light-v3.0"
                + "&inputType=search_document&embeddingTypes=int8"),
                "foo bar", List.class);

        RecordedRequest r = take();
        assertEquals("/v1/embed", r.getTarget());
        assertEquals(without(rec.only().requestJson(), "truncate"), json(r), "truncate=null left out");
        JsonNode recorded = rec.only().responseJson().path("embeddings").path("int8").get(0);
        int[] expected = new int[recorded.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = recorded.get(i).asInt();
        }
        assertEquals(384, expected.length);
        assertArrayEquals(expected, (int[]) vectors.get(0));
    }

    @Test
    void v2RerankReturnsTheDocumentedRankingWithTheDocuments() throws Exception {
        Recording rec = replay("recorded/cohere/v2-rerank.json");
        JsonNode request = rec.only().requestJson();
        List<String> documents = strings(request.path("documents"));

        List<?> results = template.requestBodyAndHeader(uri("rerank", "model=rerank-v4.0-pro&topN=3"), documents,
                CohereConstants.QUERY, request.path("query").asText(), List.class);

        RecordedRequest r = take();
        assertEquals("/v2/rerank", r.getTarget());
        assertEquals(request, json(r));
        assertEquals(List.of(new RerankResult(3, 0.999071, documents.get(3)), new RerankResult(4, 0.7867867,
                documents.get(4)), new RerankResult(0, 0.32713068, documents.get(0))), results);
    }

    @Test
    void v1RerankReturnsTheRecordedScores() throws Exception {
        Recording rec = replay("recorded/cohere/v1-rerank.json");

        List<?> results = template.requestBodyAndHeader(uri("rerank", "apiVersion=v1&model=rerank-english-v3.0&topN=3"),
                List.of("This is a test document.", "Another test document."), CohereConstants.QUERY, "Test query",
                List.class);

        RecordedRequest r = take();
        assertEquals("/v1/rerank", r.getTarget());
        assertEquals(without(rec.only().requestJson(), "rank_fields", "max_chunks_per_doc"), json(r),
                "the unset rank_fields and max_chunks_per_doc (sent as null by the recorder) left out");
        assertEquals(List.of(new RerankResult(0, 0.0006070756, "This is a test document."),
                new RerankResult(1, 0.00013032975, "Another test document.")), results);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
