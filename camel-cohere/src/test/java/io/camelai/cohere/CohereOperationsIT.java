package io.camelai.cohere;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.Classification;
import io.camelai.cohere.api.RerankResult;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every Cohere operation besides chat, as a route author calls it, against the simulator. */
class CohereOperationsIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private String uri(String operation, String options) {
        return "cohere:" + operation + "?apiKey=test-key&retryBackoff=5&baseUrl=" + sim.get().cohereUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Test
    void embedOver96TextsIsSplitIntoOrderedCallsAndEqualTextsEmbedEqually() {
        List<String> texts = IntStream.range(0, 200).mapToObj(i -> "line " + (i % 50)).toList();
        List<?> vectors = template.requestBody(uri("embed", "model=embed-v4.0&parallelCalls=3"), texts, List.class);

        assertEquals(200, vectors.size());
        assertArrayEquals((float[]) vectors.get(3), (float[]) vectors.get(53), "same text, same vector");
        List<RecordedRequest> calls = sim.get().requests();
        assertEquals(3, calls.size(), "96 + 96 + 8");
        int total = calls.stream().mapToInt(r -> r.json().get("texts").size()).sum();
        assertEquals(200, total);
        assertEquals("search_document", calls.get(0).json().get("input_type").asText());
        assertEquals("/v2/embed", calls.get(0).path());
    }

    @Test
    void embedWithSeveralTypesGivesAMapByType() {
        Map<?, ?> byType = template.requestBody(uri("embed", "model=embed-v4.0&embeddingTypes=float,int8,base64"
                + "&inputType=search_query"),
                List.of("a", "b"), Map.class);
        assertEquals(List.of("float", "int8", "base64"), List.copyOf(byType.keySet()));
        assertInstanceOf(float[].class, ((List<?>) byType.get("float")).get(0));
        assertInstanceOf(int[].class, ((List<?>) byType.get("int8")).get(1));
        assertInstanceOf(String.class, ((List<?>) byType.get("base64")).get(0));
        assertEquals("search_query", sim.get().takeRequest().json().get("input_type").asText());
    }

    @Test
    void embedV1ReturnsFloats() {
        List<?> vectors = template.requestBody(uri("embed", "apiVersion=v1&model=embed-english-v3.0"
                + "&inputType=classification&truncate=START"),
                "hello", List.class);
        assertEquals(1, vectors.size());
        RecordedRequest r = sim.get().takeRequest();
        assertEquals("/v1/embed", r.path());
        assertEquals("START", r.json().get("truncate").asText());
        assertFalse(r.json().has("embedding_types"));
    }

    @Test
    void rerankReturnsResultsMostRelevantFirstWithTheirDocuments() {
        List<String> docs = List.of("Carson City is the capital of Nevada.",
                "Washington, D.C. is the capital of the United States.", "Capital punishment exists in many states.");
        Exchange out = template.request(uri("rerank", "model=rerank-v3.5&topN=2"), e -> {
            e.getMessage().setBody(docs);
            e.getMessage().setHeader(CohereConstants.QUERY, "What is the capital of the United States?");
        });
        @SuppressWarnings("unchecked")
        List<RerankResult> results = out.getMessage().getBody(List.class);
        assertEquals(2, results.size());
        assertEquals(1, results.get(0).index());
        assertEquals(docs.get(1), results.get(0).document());
        assertTrue(results.get(0).relevanceScore() >= results.get(1).relevanceScore());
        JsonNode sent = sim.get().takeRequest().json();
        assertEquals(2, sent.get("top_n").asInt());
        assertEquals("rerank-v3.5", sent.get("model").asText());
    }

    @Test
    void rerankV1ReturnsDocumentsAndTakesTheQueryAsBody() {
        Exchange out = template.request(uri("rerank", "apiVersion=v1&returnDocuments=true&rankFields=text"), e -> {
            e.getMessage().setBody("capital of France");
            e.getMessage().setHeader(CohereConstants.DOCUMENTS,
                    List.of(Map.of("text", "Paris is the capital of France"),
                            Map.of("text", "Berlin")));
        });
        RerankResult best = (RerankResult) out.getMessage().getBody(List.class).get(0);
        assertEquals(0, best.index());
        assertEquals(Map.of("text", "Paris is the capital of France"), best.document());
        assertEquals("/v1/rerank", sim.get().takeRequest().path());
    }

    @Test
    void classifyPredictsFromExamples() {
        Exchange out = template.request(uri("classify", ""), e -> {
            e.getMessage().setBody(List.of("Confirm your email address"));
            e.getMessage().setHeader(CohereConstants.EXAMPLES, List.of(
                    Map.of("text", "Dermatologists don't like her!", "label", "Spam"),
                    Map.of("text", "Hello, open to this?", "label", "Spam"),
                    Map.of("text", "Please confirm your email address", "label", "Not spam"),
                    Map.of("text", "Your parcel will be delivered today", "label", "Not spam")));
        });
        Classification c = (Classification) out.getMessage().getBody(List.class).get(0);
        assertEquals("Not spam", c.prediction());
        assertEquals(2, c.labels().size());
    }

    @Test
    void tokenizeAndDetokenizeReproduceTheReferenceExample() {
        Exchange out = template.request(uri("tokenize", "model=command"),
                e -> e.getMessage().setBody("tokenize me! :D"));
        assertEquals(List.of(10002, 2261, 2012, 8, 2792, 43), out.getMessage().getBody(List.class));
        assertEquals(List.of("token", "ize", " me", "!", " :", "D"),
                out.getMessage().getHeader(CohereConstants.TOKEN_STRINGS));
        assertEquals("tokenize me! :D", template.requestBody(uri("detokenize", "model=command"),
                List.of(10002, 2261, 2012, 8, 2792, 43), String.class));
    }

    @Test
    void modelsArePagedAndOneCanBeFetchedByName() {
        Exchange page1 = template.request(uri("models", "pageSize=2"), e -> {});
        assertEquals(2, page1.getMessage().getBody(List.class).size());
        String token = page1.getMessage().getHeader(CohereConstants.NEXT_PAGE_TOKEN, String.class);
        Exchange page2 = template.request(uri("models", "pageSize=2"),
                e -> e.getMessage().setHeader(CohereConstants.PAGE_TOKEN, token));
        assertEquals("embed-v4.0", ((Map<?, ?>) page2.getMessage().getBody(List.class).get(0)).get("name"));

        Exchange one = template.request(uri("models", ""),
                e -> e.getMessage().setHeader(CohereConstants.MODEL_NAME, "rerank-v3.5"));
        assertEquals("rerank-v3.5", one.getMessage().getBody(Map.class).get("name"));
        sim.get().takeRequest();
        assertTrue(sim.get().takeRequest().query().contains("page_token=2"));
    }

    @Test
    void checkApiKeySaysValidOrNot() {
        Exchange ok = template.request(uri("check-api-key", ""), e -> {});
        assertEquals(true, ok.getMessage().getBody());
        assertEquals("sim-org", ok.getMessage().getHeader(CohereConstants.ORGANIZATION_ID));
        String bad = "cohere:check-api-key?apiKey=invalid-key&baseUrl=" + sim.get().cohereUrl();
        assertEquals(false, template.request(bad, e -> {}).getMessage().getBody());
    }

    @Test
    void generateAndSummarize() {
        Exchange gen = template.request(uri("generate", "numGenerations=2&maxTokens=20"),
                e -> e.getMessage().setBody("Write a haiku"));
        assertEquals("Generated 1 for: Write a haiku", gen.getMessage().getBody(String.class));
        assertEquals(2, ((JsonNode) gen.getMessage().getHeader(CohereConstants.GENERATIONS)).size());
        assertEquals(8L, gen.getMessage().getHeader(AiHeaders.OUTPUT_TOKENS));

        String summary = template.requestBody(uri("summarize", "format=bullets&length=short"),
                "Camel is an integration framework that routes messages between systems using patterns.", String.class);
        assertEquals("- Camel is an integration framework that routes messages", summary);
    }

    @Test
    void datasetsAndEmbedJobsLifecycle() {
        Exchange created = template.request(uri("datasets", "action=create&name=docs&datasetType=embed-input"),
                e -> e.getMessage().setBody("{\"text\":\"one\"}\n{\"text\":\"two\"}\n".getBytes()));
        String datasetId = created.getMessage().getBody(String.class);
        assertTrue(datasetId.startsWith("docs-"));

        CamelExecutionException notValidated = assertThrows(CamelExecutionException.class, () -> template
                .requestBody(uri("embed-jobs", "action=create&model=embed-v4.0&inputType=search_document"), datasetId));
        assertEquals(400, assertInstanceOf(AiHttpException.class, notValidated.getCause()).getStatusCode());
        template.requestBody(uri("datasets", "action=wait&pollInterval=10"), datasetId);

        String jobId = template.requestBody(uri("embed-jobs", "action=create&model=embed-v4.0"
                + "&inputType=search_document"), datasetId, String.class);
        Map<?, ?> job = template.request(uri("embed-jobs", "action=get"),
                e -> e.getMessage().setHeader(CohereConstants.JOB_ID, jobId)).getMessage().getBody(Map.class);
        assertEquals("processing", job.get("status"));
        assertEquals(1, template.requestBody(uri("embed-jobs", ""), null, List.class).size());
        template.requestBody(uri("embed-jobs", "action=cancel"), jobId);
        assertEquals("cancelled", template.request(uri("embed-jobs", "action=get"),
                e -> e.getMessage().setBody(jobId)).getMessage().getBody(Map.class).get("status"));

        assertTrue(template.requestBody(uri("datasets", "action=usage"), null, Long.class) > 0);
        assertEquals(1, template.requestBody(uri("datasets", "action=list"), null, List.class).size());
        template.requestBody(uri("datasets", "action=delete"), datasetId);
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(uri("datasets", "action=get"), datasetId));
        assertEquals(404, assertInstanceOf(AiHttpException.class, e.getCause()).getStatusCode());
    }

    @Test
    void v1ChatWithDocumentsReturnsCitations() {
        Exchange out = template.request(uri("chat", "apiVersion=v1&citationQuality=ACCURATE&preamble=Be brief"), e -> {
            e.getMessage().setBody("Who is taller, emperor or king penguins?");
            e.getMessage().setHeader(CohereConstants.DOCUMENTS, List.of(
                    Map.of("id", "doc_0", "title", "Tall penguins", "text", "Emperor penguins are the tallest.")));
        });
        assertEquals(1, ((List<?>) out.getMessage().getHeader(AiHeaders.CITATIONS)).size());
        JsonNode sent = sim.get().takeRequest().json();
        assertEquals("Be brief", sent.get("preamble").asText());
        assertEquals("ACCURATE", sent.get("citation_quality").asText());
        assertEquals("doc_0", sent.at("/documents/0/id").asText());
    }

    @Test
    void badOptionValuesFailAtEndpointCreation() {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("embed", "outputDimension=100")).start());
        assertTrue(rootMessage(e).contains("outputDimension") && rootMessage(e).contains("1536"), rootMessage(e));
        e = assertThrows(Exception.class, () -> context.getEndpoint(uri("generate", "numGenerations=6")).start());
        assertTrue(rootMessage(e).contains("numGenerations"), rootMessage(e));
        e = assertThrows(Exception.class, () -> context.getEndpoint(uri("summarize", "length=huge")).start());
        assertTrue(rootMessage(e).contains("short, medium, long"), rootMessage(e));
        e = assertThrows(Exception.class, () -> context.getEndpoint("cohere:translate?apiKey=k"));
        assertTrue(rootMessage(e).contains("check-api-key"), rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
