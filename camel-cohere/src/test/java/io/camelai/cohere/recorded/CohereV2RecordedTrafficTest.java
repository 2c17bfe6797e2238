package io.camelai.cohere.recorded;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConstants;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.testing.RecordedTrafficTestSupport;
import io.camelai.support.testing.Recording;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static io.camelai.support.testing.Recording.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cohere v2 chat replayed from traffic recorded against api.cohere.com (langchain-cohere's VCR cassettes, sources in
 * each fixture and in src/test/resources/recorded/README.md): the request the route sends matches the recorded one
 * (minus fields we fill differently), and the route gets the recorded text, finish reason, id, tool calls, citations.
 */
class CohereV2RecordedTrafficTest extends RecordedTrafficTestSupport {

    private String chat(String options) {
        return "cohere:chat?apiKey=k&maxRetries=0&baseUrl=" + serverUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the recorded tool: magic_function(3) = 5
                from("llm-tool:magic_function?description=Applies a magic function to an input.&parameter.input=integer")
                        .process(e -> e.getMessage().setBody("{\"output\": \""
                                + (e.getMessage().getHeader("input", Integer.class) + 2) + "\"}"));
            }
        };
    }

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

    /** The magic_function definition exactly as the recorded client declared it. */
    private static ToolDefinition magicFunction(JsonNode recordedRequest) {
        JsonNode fn = recordedRequest.path("tools").get(0).path("function");
        return new ToolDefinition(fn.path("name").asText(), fn.path("description").asText(), fn.path("parameters"));
    }

    @Test
    void aPlainAnswerGivesTheRecordedTextFinishReasonAndResponseId() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat.json");

        Message out = template.request(chat("model=command-r"), e -> e.getMessage().setBody("I'm Pickle Rick"))
                .getMessage();

        RecordedRequest r = take();
        assertEquals("POST", r.getMethod());
        assertEquals("/v2/chat", r.getTarget());
        assertEquals("Bearer k", r.getHeaders().get("Authorization"));
        assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(without(rec.only().requestJson(), "stream"), json(r),
                "the recorded request, stream=false left out");
        assertEquals("Hi there! You're Pickle Rick? That's a fun nickname! Do you have a question or would you like"
                + " some help with something?", out.getBody(String.class));
        assertEquals("57bc5def-08e2-43c1-9fb6-d554900ccb36", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(FinishReason.STOP, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("COMPLETE", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals(28L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(List.of(), out.getHeader(AiHeaders.TOOL_CALLS));
    }

    /** The input tokens are those the model processed (usage.tokens), not the billed units. */
    @Test
    void tokenHeadersReportWhatTheModelProcessedNotTheBilledUnits() {
        replay("recorded/cohere/v2-chat.json");

        Message out = template.request(chat("model=command-r"), e -> e.getMessage().setBody("I'm Pickle Rick"))
                .getMessage();

        assertEquals(70L, out.getHeader(AiHeaders.INPUT_TOKENS), "usage.tokens.input_tokens (billed: 4)");
        assertEquals(28L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(98L, out.getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void aStreamEndingWithDoneGivesEveryDeltaAndTheMessageEndFinishReason() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat-stream.json");

        List<ChatChunk> chunks = stream(chat("model=command-r&stream=true"), "I'm Pickle Rick");

        RecordedRequest r = take();
        assertEquals("text/event-stream", r.getHeaders().get("Accept"));
        assertEquals(rec.only().requestJson(), json(r), "the recorded streaming request, stream=true included");
        assertEquals(69, ofType(chunks, ChunkType.TEXT).size(), "one TEXT chunk per content-delta event");
        String text = "Hi there! You're Pickle Rick? That's a fun nickname! Do you have a special recipe for pickling"
                + " or a favorite way to be enjoyed? I'm a big fan of the show Rick and Morty too, by the way."
                + " Can I help you with anything else? Maybe some Rick and Morty fan theories or episode"
                + " recommendations?";
        assertEquals(text, text(chunks));
        ChatChunk end = end(chunks);
        assertEquals(text, end.result().text());
        assertEquals("3ec845ed-ebb1-4223-9648-4e5632d5c6b5", end.result().responseId(), "the message-start id");
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertEquals("COMPLETE", end.result().finishReasonRaw());
        assertEquals(69L, end.result().usage().outputTokens());
    }

    /** A stream's token headers are those the model processed too. */
    @Test
    void aStreamsTokenHeadersReportWhatTheModelProcessed() throws Exception {
        replay("recorded/cohere/v2-chat-stream.json");

        ChatChunk end = end(stream(chat("model=command-r&stream=true"), "I'm Pickle Rick"));

        Message last = (Message) end;
        assertEquals(70L, last.getHeader(AiHeaders.INPUT_TOKENS), "usage.tokens.input_tokens (billed: 4)");
        assertEquals(69L, last.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(139L, last.getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void aToolCallAnswerGivesTheRecordedCallItsPlanAndNoText() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat-tool-call.json");
        JsonNode recorded = rec.only().requestJson();

        Message out = template.request(chat("model=command-r&temperature=0&toolExecution=manual"), e -> {
            e.getMessage().setBody("Erick, 27 years old");
            e.getMessage().setHeader(AiHeaders.TOOLS, List.of(person(recorded)));
        }).getMessage();

        assertEquals(without(recorded, "stream"), json(take()), "the recorded request, tool schema included");
        assertEquals("", out.getBody(String.class));
        assertEquals(List.of(new ToolCall("Person_zh3gneaxfh7q", "Person", "{\"age\":27,\"name\":\"Erick\"}")),
                out.getHeader(AiHeaders.TOOL_CALLS));
        assertEquals(FinishReason.TOOL_CALLS, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("TOOL_CALL", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals("I will use the Person tool to create a person with the name Erick and age 27, and then relay"
                + " this information to the user.", out.getHeader(CohereConstants.TOOL_PLAN));
        assertEquals("bd32370b-684b-4de3-8f99-8a7653ffd93b", out.getHeader(AiHeaders.RESPONSE_ID));
    }

    @Test
    void aStreamedToolCallIsAssembledFromItsStartAndDeltaEvents() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat-stream-tool-call.json");
        JsonNode recorded = rec.only().requestJson();

        List<ChatChunk> chunks = stream(chat("model=command-r&temperature=0&stream=true"
                + "&toolExecution=manual"), e -> {
                    e.getMessage().setBody("Erick, 27 years old");
                    e.getMessage().setHeader(AiHeaders.TOOLS, List.of(person(recorded)));
                });

        assertEquals(recorded, json(take()), "the recorded request, its 'str'/'int' schema types passed as given");
        assertEquals(17, ofType(chunks, ChunkType.TOOL_CALL).size(), "tool-call-start and its 16 deltas");
        assertEquals("", text(chunks), "tool-plan deltas are not answer text");
        ChatChunk end = end(chunks);
        assertEquals(
                List.of(new ToolCall("Person_2fnrphbsnr66", "Person",
                        "{\n    \"name\": \"Erick\",\n    \"age\": 27\n}")),
                end.result().toolCalls());
        assertEquals(FinishReason.TOOL_CALLS, end.result().finishReason());
        assertEquals("I will use the Person tool to create a person with the name Erick and age 27, and then relay"
                + " this information to the user.", ((Message) end).getHeader(CohereConstants.TOOL_PLAN));
        assertEquals("35c028fc-0223-47b6-8fae-ebd3255e9a63", end.result().responseId());
    }

    @Test
    void documentsGoOutAsRecordedAndTheCitationComesBackWithItsSpanAndSource() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat-documents.json");

        Message out = template.request(chat("model=command-r"), e -> {
            e.getMessage().setBody("What color is the sky?");
            e.getMessage().setHeader(CohereConstants.DOCUMENTS, List.of(Map.of("id", "doc-0", "text",
                    "The sky is green.")));
        }).getMessage();

        assertEquals(without(rec.only().requestJson(), "stream"), json(take()));
        assertEquals("The sky is green.", out.getBody(String.class));
        assertEquals(rec.only().responseJson().path("message").path("citations"),
                tree(out.getHeader(AiHeaders.CITATIONS)), "start 11, end 17, 'green.', source doc-0");
    }

    @Test
    void anAutomaticToolLoopSendsTheResultAsADocumentAndGetsTheCitedAnswerFromGzipBodies() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat-tool-loop.json");
        JsonNode first = rec.get(0).requestJson();

        Message out = template.request(chat("model=command-a-03-2025&toolExecution=auto"
                + offerMagicFunction("magicV2", magicFunction(first))), e -> {
                    e.getMessage().setBody("what is the value of magic_function(3)?");
                    e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE, "You are a helpful assistant");
                }).getMessage();

        assertEquals(without(first, "stream"), json(take()), "the recorded first request");
        JsonNode second = json(take());
        JsonNode recorded = rec.get(1).requestJson();
        assertEquals(without(recorded, "stream", "messages"), without(second, "messages"));
        JsonNode messages = second.path("messages");
        assertEquals(4, messages.size());
        assertEquals(recorded.path("messages").get(3), messages.get(3), "the tool result as a document, as recorded");
        assertEquals(without(recorded.path("messages").get(2), "tool_plan").path("tool_calls").get(0).path("id"),
                messages.get(2).path("tool_calls").get(0).path("id"));
        assertEquals("{\"input\":3}", messages.get(2).path("tool_calls").get(0).path("function").path("arguments")
                .asText(), "the model's own arguments, sent back as it wrote them");
        assertEquals("The value of magic_function(3) is 5.", out.getBody(String.class));
        assertEquals(rec.get(1).responseJson().path("message").path("citations"),
                tree(out.getHeader(AiHeaders.CITATIONS)), "the tool-output citation of the final answer");
        assertEquals(2, out.getHeader(AiHeaders.MODEL_CALLS));
        assertEquals("8d74759e-5308-4173-baa6-a3e0f0ef7a0c", out.getHeader(AiHeaders.RESPONSE_ID));
    }

    @Test
    void aStreamedToolLoopEndsWithTheSecondStreamsTextAndItsCitationChunk() throws Exception {
        Recording rec = replay("recorded/cohere/v2-chat-stream-tool-loop.json");

        List<ChatChunk> chunks = stream(chat("model=command-r-plus&stream=true&toolExecution=auto"
                + offerMagicFunction("magicV2Stream", magicFunction(rec.get(0).requestJson()))),
                e -> {
                    e.getMessage().setBody("what is the value of magic_function(3)?");
                    e.getMessage().setHeader(AiHeaders.SYSTEM_MESSAGE, "You are a helpful assistant");
                });

        assertEquals(rec.get(0).requestJson(), json(take()), "the recorded first streaming request");
        JsonNode second = json(take());
        assertEquals(rec.get(1).requestJson().path("messages").get(3), second.path("messages").get(3),
                "the tool result, as recorded");
        assertEquals("magic_function_yypdfpdj7gx6", second.path("messages").get(2).path("tool_calls").get(0)
                .path("id").asText());
        assertEquals("The value of magic_function(3) is 5.", end(chunks).result().text());
        List<ChatChunk> citations = ofType(chunks, ChunkType.CITATION);
        assertEquals(1, citations.size());
        assertEquals(json("""
                {"start":34,"end":35,"text":"5","sources":[{"type":"tool","id":"magic_function_yypdfpdj7gx6:0",
                 "tool_output":{"output":"5"}}]}"""), tree(citations.get(0).citation()));
        assertEquals(FinishReason.STOP, end(chunks).result().finishReason());
        assertEquals("95cca98f-632d-4b46-81eb-465fad856e2f", end(chunks).result().responseId());
    }

    private static ToolDefinition person(JsonNode recordedRequest) {
        JsonNode fn = recordedRequest.path("tools").get(0).path("function");
        return new ToolDefinition("Person", fn.path("description").asText(), fn.path("parameters"));
    }
}
