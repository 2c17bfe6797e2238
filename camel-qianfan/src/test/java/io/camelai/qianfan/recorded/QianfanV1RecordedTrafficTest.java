package io.camelai.qianfan.recorded;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanConstants;
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
 * Qianfan v1 (wenxinworkshop) chat replayed from real traffic: bodies of real calls logged by the qianfan4j /
 * erniebot4j client in its README, and a response with its headers printed by Baidu's own SDK cookbook (sources in
 * each fixture and src/test/resources/recorded/README.md). The request goes to the model's endpoint path with the
 * recorded body; the route gets the recorded text, usage, function calls and stream.
 */
class QianfanV1RecordedTrafficTest extends RecordedTrafficTestSupport {

    private static final String CHAT = "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/";

    /** IAM-signed calls (no token round trip to queue). */
    private String chat(String options) {
        return "qianfan:chat?accessKey=ak&secretKey=sk&maxRetries=0&baseUrl=" + serverUrl()
                + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the recorded function: echo returns the words it was given
                from("llm-tool:echo?description=echo words&parameter.words=string")
                        .process(e -> e.getMessage()
                                .setBody("{\"words\":\"" + e.getMessage().getHeader("words") + "\"}"));
            }
        };
    }

    /**
     * Offers the recorded function from the endpoint's configuration (a header's definitions never run anything): a
     * registry bean that echoes its words, as the recorded client's function did.
     */
    private String offerEcho(ToolDefinition definition) {
        context.getRegistry().bind("recordedEcho", new io.camelai.support.tools.Tool() {
            @Override
            public ToolDefinition definition() {
                return definition;
            }

            @Override
            public Object invoke(org.apache.camel.Exchange exchange, io.camelai.support.chat.ToolCall call)
                    throws Exception {
                String words = io.camelai.support.json.AiJson.mapper().readTree(call.arguments()).path("words")
                        .asText();
                return io.camelai.support.json.AiJson.mapper().createObjectNode().put("words", words).toString();
            }
        });
        return "&tools=#recordedEcho";
    }

    /** The recorded functions as tool definitions: name, description and parameters as the recording client sent. */
    private static List<ToolDefinition> definitions(JsonNode functions) {
        List<ToolDefinition> out = new ArrayList<>();
        functions.forEach(f -> out.add(new ToolDefinition(f.path("name").asText(), f.path("description").asText(),
                f.path("parameters"))));
        return out;
    }

    /** Recorded functions without the fields the recording client added and this component does not send. */
    private static JsonNode withoutExamples(JsonNode functions) {
        List<JsonNode> out = new ArrayList<>();
        functions.forEach(f -> out.add(without(f, "examples", "responses")));
        return tree(out);
    }

    @Test
    void aPlainAnswerClearsTheFunctionThoughtsAndSearchInfoOfAnEarlierCall() throws Exception {
        replay("recorded/qianfan/v1-chat.json");

        Message out = template.request(chat("model=ERNIE-4.0-8K"), e -> {
            e.getMessage().setBody("hello!");
            e.getMessage().setHeader(QianfanConstants.FUNCTION_THOUGHTS, "an earlier call's thoughts");
            e.getMessage().setHeader(QianfanConstants.SEARCH_INFO, "an earlier call's search");
            e.getMessage().setHeader(QianfanConstants.BAN_ROUND, 3);
        }).getMessage();

        take();
        assertEquals(null, out.getHeader(QianfanConstants.FUNCTION_THOUGHTS));
        assertEquals(null, out.getHeader(QianfanConstants.SEARCH_INFO));
        assertEquals(null, out.getHeader(QianfanConstants.BAN_ROUND));
        assertEquals(false, out.getHeader(QianfanConstants.IS_TRUNCATED), "reported by this answer");
    }

    @Test
    void aPlainAnswerGivesTheRecordedTextUsageAndFlags() throws Exception {
        Recording rec = replay("recorded/qianfan/v1-chat.json");

        Message out = template.request(chat("model=ERNIE-4.0-8K"), e -> e.getMessage().setBody("hello!")).getMessage();

        RecordedRequest r = take();
        assertEquals("POST", r.getMethod());
        assertEquals(CHAT + "completions_pro", r.getUrl().encodedPath(), "ERNIE-4.0-8K is served at completions_pro");
        assertTrue(r.getHeaders().get("Authorization").startsWith("bce-auth-v1/ak/"));
        assertEquals(rec.only().requestJson(), json(r), "the recorded request");
        assertEquals("你好！很高兴与你交流。有什么我可以帮助你的吗？请随时告诉我。", out.getBody(String.class));
        assertEquals("as-7sntu8vk0p", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(FinishReason.STOP, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("normal", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals(2L, out.getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(16L, out.getHeader(AiHeaders.OUTPUT_TOKENS));
        assertEquals(18L, out.getHeader(AiHeaders.TOTAL_TOKENS));
        assertEquals(false, out.getHeader(QianfanConstants.IS_TRUNCATED));
        assertEquals(false, out.getHeader(QianfanConstants.NEED_CLEAR_HISTORY));
    }

    @Test
    void aResponseWithBaidusRecordedHeadersDecodesItsUtf8Text() throws Exception {
        Recording rec = replay("recorded/qianfan/v1-chat-headers.json");

        Message out = template.request(chat("endpoint=sft-endpoint"), e -> e.getMessage().setBody("你好，你是谁？"))
                .getMessage();

        RecordedRequest r = take();
        assertEquals(CHAT + "sft-endpoint", r.getUrl().encodedPath(), "a self-deployed service's endpoint");
        assertEquals(rec.only().requestJson(), json(r));
        assertEquals("application/json; charset=utf-8", rec.only().responseHeader("Content-Type"));
        assertEquals("我是文心一言，是百度研发的。", out.getBody(String.class));
        assertEquals("as-j0ker4w7ar", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(17L, out.getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void theRecordedStreamGivesEverySentenceAndTheUsageOfItsLastEvent() throws Exception {
        Recording rec = replay("recorded/qianfan/v1-chat-stream.json");

        List<ChatChunk> chunks = stream(chat("model=ERNIE-Bot-8k&stream=true"), "你是谁?");

        RecordedRequest r = take();
        assertEquals(CHAT + "ernie_bot_8k", r.getUrl().encodedPath());
        assertEquals(rec.only().requestJson(), json(r), "the recorded streaming request");
        assertEquals(List.of("你好，", "我是一个虚拟语言模型，旨在通过机器学习和自然语言处理技术来回答用户的问题和提供相关信息。",
                "如果你有任何问题或需要帮助，请随时向我提问。"),
                ofType(chunks, ChunkType.TEXT).stream().map(ChatChunk::text)
                        .toList(),
                "one TEXT chunk per sentence; the empty is_end sentence adds none");
        ChatChunk end = end(chunks);
        assertEquals("你好，我是一个虚拟语言模型，旨在通过机器学习和自然语言处理技术来回答用户的问题和提供相关信息。"
                + "如果你有任何问题或需要帮助，请随时向我提问。", end.result().text());
        assertEquals("as-414fqwb8p3", end.result().responseId());
        assertEquals(FinishReason.STOP, end.result().finishReason());
        assertEquals(2L, end.result().usage().inputTokens(), "from the is_end event, not the earlier ones");
        assertEquals(36L, end.result().usage().outputTokens());
        assertEquals(38L, end.result().usage().totalTokens());
    }

    @Test
    void aFunctionCallAnswerGivesTheCallAndItsThoughts() throws Exception {
        Recording rec = Recording.load("recorded/qianfan/v1-chat-function-call.json");
        rec.get(0).enqueue(server);
        JsonNode recorded = rec.get(0).requestJson();

        Message out = template.request(chat("model=ERNIE-Bot-8k&toolExecution=manual"), e -> {
            e.getMessage().setBody("echo: hello world!");
            e.getMessage().setHeader(AiHeaders.TOOLS, definitions(recorded.path("functions")));
        }).getMessage();

        JsonNode sent = json(take());
        assertEquals(recorded.path("messages"), sent.path("messages"));
        assertEquals(withoutExamples(recorded.path("functions")), sent.path("functions"),
                "the function as recorded, without the client's own examples and responses");
        assertEquals("", out.getBody(String.class));
        assertEquals(List.of(new ToolCall("as-j3xwjc6vkm-fc", "echo", "{\"words\":\"hello world!\"}")),
                out.getHeader(AiHeaders.TOOL_CALLS));
        assertEquals(FinishReason.TOOL_CALLS, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals("function_call", out.getHeader(AiHeaders.FINISH_REASON_RAW));
        assertEquals("用户希望我使用echo工具，并且传递给它的参数是'hello world!'。",
                out.getHeader(QianfanConstants.FUNCTION_THOUGHTS));
        assertEquals(137L, out.getHeader(AiHeaders.TOTAL_TOKENS));
    }

    @Test
    void anAutomaticFunctionLoopSendsTheResultAsAFunctionMessageAndGetsTheRecordedAnswer() throws Exception {
        Recording rec = replay("recorded/qianfan/v1-chat-function-call.json");
        JsonNode recorded = rec.get(0).requestJson();

        Message out = template.request(chat("model=ERNIE-Bot-8k&toolExecution=auto"
                + offerEcho(definitions(recorded.path("functions")).get(0))),
                e -> e.getMessage().setBody("echo: hello world!")).getMessage();

        take();
        JsonNode second = json(take());
        JsonNode expected = rec.get(1).requestJson().path("messages");
        JsonNode messages = second.path("messages");
        assertEquals(3, messages.size(), "an odd number of messages, as v1 requires");
        assertEquals(expected.get(0), messages.get(0));
        assertEquals(without(expected.get(1), "content"), without(messages.get(1), "content"),
                "the assistant's function_call, name and arguments as recorded");
        assertEquals("", messages.get(1).path("content").asText(), "an empty content where the recorder sent null");
        assertEquals(expected.get(2), messages.get(2), "the function result, named, as recorded");
        assertEquals("echo 返回了 \"hello world!\"。", out.getBody(String.class));
        assertEquals("as-nx26cc70ms", out.getHeader(AiHeaders.RESPONSE_ID));
        assertEquals(FinishReason.STOP, out.getHeader(AiHeaders.FINISH_REASON));
        assertEquals(2, out.getHeader(AiHeaders.MODEL_CALLS));
    }

    @Test
    void aStreamedFunctionCallInASingleEndEventGivesTheCall() throws Exception {
        Recording rec = replay("recorded/qianfan/v1-chat-stream-function-call.json");
        JsonNode recorded = rec.only().requestJson();

        List<ChatChunk> chunks = stream(chat("model=ERNIE-4.0-8K&stream=true&temperature=0.01"
                + "&disableSearch=true&toolExecution=manual"), e -> {
                    e.getMessage().setBody("计算李四的语文和数学平均分");
                    e.getMessage().setHeader(AiHeaders.TOOLS, definitions(recorded.path("functions")));
                });

        JsonNode sent = json(take());
        assertJson(without(recorded, "functions"), without(sent, "functions"), "messages, stream, temperature and"
                + " disable_search as recorded");
        assertEquals(withoutExamples(recorded.path("functions")), sent.path("functions"));
        assertEquals("", text(chunks));
        ChatChunk end = end(chunks);
        assertEquals(List.of(new ToolCall("as-gmjf3vyemg-fc", "query_score",
                "{\"name\":\"李四\",\"subjects\":[\"CHINESE\",\"MATH\"]}")), end.result().toolCalls());
        assertEquals(FinishReason.TOOL_CALLS, end.result().finishReason());
        assertEquals(768L, end.result().usage().totalTokens());
    }
}
