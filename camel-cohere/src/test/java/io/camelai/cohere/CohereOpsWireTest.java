package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.Classification;
import io.camelai.cohere.api.RerankResult;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Cohere's text operations on the wire: embed (batched), rerank, classify, tokenize, detokenize, generate, summarize. */
class CohereOpsWireTest extends CohereWireTestSupport {

    private static final List<String> TEXTS = IntStream.range(0, 200).mapToObj(i -> "t" + i).toList();

    /** Answers /v2/embed with one vector per text, {@code [i, 0.5]} for text {@code t<i>}; a 400 for the batch at 96. */
    private final class EmbedDispatcher extends Dispatcher {
        final boolean failSecondBatch;
        final long firstBatchDelayMillis;

        EmbedDispatcher(boolean failSecondBatch, long firstBatchDelayMillis) {
            this.failSecondBatch = failSecondBatch;
            this.firstBatchDelayMillis = firstBatchDelayMillis;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            JsonNode texts = body(request).get("texts");
            if (failSecondBatch && "t96".equals(texts.get(0).asText())) {
                return new MockResponse.Builder().code(400)
                        .body("{\"id\":\"x\",\"message\":\"invalid request: text too long\"}").build();
            }
            StringBuilder vectors = new StringBuilder();
            for (JsonNode t : texts) {
                vectors.append(vectors.isEmpty() ? "" : ",").append('[').append(t.asText().substring(1))
                        .append(",0.5]");
            }
            MockResponse.Builder b = new MockResponse.Builder().addHeader("Content-Type", "application/json")
                    .body("{\"id\":\"e\",\"embeddings\":{\"float\":[" + vectors + "]},"
                            + "\"meta\":{\"billed_units\":{\"input_tokens\":" + texts.size() + "}}}");
            if ("t0".equals(texts.get(0).asText()) && firstBatchDelayMillis > 0) {
                b.headersDelay(firstBatchDelayMillis, TimeUnit.MILLISECONDS);
            }
            return b.build();
        }
    }

    // ---- embed

    @Test
    void embedSends200TextsAs96Then96Then8AndReturnsTheVectorsInInputOrder() throws Exception {
        StrictJsonDispatcher.wrap(server, new EmbedDispatcher(false, 0));

        Message out = template.request(uri("embed", "model=embed-v4.0&parallelCalls=1"),
                e -> e.getMessage().setBody(TEXTS)).getMessage();

        List<Integer> sizes = new ArrayList<>();
        for (int offset : new int[]{0, 96, 192}) {
            RecordedRequest r = take();
            assertEquals("POST /v2/embed", r.getMethod() + " " + r.getTarget());
            JsonNode sent = body(r);
            assertEquals("t" + offset, sent.at("/texts/0").asText());
            assertEquals("search_document", sent.get("input_type").asText());
            assertEquals(json("[\"float\"]"), sent.get("embedding_types"));
            sizes.add(sent.get("texts").size());
        }
        assertEquals(List.of(96, 96, 8), sizes);
        assertEquals(3, server.getRequestCount());
        assertVectorsInInputOrder(out.getBody(List.class));
        assertEquals(200L, out.getHeader(AiHeaders.INPUT_TOKENS), "no meta.tokens: the billed units, summed");
        assertEquals(200L, out.getHeader(CohereConstants.BILLED_INPUT_TOKENS));
    }

    @Test
    void embedInParallelStillAnswersInInputOrderWhenTheFirstBatchAnswersLast() {
        StrictJsonDispatcher.wrap(server, new EmbedDispatcher(false, 80));

        List<?> vectors = template.requestBody(uri("embed", "parallelCalls=3"), TEXTS, List.class);

        assertEquals(3, server.getRequestCount());
        assertVectorsInInputOrder(vectors);
    }

    private static void assertVectorsInInputOrder(List<?> vectors) {
        assertEquals(200, vectors.size());
        for (int i = 0; i < 200; i++) {
            assertArrayEquals(new float[]{i, 0.5f}, (float[]) vectors.get(i), "vector " + i);
        }
    }

    @Test
    void aBatchAnswering400FailsTheExchangeWithCoheresMessage() {
        StrictJsonDispatcher.wrap(server, new EmbedDispatcher(true, 0));

        Exchange out = template.request(uri("embed", "parallelCalls=1"), e -> e.getMessage().setBody(TEXTS));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(400, e.getStatusCode());
        assertEquals("invalid request: text too long", e.getProviderMessage());
        assertEquals(2, server.getRequestCount(), "not retried, and no batch started after the failure");
        assertEquals(TEXTS, out.getMessage().getBody(), "no partial vectors in the body");
        assertNull(out.getMessage().getHeader(AiHeaders.INPUT_TOKENS));
    }

    @Test
    void embedSendsEveryOptionInTheBody() throws Exception {
        respond("{\"embeddings\":{\"float\":[[0.1]]}}");
        respond("{\"embeddings\":{\"float\":[[0.1]]}}");
        String uri = uri("embed", "model=embed-v4.0&inputType=search_query&embeddingTypes=float&truncate=START"
                + "&outputDimension=512&maxTokens=128&priority=2");

        template.requestBody(uri, "a");
        template.requestBodyAndHeader(uri, "a", CohereConstants.INPUT_TYPE, "classification");

        assertEquals(json("""
                {"model":"embed-v4.0","texts":["a"],"input_type":"search_query","embedding_types":["float"],
                 "truncate":"START","output_dimension":512,"max_tokens":128,"priority":2}
                """), body(take()));
        assertEquals("classification", body(take()).get("input_type").asText(), "the header wins");
    }

    @Test
    void embedWithTwoTypesGivesAMapByType() throws Exception {
        respond("{\"embeddings\":{\"float\":[[0.25,0.5],[1.0,2.0]],\"int8\":[[-12,45],[7,8]]}}");

        Map<?, ?> byType = template.requestBody(uri("embed", "embeddingTypes=float,int8"), List.of("a", "b"),
                Map.class);

        assertEquals(json("[\"float\",\"int8\"]"), body(take()).get("embedding_types"));
        assertEquals(List.of("float", "int8"), List.copyOf(byType.keySet()));
        assertArrayEquals(new float[]{1.0f, 2.0f}, (float[]) ((List<?>) byType.get("float")).get(1));
        assertArrayEquals(new int[]{-12, 45}, (int[]) ((List<?>) byType.get("int8")).get(0));
    }

    @Test
    void embedV1ReadsEmbeddingsFloats() throws Exception {
        respond("""
                {"id":"e1","response_type":"embeddings_floats","texts":["a","b"],
                 "embeddings":[[0.016,-0.008],[0.046,-0.023]],"meta":{"billed_units":{"input_tokens":2}}}
                """);

        List<?> vectors = template.requestBody(uri("embed", "apiVersion=v1&model=embed-english-v3.0"
                + "&inputType=classification"),
                List.of("a", "b"), List.class);

        assertEquals(2, vectors.size());
        assertArrayEquals(new float[]{0.046f, -0.023f}, (float[]) vectors.get(1));
        RecordedRequest r = take();
        assertEquals("/v1/embed", r.getTarget());
        assertEquals(
                json("{\"model\":\"embed-english-v3.0\",\"texts\":[\"a\",\"b\"],\"input_type\":\"classification\"}"),
                body(r));
    }

    // ---- rerank

    @Test
    void rerankV2SendsTheQueryFromTheHeaderAndAttachesTheInputDocuments() throws Exception {
        respond("{\"id\":\"rr\",\"results\":[{\"index\":2,\"relevance_score\":0.9},{\"index\":0,\"relevance_score\":0.1}]}");

        Exchange out = template.request(uri("rerank", "model=rerank-v3.5&topN=2&maxTokensPerDoc=512"), e -> {
            e.getMessage().setBody(List.of("a", "b", "c"));
            e.getMessage().setHeader(CohereConstants.QUERY, "which?");
        });

        assertEquals(List.of(new RerankResult(2, 0.9, "c"), new RerankResult(0, 0.1, "a")),
                out.getMessage().getBody(List.class));
        RecordedRequest r = take();
        assertEquals("POST /v2/rerank", r.getMethod() + " " + r.getTarget());
        assertEquals(json("""
                {"model":"rerank-v3.5","query":"which?","documents":["a","b","c"],"top_n":2,"max_tokens_per_doc":512}
                """), body(r));
    }

    @Test
    void rerankV1SendsItsOwnOptions() throws Exception {
        respond("""
                {"results":[{"index":1,"relevance_score":0.7,"document":{"title":"B","text":"y"}},
                            {"index":0,"relevance_score":0.2}]}
                """);
        List<Map<String, String>> docs = List.of(Map.of("title", "A", "text", "x"), Map.of("title", "B", "text", "y"));

        String uri = uri("rerank", "apiVersion=v1&model=rerank-english-v3.0&returnDocuments=true&rankFields=title,text"
                + "&maxChunksPerDoc=3");

        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(docs);
            e.getMessage().setHeader(CohereConstants.QUERY, "q");
        });

        assertEquals(List.of(new RerankResult(1, 0.7, Map.of("title", "B", "text", "y")),
                new RerankResult(0, 0.2, docs.get(0))), out.getMessage().getBody(List.class));
        RecordedRequest r = take();
        assertEquals("/v1/rerank", r.getTarget());
        assertEquals(json("""
                {"model":"rerank-english-v3.0","query":"q","documents":%s,"return_documents":true,
                 "rank_fields":["title","text"],"max_chunks_per_doc":3}
                """.formatted(AiJson.writeString(docs))), body(r));
    }

    // ---- classify, tokenize, detokenize

    @Test
    void classifySendsInputsExamplesPresetAndTruncate() throws Exception {
        respond("""
                {"classifications":[{"input":"x","prediction":"Spam","confidence":0.8,
                  "labels":{"Spam":{"confidence":0.8},"Not spam":{"confidence":0.2}}}]}
                """);
        List<Map<String, String>> examples = List.of(Map.of("text", "win money", "label", "Spam"));

        List<?> out = template.requestBodyAndHeader(uri("classify", "model=clf&preset=my-preset&truncate=END"),
                List.of("x", "y"), CohereConstants.EXAMPLES, examples, List.class);

        assertEquals(List.of(new Classification("x", "Spam", 0.8, Map.of("Spam", 0.8, "Not spam", 0.2))), out);
        RecordedRequest r = take();
        assertEquals("/v1/classify", r.getTarget());
        assertEquals(json("""
                {"inputs":["x","y"],"examples":[{"text":"win money","label":"Spam"}],"model":"clf",
                 "preset":"my-preset","truncate":"END"}
                """), body(r));
    }

    @Test
    void tokenizeAndDetokenizeBodies() throws Exception {
        respond("{\"tokens\":[10002,2261],\"token_strings\":[\"token\",\"ize\"]}");
        respond("{\"text\":\"tokenize\"}");

        Message tokens = template.request(uri("tokenize", ""), e -> {
            e.getMessage().setBody("tokenize");
            e.getMessage().setHeader(CohereConstants.MODEL_NAME, "command");
        }).getMessage();
        String text = template.requestBody(uri("detokenize", ""), List.of(10002, 2261), String.class);

        assertEquals(List.of(10002, 2261), tokens.getBody());
        assertEquals(List.of("token", "ize"), tokens.getHeader(CohereConstants.TOKEN_STRINGS));
        assertEquals("tokenize", text);
        RecordedRequest tokenize = take();
        assertEquals("/v1/tokenize", tokenize.getTarget());
        assertEquals(json("{\"text\":\"tokenize\",\"model\":\"command\"}"), body(tokenize));
        RecordedRequest detokenize = take();
        assertEquals("/v1/detokenize", detokenize.getTarget());
        assertEquals(json("{\"tokens\":[10002,2261],\"model\":\"command-a-03-2025\"}"), body(detokenize));
    }

    // ---- legacy generate and summarize

    @Test
    void generateSendsEveryOption() throws Exception {
        respond("""
                {"id":"g","generations":[{"id":"a","text":"first"},{"id":"b","text":"second"}],
                 "meta":{"billed_units":{"input_tokens":4,"output_tokens":6}}}
                """);

        Message out = template.request(uri("generate", "model=command&numGenerations=2&returnLikelihoods=ALL"
                + "&endSequences=END,STOP&stopSequences=x&maxTokens=10"
                + "&temperature=0.5&truncate=END&seed=3&preset=p1&k=5&p=0.5"
                + "&frequencyPenalty=0.1&presencePenalty=0.2&rawPrompting=true"),
                e -> e.getMessage().setBody("Once upon a time")).getMessage();

        assertEquals("first", out.getBody());
        assertEquals(2, out.getHeader(CohereConstants.GENERATIONS, JsonNode.class).size());
        assertEquals(10L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        RecordedRequest r = take();
        assertEquals("/v1/generate", r.getTarget());
        assertEquals(json("""
                {"prompt":"Once upon a time","model":"command","num_generations":2,"max_tokens":10,"truncate":"END",
                 "temperature":0.5,"seed":3,"preset":"p1","end_sequences":["END","STOP"],"stop_sequences":["x"],
                 "k":5,"p":0.5,"frequency_penalty":0.1,"presence_penalty":0.2,"return_likelihoods":"ALL",
                 "raw_prompting":true}
                """), body(r));
    }

    @Test
    void summarizeSendsEveryOption() throws Exception {
        respond("{\"id\":\"s\",\"summary\":\"Short.\",\"meta\":{\"billed_units\":{\"input_tokens\":321,\"output_tokens\":55}}}");

        Message out = template.request(uri("summarize", "model=command&length=short&format=bullets"
                + "&extractiveness=high&temperature=0.2"
                + "&additionalCommand=RAW(focus on next steps)"),
                e -> e.getMessage().setBody("A long text.")).getMessage();

        assertEquals("Short.", out.getBody());
        assertEquals(376L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        RecordedRequest r = take();
        assertEquals("/v1/summarize", r.getTarget());
        assertEquals(json("""
                {"text":"A long text.","length":"short","format":"bullets","model":"command","extractiveness":"high",
                 "temperature":0.2,"additional_command":"focus on next steps"}
                """), body(r));
    }
}
