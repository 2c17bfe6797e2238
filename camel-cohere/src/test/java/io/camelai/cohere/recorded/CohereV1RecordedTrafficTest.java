package io.camelai.cohere.recorded;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.cohere.CohereConstants;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.RecordedTrafficTestSupport;
import io.camelai.support.testing.Recording;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.camelai.support.testing.Recording.without;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cohere v1 chat ({@code apiVersion=v1}) replayed from traffic recorded against api.cohere.com (langchain-cohere's
 * VCR cassettes of 2024, before it moved to v2): plain answers, the newline-delimited JSON stream, documents,
 * connectors, tool calls (plain and streamed) and a streamed tool loop whose answer cites the tool output.
 * Fields the recording client sends and this component leaves out ({@code chat_history: []}, {@code stream: false})
 * are compared away; everything else must match.
 */
class CohereV1RecordedTrafficTest extends RecordedTrafficTestSupport {

    private static final String PLAN = "I will use the Person tool to create a person with the name Erick and age 27,"
            + " and then relay this information to the user.";

    /**
     * What the route sent, without the model: the recording client let the API pick its default model, this
     * endpoint always names one (its default, {@code command-a-03-2025}).
     */
    private static JsonNode sent(RecordedRequest r) {
        JsonNode body = json(r);
        assertEquals("command-a-03-2025", body.path("model").asText(), "the endpoint's default model");
        return without(body, "model");
    }

    private String chat(String options) {
        return "cohere:chat?apiVersion=v1&apiKey=k&maxRetries=0&baseUrl=" + serverUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("llm-tool:magic_function?description=Applies a magic function to an input.&parameter.input=integer")
                        .process(e -> e.getMessage().setBody("{\"output\": \""
                                + (e.getMessage().getHeader("input", Integer.class) + 2) + "\"}"));
            }
        };
    }

    /** A v1 recorded tool ({@code parameter_definitions}) as the JSON Schema tool definition it was made from. */
    /**
     * Offers the recorded tool definition from the endpoint's configuration (a header's definitions never run
     * anything): a registry bean that answers magic_function(n) = n + 2, as the recorded client's tool did.
     */
    private String offerMagicFunction(String bean, ToolDefinition definition) {
        context.getRegistry().bind(bean, new io.camelai.support.tools.Tool() {
            @Override
            public ToolDefinition definition() {
                return definition;
            }

            @Override
            public Object invoke(org.apache.camel.Exchange exchange, io.camelai.support.chat.ToolCall call)
                    throws Exception {
                int input = io.camelai.support.json.AiJson.mapper().readTree(call.arguments()).path("input").asInt();
                return "{\"output\": \"" + (input + 2) + "\"}";
            }
        });
        return "&tools=#" + bean;
    }

    private static ToolDefinition definition(JsonNode v1Tool) {
        ObjectNode schema = AiJson.mapper().createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        v1Tool.path("parameter_definitions").fields().forEachRemaining(p -> {
            String type = "int".equals(p.getValue().path("type").asText()) ? "integer" : "string";
            properties.putObject(p.getKey()).put("type", type).put("description",
                    p.getValue().path("description").asText());
            if (p.getValue().path("required").asBoolean()) {
                required.add(p.getKey());
            }
        });
        return new ToolDefinition(v1Tool.path("name").asText(), v1Tool.path("description").asText(), schema);
    }

    @Test
    void aPlainAnswerGivesTheRecordedTextFinishReasonAndResponseId() throws Exception {
        Recording rec = replay("recorded/cohere/v1-chat.json");

        Message out = template.request(chat(""), e -> e.getMessage().setBody("I'm Pickle Rick")).getMessage();

        RecordedRequest r = take();
        assertEquals("POST", r.getMethod());
        assertEquals("/v1/chat", r.getTarget());
        assertEquals("Bearer k", r.getHeaders().get("Authorization"));
        assertEquals(without(rec.only().requestJson(), "chat_history", "stream"), sent(r));
        assertEquals("You're Pickle Rick! Wow, it's not every day that I get to chat with a pickle... or Rick, for"
                + " that matter. How's it going?", out.getBody(String.class));
        assertEquals("131c9112-d5d7-405b-bc49-6cb7ac4c721e", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(FinishReason.STOP, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("COMPLETE", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals(33L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
    }

    @Test
    void aPlainAnswerClearsTheToolPlanSearchQueriesAndDocumentsOfAnEarlierCall() throws Exception {
        replay("recorded/cohere/v1-chat.json");

        Message out = template.request(chat(""), e -> {
            e.getMessage().setBody("I'm Pickle Rick");
            e.getMessage().setHeader(CohereConstants.TOOL_PLAN, "an earlier call's plan");
            e.getMessage().setHeader(CohereConstants.SEARCH_QUERIES, "an earlier call's queries");
            e.getMessage().setHeader(CohereConstants.RESPONSE_DOCUMENTS, "an earlier call's documents");
        }).getMessage();

        take();
        assertEquals(null, out.getHeader(CohereConstants.TOOL_PLAN));
        assertEquals(null, out.getHeader(CohereConstants.SEARCH_QUERIES));
        assertEquals(null, out.getHeader(CohereConstants.RESPONSE_DOCUMENTS));
    }

    /** v1 input tokens are meta.tokens (what the model processed), not meta.billed_units. */
    @Test
    void tokenHeadersReportMetaTokensNotTheBilledUnits() {
        replay("recorded/cohere/v1-chat.json");

        Message out = template.request(chat(""), e -> e.getMessage().setBody("I'm Pickle Rick")).getMessage();

        assertEquals(70L, out.getHeader(AiHeaders.INPUT_TOKENS), "meta.tokens.input_tokens (billed: 4)");
        assertEquals(103L, out.getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void theNewlineDelimitedStreamGivesEveryTextGenerationAndTheStreamEndResult() throws Exception {
        Recording rec = replay("recorded/cohere/v1-chat-stream.json");

        List<ChatChunk> chunks = stream(chat("stream=true"), "I'm Pickle Rick");

        assertEquals(without(rec.only().requestJson(), "chat_history"), sent(take()), "stream=true as recorded");
        assertEquals("application/stream+json", rec.only().responseHeader("content-type"), "replayed as recorded");
        assertEquals(26, ofType(chunks, ChunkType.TEXT).size(), "one TEXT chunk per text-generation line");
        String text = "Oh, hello there, Pickle Rick! It's an interesting choice of form you've taken. How can I help"
                + " you today?";
        assertEquals(text, text(chunks));
        ChatChunk end = end(chunks);
        assertEquals(text, end.result().text());
        assertEquals("d85e5d97-641c-432f-9874-93444b249ea8", end.result().responseId());
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertEquals(26L, end.result().usage().outputTokens());
    }

    @Test
    void documentsGoOutAsRecordedAndTheCitationDocumentsAndSearchQueriesComeBack() throws Exception {
        Recording rec = replay("recorded/cohere/v1-chat-documents.json");

        Message out = template.request(chat("promptTruncation=AUTO"), e -> {
            e.getMessage().setBody("What color is the sky?");
            e.getMessage().setHeader(CohereConstants.DOCUMENTS, List.of(Map.of("text", "The sky is green.")));
        }).getMessage();

        assertEquals(without(rec.only().requestJson(), "chat_history", "stream"), sent(take()));
        JsonNode recorded = rec.only().responseJson();
        assertEquals("The sky is green.", out.getBody(String.class));
        assertEquals(recorded.path("citations"), tree(out.getHeader(AiHeaders.CITATIONS)), "11-17 'green.' doc_0");
        assertEquals(recorded.path("documents"), tree(out.getHeader(CohereConstants.RESPONSE_DOCUMENTS)));
        assertEquals(recorded.path("search_queries"), tree(out.getHeader(CohereConstants.SEARCH_QUERIES)));
    }

    @Test
    void aWebSearchConnectorAnswerCitesTheThreeSearchResultsItUsed() throws Exception {
        Recording rec = replay("recorded/cohere/v1-chat-connectors.json");

        Message out = template.request(chat("connectors=web-search&promptTruncation=AUTO"),
                e -> e.getMessage().setBody("Who directed dune two? reply with just the name.")).getMessage();

        assertEquals(without(rec.only().requestJson(), "chat_history", "stream"), sent(take()));
        assertEquals("Denis Villeneuve.", out.getBody(String.class));
        JsonNode citations = tree(out.getHeader(AiHeaders.CITATIONS));
        assertEquals(json("""
                [{"start":0,"end":17,"text":"Denis Villeneuve.",
                  "document_ids":["web-search_0","web-search_4","web-search_5"]}]"""), citations);
        JsonNode documents = tree(out.getHeader(CohereConstants.RESPONSE_DOCUMENTS));
        assertEquals(3, documents.size());
        assertEquals(rec.only().responseJson().path("documents"), documents);
    }

    @Test
    void aToolCallAnswerGivesTheCallWithAnIdFromTheGenerationAndItsPlan() throws Exception {
        Recording rec = replay("recorded/cohere/v1-chat-tool-call.json");
        JsonNode recorded = rec.only().requestJson();

        Message out = template.request(chat("temperature=0&toolExecution=manual"), e -> {
            e.getMessage().setBody("Erick, 27 years old");
            e.getMessage().setHeader(AiHeaders.TOOLS, List.of(definition(recorded.path("tools").get(0))));
        }).getMessage();

        assertEquals(without(recorded, "chat_history", "stream"), sent(take()), "parameter_definitions as recorded");
        assertEquals(List.of(new ToolCall("93580a3a-bf2b-41fb-aae6-368ad48d0320-0", "Person",
                "{\"age\":27,\"name\":\"Erick\"}")), out.getHeader(AiHeaders.TOOL_CALLS));
        assertEquals(FinishReason.TOOL_CALLS, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("COMPLETE", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        String plan = "I will use the Person tool to create an entry for Erick, 27 years old.";
        assertEquals(plan, out.getHeader(CohereConstants.TOOL_PLAN));
        // v1 answers a tool call with the plan as its text; it stays the body (and the assistant turn of a tool loop),
        // because v1 wants it back in chat_history ("all elements in history must have a message")
        assertEquals(plan, out.getBody(String.class));
    }

    @Test
    void aStreamedToolCallEndsWithTheAssembledCallAndTheToolCallsFinishReason() throws Exception {
        Recording rec = replay("recorded/cohere/v1-chat-stream-tool-call.json");
        JsonNode recorded = rec.only().requestJson();

        List<ChatChunk> chunks = stream(chat("model=command-r&temperature=0&stream=true"
                + "&toolExecution=manual"), e -> {
                    e.getMessage().setBody("Erick, 27 years old");
                    e.getMessage().setHeader(AiHeaders.TOOLS, List.of(definition(recorded.path("tools").get(0))));
                });

        assertEquals(without(recorded, "chat_history"), json(take()));
        assertEquals(17, ofType(chunks, ChunkType.TOOL_CALL).size(), "one TOOL_CALL chunk per tool_call_delta");
        assertEquals("", text(chunks), "the plan streamed in tool-calls-chunk is not answer text");
        ChatChunk end = end(chunks);
        assertEquals(PLAN, end.result().text(), "the whole text, as the unstreamed answer gives it");
        assertEquals(List.of(new ToolCall("41ea28fc-1dca-4962-9f06-9acd9e74c966-0", "Person",
                "{\n            \"name\": \"Erick\",\n            \"age\": 27\n        }")), end.result().toolCalls());
        assertEquals(FinishReason.TOOL_CALLS, end.result().finishReason(), "as the same answer gives unstreamed");
        assertEquals("COMPLETE", end.result().finishReasonRaw());
        assertEquals(PLAN, ((Message) end).getHeader(CohereConstants.TOOL_PLAN));
    }

    @Test
    void aStreamedToolLoopSendsTheToolResultsAndEndsWithTheCitedAnswer() throws Exception {
        Recording rec = replay("recorded/cohere/v1-chat-stream-tool-loop.json");
        JsonNode first = rec.get(0).requestJson();

        List<ChatChunk> chunks = stream(chat("stream=true&toolExecution=auto"
                + offerMagicFunction("magicV1", definition(first.path("tools").get(0)))),
                e -> {
                    e.getMessage().setBody("what is the value of magic_function(3)?");
                    e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE, "You are a helpful assistant");
                });

        JsonNode sent = sent(take());
        assertEquals(without(first, "chat_history"), without(sent, "preamble"), "tools and message as recorded");
        assertEquals("You are a helpful assistant", sent.path("preamble").asText(),
                "the system message as the preamble, where the recording client put a System history turn");
        JsonNode second = json(take());
        JsonNode recordedSecond = rec.get(1).requestJson();
        assertEquals("", second.path("message").asText());
        assertEquals(recordedSecond.path("tool_results"), second.path("tool_results"), "call and outputs as recorded");
        assertEquals(recordedSecond.path("tools"), second.path("tools"));
        JsonNode turn = second.path("chat_history").get(1);
        assertEquals("CHATBOT", turn.path("role").asText());
        assertEquals(recordedSecond.path("chat_history").get(2).path("message"), turn.path("message"),
                "the streamed plan, as the recorder sent it back (v1 refuses a history turn without a message)");
        assertEquals(json("[{\"name\":\"magic_function\",\"parameters\":{\"input\":3}}]"), turn.path("tool_calls"));
        assertEquals("The value of magic_function(3) is **5**.", text(chunks));
        List<ChatChunk> citations = ofType(chunks, ChunkType.CITATION);
        assertEquals(1, citations.size());
        assertEquals(json("{\"start\":36,\"end\":37,\"text\":\"5\",\"document_ids\":[\"magic_function:0:3:0\"]}"),
                tree(citations.get(0).citation()));
        ChatChunk end = end(chunks);
        assertEquals("a4476cd5-63cd-4885-8730-8484bfe05bad", end.result().responseId());
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertRequestCount(2);
    }
}
