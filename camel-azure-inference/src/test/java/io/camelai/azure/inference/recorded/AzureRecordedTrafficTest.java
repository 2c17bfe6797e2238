package io.camelai.azure.inference.recorded;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiContentFilterException;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.testing.RecordedTrafficTestSupport;
import io.camelai.support.testing.Recording;
import mockwebserver3.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Azure AI Model Inference replayed from the requests and responses Microsoft prints in its documentation (two of the
 * streams are real responses Microsoft recorded) and from a 429 a real deployment returned: the request the route
 * sends equals the printed one, and the route gets the printed text, usage, tool calls, finish reasons and errors.
 * Sources: each fixture's {@code source} and src/test/resources/recorded/README.md.
 */
class AzureRecordedTrafficTest extends RecordedTrafficTestSupport {

    private static final String SYSTEM = "You are a helpful assistant.";
    /** The output header of the model that answered (the contract moves it off the CamelAiModel input header). */
    private static final String RESPONSE_MODEL = "CamelAiResponseModel";

    private String uri(String operation, String options) {
        return "azure-inference:" + operation + "?apiKey=K&retryBackoff=1&endpoint=" + server.url("/models")
                + (options.isEmpty() ? "" : "&" + options);
    }

    private Message chat(String options, String system, String text) {
        return template.request(uri("chat", options), e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE, system);
        }).getMessage();
    }

    private List<ChatChunk> stream(String options, String system, String text) throws Exception {
        return stream(uri("chat", "stream=true&" + options), e -> {
            e.getMessage().setBody(text);
            if (system != null) {
                e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE, system);
            }
        });
    }

    private <T extends AiHttpException> T failure(Class<T> type, String options, String system, String text) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader(uri("chat", options), text, AiHeaders.SYSTEM_MESSAGE, system));
        return assertInstanceOf(type, e.getCause(), messages(e));
    }

    @Test
    void aPlainAnswerGivesThePrintedTextUsageFinishReasonAndId() throws Exception {
        Recording rec = replay("recorded/azure/chat.json");

        Message out = chat("", SYSTEM, "How many languages are in the world?");

        RecordedRequest r = take();
        assertEquals("POST", r.getMethod());
        assertEquals("/models/chat/completions", r.getUrl().encodedPath());
        assertEquals("api-version=2024-05-01-preview", r.getUrl().encodedQuery());
        assertEquals("K", r.getHeaders().get("api-key"));
        assertEquals(rec.only().requestJson(), json(r), "the printed request");
        assertEquals(rec.only().responseJson().path("choices").get(0).path("message").path("content").asText(),
                out.getBody(String.class));
        assertTrue(out.getBody(String.class).startsWith("As of now, it's estimated that there are about 7,000"));
        assertEquals("0a1234b5de6789f01gh2i345j6789klm", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(FinishReason.STOP, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("stop", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals(19L, out.getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(72L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(91L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        assertEquals(List.of(), out.getHeader(AiHeaders.TOOL_CALLS), "\"tool_calls\": null is no tool call");
    }

    /** The model that answered goes to CamelAiResponseModel (not the input header). */
    @Test
    void theAnsweringModelIsReportedInTheResponseModelHeader() {
        replay("recorded/azure/chat.json");

        Message out = chat("", SYSTEM, "How many languages are in the world?");

        assertEquals("Cohere-command-r-plus-08-2024", out.getHeader(RESPONSE_MODEL));
    }

    /** A stream reports the completion's model, not the empty one of annotation chunks. */
    @Test
    void aStreamReportsTheCompletionsModelInTheResponseModelHeader() throws Exception {
        replay("recorded/azure/chat-stream-async-filter.json");

        ChatChunk end = end(stream("temperature=0&frequencyPenalty=0&presencePenalty=1.0&topP=1.0&maxTokens=800",
                null, "What is color?"));

        assertEquals("gpt-35-turbo", ((Message) end).getHeader(RESPONSE_MODEL));
    }

    @Test
    void thePrintedStreamEndsWithTheLastChunksUsageAndFinishReason() throws Exception {
        Recording rec = replay("recorded/azure/chat-stream.json");

        List<ChatChunk> chunks = stream("temperature=0&topP=1&maxTokens=2048", SYSTEM,
                "How many languages are in the world?");

        assertJson(rec.only().requestJson(), json(take()), "the printed streaming request");
        ChatChunk end = end(chunks);
        assertEquals("23b54589eba14564ad8a2e6978775a39", end.result().responseId());
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertEquals(19L, end.result().usage().inputTokens());
        assertEquals(72L, end.result().usage().outputTokens());
        assertEquals(91L, end.result().usage().totalTokens());
        assertEquals("", text(chunks), "both printed chunks carry empty content");
    }

    @Test
    void theRecordedStreamsEmptyChoicesFirstChunkAndAnnotationChunksAddNoText() throws Exception {
        Recording rec = replay("recorded/azure/chat-stream-async-filter.json");

        List<ChatChunk> chunks = stream("temperature=0&frequencyPenalty=0&presencePenalty=1.0&topP=1.0&maxTokens=800",
                null, "What is color?");

        assertJson(rec.only().requestJson(), json(take()), "the recorded request, printed with the stream");
        assertEquals(List.of("Color", " is", " a"), ofType(chunks, ChunkType.TEXT).stream().map(ChatChunk::text)
                .toList(), "no chunk for the prompt annotations, the role delta or the offsets-only annotations");
        ChatChunk end = end(chunks);
        assertEquals("Color is a", end.result().text());
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertEquals("stop", end.result().finishReasonRaw());
        assertEquals("chatcmpl-7rCNsVeZy0PGnX3H6jK8STps5nZUY", end.result().responseId(),
                "the completion's id, not the empty id of the annotation chunks around it");
    }

    @Test
    void aRecordedStreamStoppedByTheFilterEndsWithContentFilter() throws Exception {
        Recording rec = replay("recorded/azure/chat-stream-filtered.json");

        List<ChatChunk> chunks = stream("temperature=0&frequencyPenalty=0&presencePenalty=1.0&topP=1.0&maxTokens=800",
                null, "Tell me the lyrics to \"Hey Jude\".");

        assertJson(rec.only().requestJson(), json(take()), "the recorded request, printed with the stream");
        assertEquals("Hey Jude, better", text(chunks));
        ChatChunk end = end(chunks);
        assertEquals(FinishReason.CONTENT_FILTER, end.result().finishReason(),
                "the finish reason arrives on an annotation chunk without a delta");
        assertEquals("content_filter", end.result().finishReasonRaw());
        assertEquals("Hey Jude, better", end.result().text(), "the text received before the filter stopped it");
    }

    @Test
    void aToolCallAnswerGivesThePrintedCallAndItsUsage() throws Exception {
        Recording rec = replay("recorded/azure/chat-tool-call.json");
        JsonNode request = rec.only().requestJson();
        JsonNode fn = request.path("tools").get(0).path("function");

        Message out = template.request(uri("chat", "toolChoice=auto&toolExecution=manual"), e -> {
            e.getMessage().setBody(request.path("messages").get(1).path("content").asText());
            e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE,
                    request.path("messages").get(0).path("content").asText());
            e.getMessage().setHeader(AiHeaders.TOOLS, List.of(new ToolDefinition(fn.path("name").asText(),
                    fn.path("description").asText(), fn.path("parameters"))));
        }).getMessage();

        assertEquals(request, json(take()), "the printed request, tools and tool_choice included");
        assertEquals("", out.getBody(String.class));
        assertEquals(List.of(new ToolCall("abc0dF1gh", "get_flight_info",
                "{\"origin_city\": \"Miami\", \"destination_city\": \"Seattle\"}")),
                out.getHeader(AiHeaders.TOOL_CALLS));
        assertEquals(FinishReason.TOOL_CALLS, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("tool_calls", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals(190L, out.getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(226L, out.getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void thePrintedContentFilterRejectionIsAContentFilterException() throws Exception {
        Recording rec = replay("recorded/azure/chat-content-filter.json");

        AiContentFilterException e = failure(AiContentFilterException.class, "maxRetries=3",
                "You are an AI assistant that helps people find information.",
                "Chopping tomatoes and cutting them into cubes or wedges are great ways to practice your knife skills.");

        assertEquals(rec.only().requestJson(), json(take()), "the printed request");
        assertEquals(400, e.getStatusCode());
        assertEquals("content_filter", e.getErrorCode());
        assertEquals("The response was filtered due to the prompt triggering Microsoft's content management policy."
                + " Please modify your prompt and retry.", e.getProviderMessage());
        assertFalse(e.isRetryable());
        assertRequestCount(1);
    }

    @Test
    void thePrintedCategoriesOfAContentFilterRejectionAreKept() {
        replay("recorded/azure/chat-content-filter-categories.json");

        AiContentFilterException e = failure(AiContentFilterException.class, "", SYSTEM, "hi");

        assertEquals(Map.of(
                "hate", new AiContentFilterException.Category("hate", true, "high", null),
                "self-harm", new AiContentFilterException.Category("self-harm", true, "high", null),
                "sexual", new AiContentFilterException.Category("sexual", false, "safe", null),
                "violence", new AiContentFilterException.Category("violence", true, "medium", null)),
                e.getCategories());
        assertEquals(List.of("hate", "self-harm", "violence"), e.getFilteredCategories());
        assertTrue(e.getProviderMessage().startsWith("The response was filtered due to the prompt triggering Azure"
                + " Content management policy."));
    }

    @Test
    void theFoundryErrorWithoutAnErrorWrapperIsAContentFilterExceptionToo() throws Exception {
        Recording rec = replay("recorded/azure/chat-content-filter-flat.json");

        AiContentFilterException e = failure(AiContentFilterException.class, "temperature=0&topP=1",
                "You are a helpful assistant",
                "Chopping tomatoes and cutting them into cubes or wedges are great ways to practice your knife skills.");

        assertJson(rec.only().requestJson(), json(take()), "the printed request");
        assertEquals(400, e.getStatusCode());
        assertEquals("content_filter", e.getErrorCode());
        assertEquals("The response was filtered", e.getProviderMessage());
    }

    @Test
    void aRecorded429IsRetryableAndTheRetryGetsAnAnswer() throws Exception {
        Recording.load("recorded/azure/error-429.json").only().enqueue(server);
        Recording.load("recorded/azure/chat.json").only().enqueue(server);

        Message out = chat("maxRetries=1", SYSTEM, "How many languages are in the world?");

        assertTrue(out.getBody(String.class).startsWith("As of now"));
        assertEquals(json(take()), json(take()), "the retry sends the same request");
    }

    @Test
    void aRecorded429WithoutRetriesLeftNamesTheRateLimit() {
        replay("recorded/azure/error-429.json");

        AiHttpException e = failure(AiHttpException.class, "maxRetries=0", SYSTEM, "hi");

        assertEquals(429, e.getStatusCode());
        assertEquals("429", e.getErrorCode());
        assertTrue(e.isRetryable());
        assertTrue(e.getProviderMessage().startsWith("Requests to the ChatCompletions_Create Operation under Azure"
                + " OpenAI API version 2023-05-15 have exceeded token rate limit"),
                e.getProviderMessage());
    }

    @Test
    void embeddingsOfTwoInputsGiveThePrintedVectorsInOrderAndTheUsage() throws Exception {
        Recording rec = replay("recorded/azure/embed.json");

        Message out = template.request(uri("embed", ""), e -> e.getMessage().setBody(List.of(
                "The ultimate answer to the question of life", "The largest planet in our solar system is Jupiter")))
                .getMessage();

        RecordedRequest r = take();
        assertEquals("/models/embeddings", r.getUrl().encodedPath());
        assertEquals(rec.only().requestJson(), json(r));
        List<?> vectors = out.getBody(List.class);
        assertEquals(2, vectors.size());
        float[] printed = {0.017196655f, -0.000687122f, -0.025054932f, -0.015777588f};
        assertArrayEquals(printed, (float[]) vectors.get(0));
        assertArrayEquals(printed, (float[]) vectors.get(1));
        assertEquals(19L, out.getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(19L, out.getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void infoGivesThePrintedModelDescription() throws Exception {
        Recording rec = replay("recorded/azure/info.json");

        Object info = template.requestBody(uri("info", ""), (Object) null);

        RecordedRequest r = take();
        assertEquals("GET", r.getMethod());
        assertEquals("/models/info", r.getUrl().encodedPath());
        assertEquals(rec.only().responseJson(), tree(info));
    }
}
