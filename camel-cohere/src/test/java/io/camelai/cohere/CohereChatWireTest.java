package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.cohere.api.V1ChatRequest;
import io.camelai.cohere.api.V2ChatRequest;
import io.camelai.cohere.api.V2Message;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.Usage;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Message;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cohere:chat on the wire: the exact v2 and v1 requests sent, and what the route gets back from each answer. */
class CohereChatWireTest extends CohereWireTestSupport {

    private static final String V2_TEXT = """
            {"id":"r-1","finish_reason":"%s","message":{"role":"assistant","content":[
              {"type":"thinking","thinking":"hmm"},{"type":"text","text":"Hello"},{"type":"text","text":" there"}]},
             "usage":{"billed_units":{"input_tokens":12.0,"output_tokens":7},"tokens":{"input_tokens":99,"output_tokens":70}}}
            """;

    /** A tool bean as a route author writes one; manual execution never calls it. */
    public static class Weather {
        final List<String> calls = new ArrayList<>();

        @AiTool(name = "lookup", description = "Looks up the weather")
        public String lookup(@AiToolParam(name = "city", description = "the city") String city,
                @AiToolParam(name = "days") int days,
                @AiToolParam(name = "threshold", required = false) double threshold,
                @AiToolParam(name = "metric", required = false) boolean metric) {
            calls.add(city);
            return "sunny";
        }
    }

    private final Weather weather = new Weather();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("weather", weather);
    }

    // ---- v2

    @Test
    void v2SendsEveryOptionWithItsSnakeCaseKeyAndJsonType() throws Exception {
        respond(V2_TEXT.formatted("COMPLETE"));

        String uri = uri("chat", "model=command-r7b&temperature=0.5&maxTokens=200&p=0.8&k=40&seed=7"
                + "&stopSequences=a,b&frequencyPenalty=0.1&presencePenalty=0.2&safetyMode=STRICT"
                + "&strictTools=true&logprobs=true&toolChoice=REQUIRED&priority=3"
                + "&citationQuality=ACCURATE&responseFormat=json_object"
                + "&jsonSchema=RAW({\"type\":\"object\",\"required\":[\"a\"]})"
                + "&thinking=enabled&thinkingTokenBudget=100&preamble=RAW(Be brief.)");

        String answer = template.requestBodyAndHeader(uri, "Hi", CohereConstants.DOCUMENTS,
                List.of(Map.of("id", "d1", "title", "t")), String.class);

        assertEquals("Hello there", answer, "the text parts, not the thinking");
        RecordedRequest r = take();
        assertEquals("POST", r.getMethod());
        assertEquals("/v2/chat", r.getTarget());
        assertEquals("Bearer k", r.getHeaders().get("Authorization"));
        assertEquals("application/json", r.getHeaders().get("Accept"));
        assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals(json("""
                {"model":"command-r7b",
                 "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}],
                 "temperature":0.5,"max_tokens":200,"p":0.8,"k":40,"seed":7,"stop_sequences":["a","b"],
                 "frequency_penalty":0.1,"presence_penalty":0.2,"safety_mode":"STRICT","strict_tools":true,
                 "logprobs":true,"tool_choice":"REQUIRED","priority":3,
                 "documents":[{"id":"d1","data":{"title":"t"}}],
                 "citation_options":{"mode":"ACCURATE"},
                 "response_format":{"type":"json_object","json_schema":{"type":"object","required":["a"]}},
                 "thinking":{"type":"enabled","token_budget":100}}
                """), body(r));
    }

    @ParameterizedTest
    @CsvSource({"COMPLETE, STOP", "MAX_TOKENS, LENGTH", "STOP_SEQUENCE, STOP"})
    void v2AnswerGivesTextFinishReasonTheProcessedTokensAndTheBilledUnitsApart(String raw, FinishReason reason) {
        respond(V2_TEXT.formatted(raw));

        Message out = template.request(uri("chat", ""), e -> e.getMessage().setBody("Hi")).getMessage();

        assertEquals("Hello there", out.getBody(String.class));
        assertEquals(reason, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals(raw, out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals("r-1", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(99L, out.getHeader(AiHeaders.INPUT_TOKENS), "usage.tokens: what the model processed");
        assertEquals(70L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(169L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        assertEquals(12L, out.getHeader(CohereConstants.BILLED_INPUT_TOKENS), "usage.billed_units");
        assertEquals(7L, out.getHeader(CohereConstants.BILLED_OUTPUT_TOKENS));
    }

    @Test
    void v2AnswerIsReadWithItsUsageWhateverItsNumbersLookLike() {
        respond("""
                {"id":"r-9","finish_reason":"COMPLETE","message":{"role":"assistant",
                  "content":[{"type":"text","text":"Paris"}]},
                 "usage":{"tokens":{"input_tokens":12.0,"output_tokens":3},
                          "billed_units":{"input_tokens":4,"output_tokens":3}}}
                """);

        Message out = template.request(uri("chat", ""), e -> e.getMessage().setBody("Capital?")).getMessage();

        assertEquals("Paris", out.getBody(String.class));
        assertEquals(FinishReason.STOP, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals(12L, out.getHeader(AiHeaders.INPUT_TOKENS, Long.class), "the tokens processed, not billed");
        assertEquals(3L, out.getHeader(AiHeaders.OUTPUT_TOKENS, Long.class));
        assertEquals(4L, out.getHeader(CohereConstants.BILLED_INPUT_TOKENS, Long.class));
    }

    @Test
    void v2AnswerWithAnEmptyBodyIsAnEmptyAnswerWithoutUsage() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").build());

        Message out = template.request(uri("chat", ""), e -> e.getMessage().setBody("Hi")).getMessage();

        assertEquals("", out.getBody(String.class));
        assertNull(out.getHeader(AiHeaders.INPUT_TOKENS));
    }

    @Test
    void v2AnswerThatIsNotJsonFailsAsMalformedWithoutARetry() {
        respond("{\"id\":\"r-1\",\"message\":");
        respond(V2_TEXT.formatted("COMPLETE"));

        Exception e = template.request(uri("chat", ""), x -> x.getMessage().setBody("Hi")).getException();

        AiHttpException failure = assertInstanceOf(AiHttpException.class, e);
        assertTrue(failure.getMessage().contains("malformed response body"), failure.getMessage());
        assertEquals(1, server.getRequestCount(), "the provider may have acted on it: not sent again");
    }

    @Test
    void v2ToolCallAnswerWithManualExecutionGivesThePlanAndTheCalls() throws Exception {
        respond("""
                {"id":"r-2","finish_reason":"TOOL_CALL","message":{"role":"assistant",
                  "tool_plan":"I will look it up.",
                  "tool_calls":[{"id":"lookup_x1","type":"function",
                                 "function":{"name":"lookup","arguments":"{\\"city\\": \\"Paris\\", \\"days\\": 2}"}}]},
                 "usage":{"billed_units":{"input_tokens":5,"output_tokens":3}}}
                """);

        Message out = template.request(uri("chat", "tools=#weather&toolExecution=manual"),
                e -> e.getMessage().setBody("Weather in Paris?")).getMessage();

        assertEquals("", out.getBody(String.class));
        assertEquals(FinishReason.TOOL_CALLS, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("I will look it up.", out.getHeader(CohereConstants.TOOL_PLAN));
        assertEquals(List.of(new ToolCall("lookup_x1", "lookup", "{\"city\": \"Paris\", \"days\": 2}")),
                out.getHeader(AiHeaders.TOOL_CALLS));
        assertTrue(weather.calls.isEmpty(), "manual execution leaves the call to the route");
        assertEquals(json("""
                [{"type":"function","function":{"name":"lookup","description":"Looks up the weather",
                  "parameters":{"type":"object","properties":{"city":{"type":"string","description":"the city"},
                    "days":{"type":"integer"},"threshold":{"type":"number"},"metric":{"type":"boolean"}},
                    "required":["city","days"]}}}]
                """), body(take()).get("tools"));
    }

    @Test
    void v2OptionsHeaderOverridesTheEndpointsTemperatureForOneExchange() throws Exception {
        respond(V2_TEXT.formatted("COMPLETE"));
        respond(V2_TEXT.formatted("COMPLETE"));
        String uri = uri("chat", "temperature=0.5");

        template.requestBodyAndHeader(uri, "Hi", AiHeaders.OPTIONS, Map.of("temperature", 0.2));
        template.requestBody(uri, "Hi");

        assertEquals(json("0.2"), body(take()).get("temperature"));
        assertEquals(json("0.5"), body(take()).get("temperature"), "the next exchange has the endpoint's value");
    }

    @Test
    void v2RequestBodyIsSentAsGivenAndOptionsFillOnlyItsUnsetFields() throws Exception {
        respond(V2_TEXT.formatted("COMPLETE"));
        V2ChatRequest own = new V2ChatRequest().model("own-model").temperature(0.9).safetyMode("CONTEXTUAL")
                .addMessage(V2Message.user("as given"));

        template.requestBody(uri("chat", "model=endpoint-model&temperature=0.1&k=5&maxTokens=50"), own);

        assertEquals(json("""
                {"model":"own-model","messages":[{"role":"user","content":"as given"}],"temperature":0.9,
                 "safety_mode":"CONTEXTUAL","k":5,"max_tokens":50}
                """), body(take()));
        assertNull(own.k(), "the caller's request is not changed");
        assertEquals(1, own.messages().size());
    }

    // ---- v1

    @Test
    void v1ConversationBecomesMessageAndChatHistory() throws Exception {
        respond("""
                {"text":"Sunny.","generation_id":"g-1","finish_reason":"COMPLETE","meta":{}}
                """);
        List<ChatMessage> conversation = List.of(ChatMessage.system("Be terse"), ChatMessage.user("Hi"),
                ChatMessage.assistant("Hello!"), ChatMessage.user("Weather?"));

        String answer = template.requestBody(uri("chat", "apiVersion=v1"), conversation, String.class);

        assertEquals("Sunny.", answer);
        RecordedRequest r = take();
        assertEquals("POST /v1/chat", r.getMethod() + " " + r.getTarget());
        assertEquals("Bearer k", r.getHeaders().get("Authorization"));
        assertNull(r.getHeaders().get("Accepts"));
        assertEquals(json("""
                {"message":"Weather?","model":"command-a-03-2025",
                 "chat_history":[{"role":"SYSTEM","message":"Be terse"},{"role":"USER","message":"Hi"},
                                 {"role":"CHATBOT","message":"Hello!"}]}
                """), body(r));
    }

    @Test
    void v1SendsItsOwnOptions() throws Exception {
        respond("{\"text\":\"ok\"}");
        respond("{\"text\":\"ok\"}");
        String uri = uri("chat", "apiVersion=v1&model=command-r&preamble=RAW(Be brief.)&conversationId=conv-1"
                + "&connectors=web-search&promptTruncation=AUTO&searchQueriesOnly=true"
                + "&citationQuality=ACCURATE&forceSingleStep=true&rawPrompting=true"
                + "&returnPrompt=true&maxInputTokens=1000&safetyMode=OFF&k=10&stopSequences=x,y"
                + "&responseFormat=json_object&jsonSchema=RAW({\"type\":\"object\"})");

        template.requestBodyAndHeader(uri, "Hi", CohereConstants.DOCUMENTS,
                List.of(Map.of("title", "t"), "plain text"));
        template.requestBodyAndHeader(uri, "Again", CohereConstants.CONVERSATION_ID, "conv-2");

        assertEquals(json("""
                {"message":"Hi","model":"command-r","preamble":"Be brief.","conversation_id":"conv-1",
                 "connectors":[{"id":"web-search"}],"prompt_truncation":"AUTO","search_queries_only":true,
                 "citation_quality":"ACCURATE","force_single_step":true,"raw_prompting":true,
                 "return_prompt":true,"max_input_tokens":1000,"safety_mode":"NONE","k":10,
                 "stop_sequences":["x","y"],"documents":[{"title":"t"},{"text":"plain text"}],
                 "response_format":{"type":"json_object","schema":{"type":"object"}}}
                """), body(take()));
        assertEquals("conv-2", body(take()).get("conversation_id").asText(), "the header wins over the option");
    }

    @Test
    void v1RequestBodyIsSentAsGivenAndOptionsFillOnlyItsUnsetKeys() throws Exception {
        respond("{\"text\":\"ok\"}");
        V1ChatRequest own = new V1ChatRequest().message("as given").put("preamble", "own preamble")
                .put("temperature", 0.9);

        template.requestBody(uri("chat", "apiVersion=v1&preamble=endpoint-preamble&temperature=0.1&k=5"), own);

        assertEquals(json("""
                {"message":"as given","preamble":"own preamble","temperature":0.9,"model":"command-a-03-2025","k":5}
                """), body(take()));
        assertEquals(3, own.fields().size(), "the caller's request is not changed");
    }

    @Test
    void v1ToolsFromABeanGoAsParameterDefinitionsAndCallsComeBackWithArguments() throws Exception {
        respond("""
                {"text":"I will look up the weather.","generation_id":"gen-1","finish_reason":"COMPLETE",
                 "tool_calls":[{"name":"lookup","parameters":{"city":"Paris","days":2}}],"meta":{}}
                """);

        Message out = template.request(uri("chat", "apiVersion=v1&tools=#weather&toolExecution=manual"),
                e -> e.getMessage().setBody("Weather in Paris?")).getMessage();

        assertEquals(json("""
                [{"name":"lookup","description":"Looks up the weather","parameter_definitions":{
                   "city":{"type":"str","description":"the city","required":true},
                   "days":{"type":"int","required":true},
                   "threshold":{"type":"float","required":false},
                   "metric":{"type":"bool","required":false}}}]
                """), body(take()).get("tools"));
        List<?> calls = out.getHeader(AiHeaders.TOOL_CALLS, List.class);
        assertEquals(1, calls.size());
        ToolCall call = (ToolCall) calls.get(0);
        assertEquals("lookup", call.name());
        assertEquals("gen-1-0", call.id());
        assertEquals(json("{\"city\":\"Paris\",\"days\":2}"), json(call.arguments()));
        assertEquals(FinishReason.TOOL_CALLS, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("I will look up the weather.", out.getHeader(CohereConstants.TOOL_PLAN));
        assertTrue(weather.calls.isEmpty());
    }

    @Test
    void v1AnswerGivesTextCitationsDocumentsAndTheProcessedTokensWithTheBilledUnitsApart() {
        respond("""
                {"response_id":"resp-1","text":"Emperor penguins are the tallest.","generation_id":"g-2",
                 "citations":[{"start":0,"end":16,"text":"Emperor penguins","document_ids":["doc_0"]}],
                 "documents":[{"id":"doc_0","title":"Tall penguins"}],
                 "search_queries":[{"text":"tallest penguin","generation_id":"q-1"}],
                 "finish_reason":"MAX_TOKENS",
                 "meta":{"billed_units":{"input_tokens":682,"output_tokens":143},
                         "tokens":{"input_tokens":1380,"output_tokens":434}}}
                """);

        Message out = template.request(uri("chat", "apiVersion=v1"), e -> e.getMessage().setBody("Tallest?"))
                .getMessage();

        assertEquals("Emperor penguins are the tallest.", out.getBody(String.class));
        assertEquals(
                List.of(json("{\"start\":0,\"end\":16,\"text\":\"Emperor penguins\",\"document_ids\":[\"doc_0\"]}")),
                out.getHeader(AiHeaders.CITATIONS));
        assertEquals(json("[{\"id\":\"doc_0\",\"title\":\"Tall penguins\"}]"),
                out.getHeader(CohereConstants.RESPONSE_DOCUMENTS));
        assertEquals(json("[{\"text\":\"tallest penguin\",\"generation_id\":\"q-1\"}]"),
                out.getHeader(CohereConstants.SEARCH_QUERIES));
        assertEquals("resp-1", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(FinishReason.LENGTH, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals(1380L, out.getHeader(AiHeaders.INPUT_TOKENS), "meta.tokens");
        assertEquals(434L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(682L, out.getHeader(CohereConstants.BILLED_INPUT_TOKENS), "meta.billed_units");
        assertEquals(143L, out.getHeader(CohereConstants.BILLED_OUTPUT_TOKENS));
        assertEquals(List.of(), out.getHeader(AiHeaders.TOOL_CALLS));
    }

    private static final String[] V1_EVENTS = {
            "{\"is_finished\":false,\"event_type\":\"stream-start\",\"generation_id\":\"g-3\"}",
            "{\"is_finished\":false,\"event_type\":\"text-generation\",\"text\":\"Hello\"}",
            "{\"is_finished\":false,\"event_type\":\"text-generation\",\"text\":\"!\"}",
            "{\"is_finished\":false,\"event_type\":\"text-generation\",\"text\":\" How can I help?\"}",
            "{\"is_finished\":true,\"event_type\":\"stream-end\",\"finish_reason\":\"COMPLETE\",\"response\":"
                    + "{\"text\":\"Hello! How can I help?\",\"generation_id\":\"g-3\",\"finish_reason\":\"COMPLETE\","
                    + "\"meta\":{\"billed_units\":{\"input_tokens\":3,\"output_tokens\":9},"
                    + "\"tokens\":{\"input_tokens\":69,\"output_tokens\":9}}}}"};

    @Test
    void v1NdjsonStreamGivesTheTextChunksInOrderAndTheEndsUsage() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/stream+json")
                .body(String.join("\n", V1_EVENTS) + "\n").build());

        List<ChatChunk> chunks = read(uri("chat", "apiVersion=v1&stream=true"));

        assertStreamed(chunks);
        RecordedRequest r = take();
        assertEquals("/v1/chat", r.getTarget());
        assertNull(r.getHeaders().get("Accepts"), "NDJSON is the default framing");
        assertEquals(json("true"), body(r).get("stream"));
    }

    @Test
    void v1SseStreamIsAskedForWithTheAcceptsHeaderAndReadTheSameWay() throws Exception {
        StringBuilder sse = new StringBuilder();
        for (String event : V1_EVENTS) {
            sse.append("data: ").append(event).append("\n\n");
        }
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body(sse.toString()).build());

        List<ChatChunk> chunks = read(uri("chat", "apiVersion=v1&stream=true&streamFormat=sse"));

        assertStreamed(chunks);
        RecordedRequest r = take();
        assertEquals("text/event-stream", r.getHeaders().get("Accepts"));
        assertEquals(json("true"), body(r).get("stream"));
    }

    private List<ChatChunk> read(String uri) throws Exception {
        return ChatStreams.chunks(context, uri, "hello world!");
    }

    private static void assertStreamed(List<ChatChunk> chunks) {
        assertEquals(4, chunks.size(), "three text chunks and the end");
        assertEquals(List.of("Hello", "!", " How can I help?"),
                chunks.subList(0, 3).stream().map(ChatChunk::text).toList());
        assertTrue(chunks.subList(0, 3).stream().allMatch(c -> c.type() == ChunkType.TEXT));
        ChatChunk end = chunks.get(3);
        assertEquals(ChunkType.END, end.type());
        assertEquals(new Usage(69L, 9L, 78L, Map.of(CohereConstants.BILLED_INPUT_TOKENS, 3L,
                CohereConstants.BILLED_OUTPUT_TOKENS, 9L)), end.result().usage(),
                "stream-end.response.meta: tokens as usage, billed_units apart");
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertEquals("Hello! How can I help?", end.result().text());
    }
}
