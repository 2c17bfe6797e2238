package io.camelai.qianfan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.auth.BceSigner;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ChunkType;
import io.camelai.support.chat.FinishReason;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.chat.Usage;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * qianfan:chat v1 against MockWebServer: the exact request (path from the model table, bce-auth-v1 signature, every
 * option under its snake_case key) and what the route gets back (text, headers, tool calls, errors in HTTP 200,
 * streams ending with is_end).
 */
class QianfanWireTest {

    static final String V1_CHAT = "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);
    private final DefaultCamelContext context = new DefaultCamelContext();
    private ProducerTemplate template;

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    private String chat(String options) {
        return "qianfan:chat?accessKey=ak&secretKey=sk&retryBackoff=1&baseUrl=http://127.0.0.1:" + server.getPort()
                + options;
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        if (template == null) {
            context.start();
            template = context.createProducerTemplate();
        }
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    // ---- helpers shared with the other wire tests of this package

    static MockResponse json(String body) {
        return json(200, body);
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(body).build();
    }

    static MockResponse sse(String... events) {
        StringBuilder sb = new StringBuilder();
        for (String e : events) {
            sb.append("data: ").append(e).append("\n\n");
        }
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(sb.toString()).build();
    }

    static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "a request was sent");
        return r;
    }

    static JsonNode body(RecordedRequest r) {
        return AiJson.readTree(r.getBody().utf8());
    }

    static JsonNode tree(String json) {
        return AiJson.readTree(json);
    }

    /** Every message of an exception and its causes, for assertions on what a user gets to see. */
    static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }

    /** Asserts the bce-auth-v1 headers of a request signed with ak/sk, recomputing the signature. */
    static void assertSigned(RecordedRequest r, String method, String path, Map<String, String> query) {
        String date = r.getHeaders().get("x-bce-date");
        assertNotNull(date, "x-bce-date is sent");
        assertTrue(date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), date);
        String auth = r.getHeaders().get("Authorization");
        assertNotNull(auth, "Authorization is sent");
        assertTrue(auth.matches("bce-auth-v1/ak/" + Pattern.quote(date) + "/1800/host;x-bce-date/[0-9a-f]{64}"), auth);
        assertEquals(BceSigner.authorization("ak", "sk", date, 1800, method, path, query,
                Map.of("host", "127.0.0.1", "x-bce-date", date)), auth);
    }

    static final String OK = """
            {"id":"as-1","object":"chat.completion","created":1,"result":"fine","is_truncated":false,
             "need_clear_history":false,"finish_reason":"normal",
             "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""";

    // ---- v1 IAM: path and signature

    @Test
    void thePathComesFromTheModelTableOrTheEndpointOptionAndEveryRequestIsSigned() throws Exception {
        server.enqueue(json(OK));
        server.enqueue(json(OK));
        server.enqueue(json(OK));

        assertNull(send(chat("&model=ERNIE-4.0-8K"), "hi", Map.of()).getException());
        assertNull(send(chat(""), "hi", Map.of()).getException());
        assertNull(send(chat("&endpoint=my_svc"), "hi", Map.of()).getException());

        for (String endpoint : List.of("completions_pro", "ernie-lite-8k", "my_svc")) {
            RecordedRequest r = take(server);
            assertEquals("POST", r.getMethod());
            assertEquals(V1_CHAT + endpoint, r.getTarget());
            assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
            assertSigned(r, "POST", V1_CHAT + endpoint, Map.of());
        }
    }

    @Test
    void theSignatureTimestampComesFromTheEndpointClock() throws Exception {
        server.enqueue(json(OK));
        QianfanEndpoint endpoint = context.getEndpoint(chat(""), QianfanEndpoint.class);
        endpoint.clock(Clock.fixed(Instant.parse("2024-06-10T06:13:20Z"), ZoneOffset.UTC));

        assertNull(send(chat(""), "hi", Map.of()).getException());

        RecordedRequest r = take(server);
        assertEquals("2024-06-10T06:13:20Z", r.getHeaders().get("x-bce-date"));
        assertSigned(r, "POST", V1_CHAT + "ernie-lite-8k", Map.of());
    }

    // ---- v1 request body

    @Test
    void everyOptionIsSentUnderItsSnakeCaseKeyWithItsJsonType() throws Exception {
        server.enqueue(json(OK));
        server.enqueue(json(OK));
        String uri = chat("&system=be brief&temperature=0.5&topP=0.7&topK=0.3&penaltyScore=1.5&stop=END,STOP"
                + "&disableSearch=true&enableCitation=true&enableTrace=false&minOutputTokens=4"
                + "&maxOutputTokens=100&responseFormat=json_object&userId=u-1&toolChoice=get_weather"
                + "&logprobs=true&topLogprobs=3&frequencyPenalty=0.25&presencePenalty=-0.5"
                + "&enableSystemMemory=true&systemMemoryId=sm-1&enableUserMemory=true"
                + "&userMemoryExtractLevel=2&metadata.source=camel&extraParameters.use_keyword=true");

        assertNull(send(uri, "hi", Map.of()).getException());
        assertNull(send(uri, "hi", Map.of(QianfanConstants.USER_ID, "u-header")).getException());

        JsonNode expected = tree("""
                {"messages":[{"role":"user","content":"hi"}],"system":"be brief","temperature":0.5,"top_p":0.7,
                 "top_k":0.3,"penalty_score":1.5,"stop":["END","STOP"],"disable_search":true,"enable_citation":true,
                 "enable_trace":false,"min_output_tokens":4,"max_output_tokens":100,"response_format":"json_object",
                 "user_id":"u-1","logprobs":true,"top_logprobs":3,"frequency_penalty":0.25,"presence_penalty":-0.5,
                 "enable_system_memory":true,"system_memory_id":"sm-1","enable_user_memory":true,
                 "user_memory_extract_level":2,"metadata":{"source":"camel"},"extra_parameters":{"use_keyword":true},
                 "tool_choice":{"type":"function","function":{"name":"get_weather"}}}""");
        assertEquals(expected, body(take(server)));
        JsonNode second = body(take(server));
        assertEquals("u-header", second.path("user_id").asText(), "the header overrides the userId option");
    }

    @Test
    void theSystemHeaderAndSystemMessagesGoToTheSystemField() throws Exception {
        server.enqueue(json(OK));
        server.enqueue(json(OK));

        assertNull(send(chat("&system=option"), "hi", Map.of(AiHeaders.SYSTEM_MESSAGE, "from header"))
                .getException());
        List<ChatMessage> conversation = List.of(ChatMessage.system("be a guide"), ChatMessage.user("hello"),
                ChatMessage.assistant("hi!"), ChatMessage.user("tell me about Beijing"));
        assertNull(send(chat(""), conversation, Map.of()).getException());

        assertEquals("from header", body(take(server)).path("system").asText());
        JsonNode second = body(take(server));
        assertEquals("be a guide", second.path("system").asText());
        assertEquals(tree("""
                [{"role":"user","content":"hello"},{"role":"assistant","content":"hi!"},
                 {"role":"user","content":"tell me about Beijing"}]"""), second.get("messages"));
    }

    // ---- v1 responses

    @Test
    void theResultIsTheBodyAndTheResponseFieldsBecomeHeaders() {
        server.enqueue(json("""
                {"id":"as-7","object":"chat.completion","created":1,"result":"北京是中国的首都","is_truncated":true,
                 "need_clear_history":true,"ban_round":-1,"flag":1,"finish_reason":"length",
                 "search_info":{"search_results":[{"index":1,"url":"https://example.com/bj","title":"Beijing"}]},
                 "usage":{"prompt_tokens":16,"completion_tokens":120,"total_tokens":136}}"""));

        Exchange out = send(chat("&model=ERNIE-4.0-8K"), "hi", Map.of());

        assertNull(out.getException());
        var m = out.getMessage();
        assertEquals("北京是中国的首都", m.getBody());
        assertEquals(FinishReason.LENGTH, m.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("length", m.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals(16L, m.getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(120L, m.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(136L, m.getHeader(AiHeaders.TOTAL_TOKENS));
        assertEquals("as-7", m.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(true, m.getHeader(QianfanConstants.IS_TRUNCATED));
        assertEquals(true, m.getHeader(QianfanConstants.NEED_CLEAR_HISTORY));
        assertEquals(-1, m.getHeader(QianfanConstants.BAN_ROUND));
        assertEquals(1, m.getHeader(QianfanConstants.FLAG));
        assertEquals(
                tree("{\"search_results\":[{\"index\":1,\"url\":\"https://example.com/bj\",\"title\":\"Beijing\"}]}"),
                m.getHeader(QianfanConstants.SEARCH_INFO));
    }

    @Test
    void aFunctionCallComesBackAsToolCallsWithTheThoughts() throws Exception {
        server.enqueue(json("""
                {"id":"as-xx","object":"chat.completion","created":1705000000,"result":"","is_truncated":false,
                 "need_clear_history":false,"finish_reason":"function_call",
                 "function_call":{"name":"get_current_weather","thoughts":"the user wants the weather",
                                  "arguments":"{\\"location\\":\\"上海\\"}"},
                 "usage":{"prompt_tokens":120,"completion_tokens":30,"total_tokens":150}}"""));
        ToolDefinition weather = new ToolDefinition("get_current_weather", "The weather of a city", tree("""
                {"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}"""));

        Exchange out = send(chat("&model=ERNIE-3.5-8K&toolExecution=manual"), "上海天气怎么样",
                Map.of(AiHeaders.TOOLS, List.of(weather)));

        assertNull(out.getException());
        assertEquals(List.of(new ToolCall("as-xx-fc", "get_current_weather", "{\"location\":\"上海\"}")),
                out.getMessage().getHeader(AiHeaders.TOOL_CALLS));
        assertEquals("the user wants the weather", out.getMessage().getHeader(QianfanConstants.FUNCTION_THOUGHTS));
        assertEquals(FinishReason.TOOL_CALLS, out.getMessage().getHeader(AiHeaders.FINISH_REASON));
        RecordedRequest r = take(server);
        assertEquals(V1_CHAT + "completions", r.getTarget());
        assertEquals(tree("""
                [{"name":"get_current_weather","description":"The weather of a city",
                  "parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}}]
                """), body(r).get("functions"));
        assertEquals(1, server.getRequestCount(), "manual: the producer runs no tool and calls no more");
    }

    // ---- v1 errors in HTTP 200

    @Test
    void anInvalidParameterErrorIn200FailsWithoutRetry() {
        server.enqueue(json("{\"error_code\":336003,\"error_msg\":\"the message count must be odd\",\"id\":\"as-e\"}"));

        Exchange out = send(chat(""), "hi", Map.of());

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("336003", e.getErrorCode());
        assertEquals(200, e.getStatusCode());
        assertEquals("the message count must be odd", e.getProviderMessage());
        assertEquals("as-e", e.getRequestId());
        assertFalse(e.isRetryable());
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {336100, 18})
    void overloadAndQpsErrorsIn200AreRetried(int code) throws Exception {
        server.enqueue(json("{\"error_code\":" + code + ",\"error_msg\":\"try again later\"}"));
        server.enqueue(json(OK));

        Exchange out = send(chat(""), "hi", Map.of());

        assertNull(out.getException());
        assertEquals("fine", out.getMessage().getBody());
        assertEquals(2, server.getRequestCount());
        take(server);
        assertSigned(take(server), "POST", V1_CHAT + "ernie-lite-8k", Map.of());
    }

    // ---- v1 streams

    @Test
    void aStreamGivesTheChunksInOrderThenAnEndChunkWithUsage() throws Exception {
        server.enqueue(sse("""
                {"id":"as-s","object":"chat.completion","created":1,"sentence_id":0,"is_end":false,"result":"北京",\
                "finish_reason":"normal","usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}""", """
                {"id":"as-s","object":"chat.completion","created":2,"sentence_id":1,"is_end":false,\
                "result":"是中国的首都，","finish_reason":"normal",\
                "usage":{"prompt_tokens":5,"completion_tokens":9,"total_tokens":14}}""", """
                {"id":"as-s","object":"chat.completion","created":3,"sentence_id":2,"is_end":true,"result":"历史悠久。",\
                "is_truncated":false,"need_clear_history":false,"finish_reason":"normal",\
                "usage":{"prompt_tokens":5,"completion_tokens":15,"total_tokens":20}}"""));

        context.start();
        List<ChatChunk> chunks = ChatStreams.chunks(context, chat("&stream=true"), "介绍一下北京");

        assertEquals(List.of("北京", "是中国的首都，", "历史悠久。", ""), chunks.stream().map(ChatChunk::text).toList());
        assertEquals(List.of(ChunkType.TEXT, ChunkType.TEXT, ChunkType.TEXT, ChunkType.END),
                chunks.stream().map(ChatChunk::type).toList());
        ChatChunk end = chunks.get(3);
        assertEquals(Usage.of(5, 15, 20), end.result().usage());
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertEquals("北京是中国的首都，历史悠久。", end.result().text());
        assertEquals(true, body(take(server)).get("stream").asBoolean(), "stream: true is sent");
    }

    @Test
    void aJsonErrorAnsweredInStreamModeFailsWithItsCode() {
        server.enqueue(json("{\"error_code\":336003,\"error_msg\":\"Invalid parameter\"}"));

        Exchange out = send(chat("&stream=true"), "hi", Map.of());

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals("336003", e.getErrorCode());
        assertEquals("Invalid parameter", e.getProviderMessage());
        assertEquals(1, server.getRequestCount());
    }

    /** A clock the test moves: endpoints read it at every signature and token check. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
