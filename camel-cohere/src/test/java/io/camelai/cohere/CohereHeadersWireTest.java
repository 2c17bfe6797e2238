package io.camelai.cohere;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelai.support.AiHeaders;
import io.camelai.support.testing.AbstractHeadersWireTest;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Input headers stay inputs for every cohere operation; usage goes to the CamelAi* token headers (what
 * the model processed) and the CamelCohereBilled* headers (what the account pays for).
 */
class CohereHeadersWireTest extends AbstractHeadersWireTest {

    /** A canned answer for every operation, by method and path. */
    private static final Map<String, String> ANSWERS = new HashMap<>();

    static {
        ANSWERS.put("POST /v2/chat",
                """
                        {"id":"c","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"hi"}]},
                         "usage":{"billed_units":{"input_tokens":4,"output_tokens":2},"tokens":{"input_tokens":70,"output_tokens":2}}}""");
        ANSWERS.put("POST /v1/chat",
                """
                        {"text":"hi","generation_id":"g","finish_reason":"COMPLETE",
                         "meta":{"billed_units":{"input_tokens":4,"output_tokens":2},"tokens":{"input_tokens":70,"output_tokens":2}}}""");
        ANSWERS.put("POST /v2/embed", """
                {"id":"e","embeddings":{"float":[[0.5,0.25]]},"meta":{"billed_units":{"input_tokens":3}}}""");
        ANSWERS.put("POST /v2/rerank", """
                {"id":"r","results":[{"index":0,"relevance_score":0.9}],"meta":{"billed_units":{"search_units":1}}}""");
        ANSWERS.put("POST /v1/classify",
                """
                        {"id":"k","classifications":[{"input":"a","prediction":"x","confidence":0.9,"labels":{"x":{"confidence":0.9}}}],
                         "meta":{"billed_units":{"classifications":1}}}""");
        ANSWERS.put("POST /v1/tokenize", """
                {"tokens":[1,2],"token_strings":["a","b"],"meta":{}}""");
        ANSWERS.put("POST /v1/detokenize", """
                {"text":"ab","meta":{}}""");
        ANSWERS.put("GET /v1/models", """
                {"models":[{"name":"command"}],"next_page_token":"page-2"}""");
        ANSWERS.put("GET /v1/models/command", """
                {"name":"command"}""");
        ANSWERS.put("POST /v1/check-api-key", """
                {"valid":true,"organization_id":"org-1"}""");
        ANSWERS.put("POST /v1/generate", """
                {"id":"g","generations":[{"id":"g0","text":"hi"}],
                 "meta":{"billed_units":{"input_tokens":3,"output_tokens":1}}}""");
        ANSWERS.put("POST /v1/summarize", """
                {"id":"s","summary":"short","meta":{"billed_units":{"input_tokens":30,"output_tokens":3}}}""");
        ANSWERS.put("POST /v1/embed-jobs", """
                {"job_id":"job-1","meta":{}}""");
        ANSWERS.put("GET /v1/embed-jobs/job-1", """
                {"job_id":"job-1","status":"complete","output_dataset_id":"ds-2"}""");
        ANSWERS.put("GET /v1/embed-jobs", """
                {"embed_jobs":[]}""");
        ANSWERS.put("POST /v1/embed-jobs/job-1/cancel", "{}");
        ANSWERS.put("POST /v1/datasets", """
                {"id":"ds-1"}""");
        ANSWERS.put("GET /v1/datasets/ds-1", """
                {"dataset":{"id":"ds-1","validation_status":"validated","dataset_parts":[]}}""");
        ANSWERS.put("DELETE /v1/datasets/ds-1", "{}");
        ANSWERS.put("GET /v1/datasets/usage", """
                {"organization_usage":5}""");
        ANSWERS.put("GET /v1/datasets", """
                {"datasets":[]}""");
        String connector = """
                {"connector":{"id":"c-1","name":"wiki","url":"https://wiki.example.com/search"}}""";
        ANSWERS.put("POST /v1/connectors", connector);
        ANSWERS.put("GET /v1/connectors/c-1", connector);
        ANSWERS.put("PATCH /v1/connectors/c-1", connector);
        ANSWERS.put("DELETE /v1/connectors/c-1", "{}");
        ANSWERS.put("POST /v1/connectors/c-1/oauth/authorize", """
                {"redirect_url":"https://auth.example.com/authorize"}""");
        ANSWERS.put("GET /v1/connectors", """
                {"connectors":[],"total_count":0}""");
        String model = """
                {"finetuned_model":{"id":"ft-1","name":"bot","settings":{"base_model":{"base_type":"BASE_TYPE_CHAT"},
                 "dataset_id":"ds-1"}}}""";
        ANSWERS.put("POST /v1/finetuning/finetuned-models", model);
        ANSWERS.put("GET /v1/finetuning/finetuned-models/ft-1", model);
        ANSWERS.put("PATCH /v1/finetuning/finetuned-models/ft-1", model);
        ANSWERS.put("DELETE /v1/finetuning/finetuned-models/ft-1", "{}");
        ANSWERS.put("GET /v1/finetuning/finetuned-models/ft-1/events", """
                {"events":[],"next_page_token":"e2","total_size":3}""");
        ANSWERS.put("GET /v1/finetuning/finetuned-models/ft-1/training-step-metrics", """
                {"step_metrics":[],"next_page_token":"m2"}""");
        ANSWERS.put("GET /v1/finetuning/finetuned-models", """
                {"finetuned_models":[],"next_page_token":"f2","total_size":1}""");
    }

    @Override
    protected String componentJson() {
        return "/META-INF/io/camelai/cohere/cohere.json";
    }

    @Override
    protected List<String> inputHeaders() {
        return List.of(CohereConstants.DOCUMENTS, CohereConstants.CONVERSATION_ID, CohereConstants.QUERY,
                CohereConstants.INPUT_TYPE, CohereConstants.MODEL_NAME, CohereConstants.ACTION, CohereConstants.JOB_ID,
                CohereConstants.DATASET_ID, CohereConstants.NAME, CohereConstants.EXAMPLES, CohereConstants.PAGE_TOKEN,
                CohereConstants.CONNECTOR_ID, CohereConstants.FINETUNED_MODEL_ID, CohereConstants.CONNECTORS,
                CohereConstants.EVAL_DATA, AiHeaders.MODEL, AiHeaders.USER_MESSAGE, AiHeaders.SYSTEM_MESSAGE,
                AiHeaders.TEMPERATURE,
                AiHeaders.MAX_TOKENS, AiHeaders.TOOLS, AiHeaders.OPTIONS,
                AiHeaders.MEMORY_RESET, AiHeaders.MEDIA_TYPE);
    }

    @Override
    protected Map<String, String> answers() {
        return ANSWERS;
    }

    @Override
    protected String uri(String operation, String options) {
        return "cohere:" + operation + "?apiKey=k&retryBackoff=1&baseUrl=" + serverUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    static Stream<Arguments> chatThenEmbed() {
        return Stream
                .of(Arguments.of("model=command-a-03-2025", "model=embed-v4.0", "command-a-03-2025", "embed-v4.0"));
    }

    static Stream<Arguments> everyOperation() {
        return Stream.of(
                Arguments.of("chat", "", "Hi", Map.of()),
                Arguments.of("chat", "apiVersion=v1", "Hi", Map.of()),
                Arguments.of("embed", "", "a text", Map.of()),
                Arguments.of("rerank", "", List.of("a", "b"), Map.of(CohereConstants.QUERY, "which?")),
                Arguments.of("classify", "", "a", Map.of()),
                Arguments.of("tokenize", "", "ab", Map.of()),
                Arguments.of("detokenize", "", List.of(1, 2), Map.of()),
                Arguments.of("models", "", "", Map.of()),
                Arguments.of("models", "", "", Map.of(CohereConstants.MODEL_NAME, "command")),
                Arguments.of("check-api-key", "", "", Map.of()),
                Arguments.of("generate", "", "Once upon a time", Map.of()),
                Arguments.of("summarize", "", "A long text.", Map.of()),
                Arguments.of("embed-jobs", "action=create&inputType=search_document", "ds-1", Map.of()),
                Arguments.of("embed-jobs", "action=get", "", Map.of(CohereConstants.JOB_ID, "job-1")),
                Arguments.of("embed-jobs", "action=list", "", Map.of()),
                Arguments.of("embed-jobs", "action=cancel", "job-1", Map.of()),
                Arguments.of("embed-jobs", "action=wait", "", Map.of(CohereConstants.JOB_ID, "job-1",
                        CohereConstants.DATASET_ID, "ds-1")),
                Arguments.of("datasets", "action=create&name=docs&datasetType=embed-input",
                        "{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8), Map.of()),
                Arguments.of("datasets", "action=get", "ds-1", Map.of()),
                Arguments.of("datasets", "action=delete", "", Map.of(CohereConstants.DATASET_ID, "ds-1")),
                Arguments.of("datasets", "action=usage", "", Map.of()),
                Arguments.of("datasets", "action=list", "", Map.of()),
                Arguments.of("datasets", "action=wait", "", Map.of(CohereConstants.DATASET_ID, "ds-1")),
                Arguments.of("datasets", "action=download", "ds-1", Map.of()),
                Arguments.of("chat", "apiVersion=v1&connectors=wiki", "Hi", Map.of(CohereConstants.CONNECTORS,
                        List.of(Map.of("id", "wiki", "user_access_token", "user-token")))),
                Arguments.of("connectors", "action=create", Map.of("name", "wiki", "url",
                        "https://wiki.example.com/search"), Map.of()),
                Arguments.of("connectors", "action=get", "c-1", Map.of()),
                Arguments.of("connectors", "action=update", Map.of("active", false),
                        Map.of(CohereConstants.CONNECTOR_ID, "c-1")),
                Arguments.of("connectors", "action=delete", "", Map.of(CohereConstants.CONNECTOR_ID, "c-1")),
                Arguments.of("connectors", "action=authorize", "c-1", Map.of()),
                Arguments.of("connectors", "action=list", "", Map.of()),
                Arguments.of("finetuning", "action=create&name=bot&baseType=BASE_TYPE_CHAT", "",
                        Map.of(CohereConstants.DATASET_ID, "ds-1")),
                Arguments.of("finetuning", "action=get", "ft-1", Map.of()),
                Arguments.of("finetuning", "action=update", Map.of("name", "bot", "settings", Map.of()),
                        Map.of(CohereConstants.FINETUNED_MODEL_ID, "ft-1")),
                Arguments.of("finetuning", "action=delete", "ft-1", Map.of()),
                Arguments.of("finetuning", "action=events", "", Map.of(CohereConstants.FINETUNED_MODEL_ID, "ft-1",
                        CohereConstants.PAGE_TOKEN, "e1")),
                Arguments.of("finetuning", "action=training-step-metrics", "ft-1", Map.of()),
                Arguments.of("finetuning", "action=list", "", Map.of(CohereConstants.PAGE_TOKEN, "f1")));
    }

    @Test
    void theNextModelsPageTokenIsAnOutputOfItsOwnAndThePageTokenReadStaysAsSet() throws Exception {
        answerEveryOperation();

        Message out = template.request(uri("models", ""),
                e -> e.getMessage().setHeader(CohereConstants.PAGE_TOKEN, "page-1")).getMessage();

        assertEquals("page-1", take().getUrl().queryParameter("page_token"));
        assertEquals("page-1", out.getHeader(CohereConstants.PAGE_TOKEN));
        assertEquals("page-2", out.getHeader(CohereConstants.NEXT_PAGE_TOKEN));
    }

    // ---- usage: tokens processed, billed units apart

    @Test
    void aChatReportsTheTokensTheModelProcessedAndTheBilledUnitsApart() {
        answerEveryOperation();

        Message out = template.request(uri("chat", ""), e -> e.getMessage().setBody("Hi")).getMessage();

        assertEquals(70L, out.getHeader(AiHeaders.INPUT_TOKENS), "usage.tokens, with Cohere's system prompt");
        assertEquals(2L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(72L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        assertEquals(4L, out.getHeader(CohereConstants.BILLED_INPUT_TOKENS));
        assertEquals(2L, out.getHeader(CohereConstants.BILLED_OUTPUT_TOKENS));
    }

    @Test
    void billedSearchUnitsAndClassificationsHaveTheirOwnHeadersAndNoTokenCountIsMadeUp() {
        answerEveryOperation();

        Message ranked = template.request(uri("rerank", ""), e -> {
            e.getMessage().setBody(List.of("a", "b"));
            e.getMessage().setHeader(CohereConstants.QUERY, "which?");
        }).getMessage();
        Message classified = template.request(uri("classify", ""), e -> e.getMessage().setBody("a")).getMessage();

        assertEquals(1L, ranked.getHeader(CohereConstants.BILLED_SEARCH_UNITS));
        assertFalse(ranked.getHeaders().containsKey(AiHeaders.INPUT_TOKENS));
        assertEquals(1L, classified.getHeader(CohereConstants.BILLED_CLASSIFICATIONS));
        assertFalse(classified.getHeaders().containsKey(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void anEmbedAfterAChatLeavesNoneOfTheChatsCountsBehind() throws Exception {
        answerEveryOperation();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat-then-embed").to(uri("chat", "")).to(uri("embed", ""));
            }
        });

        Message out = template.request("direct:chat-then-embed", e -> e.getMessage().setBody("Hi")).getMessage();

        assertEquals(3L, out.getHeader(AiHeaders.INPUT_TOKENS), "no meta.tokens: the billed input tokens");
        assertEquals(3L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        assertNull(out.getHeader(AiHeaders.OUTPUT_TOKENS), "the chat's output tokens are not the embed's");
        assertNull(out.getHeader(CohereConstants.BILLED_OUTPUT_TOKENS));
        assertEquals(3L, out.getHeader(CohereConstants.BILLED_INPUT_TOKENS));
    }
}
