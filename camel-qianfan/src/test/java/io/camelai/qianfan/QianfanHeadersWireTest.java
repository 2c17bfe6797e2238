package io.camelai.qianfan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelai.support.AiHeaders;
import io.camelai.support.testing.ComponentDocs;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.camelai.qianfan.QianfanWireTest.body;
import static io.camelai.qianfan.QianfanWireTest.json;
import static io.camelai.qianfan.QianfanWireTest.messages;
import static io.camelai.qianfan.QianfanWireTest.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input headers stay inputs (a chat never redirects the next call of the route to its own model), and the option
 * ranges that depend on the model (Qianfan ModelBuilder's chat reference, https://cloud.baidu.com/doc/WENXINWORKSHOP/:
 * temperature (0, 1] for the ERNIE models, [0, 2] for ChatLaw; stop: at most 4 strings of at most 20 characters) are
 * checked for the model an exchange calls, before anything is sent.
 */
class QianfanHeadersWireTest {

    private static final String JSON_RESOURCE = "/META-INF/io/camelai/qianfan/qianfan.json";
    private static final String V1 = "/rpc/2.0/ai_custom/v1/wenxinworkshop/";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private final DefaultCamelContext context = new DefaultCamelContext();
    private ProducerTemplate template;

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    private String uri(String operation, String options) {
        return "qianfan:" + operation + "?accessKey=ak&secretKey=sk&bearerToken=bce-v3/x/y&retryBackoff=1"
                + "&baseUrl=http://127.0.0.1:" + server.getPort() + (options.isEmpty() ? "" : "&" + options);
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

    private static final String V1_CHAT_ANSWER = """
            {"id":"as-1","object":"chat.completion","created":1,"result":"fine","is_truncated":false,
             "need_clear_history":false,"finish_reason":"normal",
             "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""";
    private static final String V2_CHAT_ANSWER = """
            {"id":"as-2","object":"chat.completion","created":1,"model":"ernie-4.0-8k",
             "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"fine"}}],
             "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""";
    private static final String EMBEDDINGS = """
            {"id":"as-e","object":"embedding_list","created":1,"data":[{"object":"embedding","index":0,"embedding":[0.5,0.25]}],
             "usage":{"prompt_tokens":2,"total_tokens":2}}""";

    /** Answers the paths of the models these tests call; any other path (a wrong model) is a 404. */
    private void answerTheModelsCalled() {
        Map<String, String> answers = Map.of(
                V1 + "chat/completions_pro", V1_CHAT_ANSWER,
                V1 + "chat/chatlaw", V1_CHAT_ANSWER,
                V1 + "embeddings/bge_large_zh", EMBEDDINGS,
                V1 + "embeddings/embedding-v1", EMBEDDINGS,
                "/v2/chat/completions", V2_CHAT_ANSWER,
                "/v2/embeddings", EMBEDDINGS);
        StrictJsonDispatcher.wrap(server, new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String answer = answers.get(request.getUrl().encodedPath());
                return answer == null
                        ? json(404, "{\"error_code\":404,\"error_msg\":\"no such model\"}")
                        : json(answer);
            }
        });
    }

    @Test
    void aV1ChatWithModelAThenAnEmbedWithModelBCallsModelBsEmbeddingsEndpoint() throws Exception {
        answerTheModelsCalled();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:rag").to(uri("chat", "model=ERNIE-4.0-8K")).to(uri("embed", "model=bge-large-zh"));
            }
        });

        Exchange out = send("direct:rag", "Summarise this.", Map.of());

        assertNull(out.getException(), () -> messages(out.getException()));
        assertEquals(V1 + "chat/completions_pro", take(server).getUrl().encodedPath());
        assertEquals(V1 + "embeddings/bge_large_zh", take(server).getUrl().encodedPath(), "not the chat's model");
        assertNull(out.getMessage().getHeader(AiHeaders.MODEL));
    }

    @Test
    void aV2ChatWithModelAThenAnEmbedWithModelBSendsModelBInTheBody() throws Exception {
        answerTheModelsCalled();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:rag").to(uri("chat", "apiVersion=v2&model=ernie-4.0-8k"))
                        .to(uri("embed", "apiVersion=v2&model=embedding-v1"));
            }
        });

        Exchange out = send("direct:rag", "Summarise this.", Map.of());

        assertNull(out.getException(), () -> messages(out.getException()));
        assertEquals("ernie-4.0-8k", body(take(server)).get("model").asText());
        assertEquals("embedding-v1", body(take(server)).get("model").asText(), "not the chat's model");
    }

    static Stream<Arguments> everyOperation() {
        return Stream.of(
                Arguments.of("chat", "model=ERNIE-4.0-8K", Map.of(QianfanConstants.USER_ID, "u-1")),
                Arguments.of("chat", "apiVersion=v2&model=ernie-4.0-8k", Map.of(AiHeaders.TEMPERATURE, 0.5)),
                Arguments.of("embed", "", Map.of(QianfanConstants.USER_ID, "u-1")),
                Arguments.of("embed", "apiVersion=v2", Map.of()));
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("everyOperation")
    void noOperationWritesAHeaderThatAQianfanEndpointReads(String operation, String options,
            Map<String, Object> headers) throws Exception {
        answerTheModelsCalled();
        List<String> inputs = ComponentDocs.inputHeaders(JSON_RESOURCE);

        Exchange out = send(uri(operation, options), "hi", headers);

        assertNull(out.getException(), () -> messages(out.getException()));
        for (String input : inputs) {
            assertEquals(headers.get(input), out.getMessage().getHeader(input),
                    input + " is an input: the call leaves it as the route set it");
        }
    }

    @Test
    void theInputHeadersAreTheOnesTheProducersRead() throws Exception {
        assertEquals(List.of(QianfanConstants.USER_ID, AiHeaders.MODEL, AiHeaders.SYSTEM_MESSAGE,
                AiHeaders.TEMPERATURE, AiHeaders.MAX_TOKENS, AiHeaders.TOOLS, AiHeaders.OPTIONS, AiHeaders.MEDIA_TYPE),
                ComponentDocs.inputHeaders(JSON_RESOURCE));
    }

    // ---- ranges that depend on the model

    @Test
    void chatLawTakesTemperaturesUpToTwo() throws Exception {
        answerTheModelsCalled();

        Exchange endpointOption = send(uri("chat", "model=ChatLaw&temperature=1.5"), "hi", Map.of());
        Exchange header = send(uri("chat", "model=ChatLaw"), "hi", Map.of(AiHeaders.TEMPERATURE, 2.0));

        assertNull(endpointOption.getException(), () -> messages(endpointOption.getException()));
        assertNull(header.getException(), () -> messages(header.getException()));
        RecordedRequest first = take(server);
        assertEquals(V1 + "chat/chatlaw", first.getUrl().encodedPath());
        assertEquals(1.5, body(first).get("temperature").asDouble());
        assertEquals(2.0, body(take(server)).get("temperature").asDouble());
    }

    @Test
    void anErnieModelRejectsATemperatureAboveOneNamingTheModelAndItsRange() {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("chat", "model=ERNIE-4.0-8K&temperature=1.5")));

        assertTrue(messages(e).contains("Invalid value 1.5 for option temperature with model ERNIE-4.0-8K: must be in"
                + " (0, 1] ([0, 2] for ChatLaw)"), messages(e));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aModelHeaderHasTheTemperaturesCheckedForThatModelBeforeAnyRequest() {
        answerTheModelsCalled();

        Exchange option = send(uri("chat", "model=ChatLaw&temperature=1.5"), "hi",
                Map.of(AiHeaders.MODEL, "ERNIE-4.0-8K"));
        Exchange header = send(uri("chat", "model=ChatLaw"), "hi",
                Map.of(AiHeaders.MODEL, "ERNIE-4.0-8K", AiHeaders.TEMPERATURE, 1.8));

        for (Exchange out : List.of(option, header)) {
            IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
            assertTrue(e.getMessage().contains("option temperature with model ERNIE-4.0-8K: must be in (0, 1]"),
                    e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aStopStringLongerThanTwentyCharactersIsRejectedAtCreationAndPerExchange() {
        answerTheModelsCalled();
        String tooLong = "stop-after-twenty-one";

        Exception created = assertThrows(Exception.class,
                () -> context.getEndpoint(uri("chat", "stop=END," + tooLong)));
        Exchange perExchange = send(uri("chat", ""), "hi", Map.of(AiHeaders.OPTIONS, Map.of("stop", List.of(tooLong))));

        String expected = "Invalid value '" + tooLong + "' for option stop: at most 20 characters per element are"
                + " allowed, got 21";
        assertTrue(messages(created).contains(expected), messages(created));
        assertTrue(messages(perExchange.getException()).contains(expected), messages(perExchange.getException()));
        assertEquals(0, server.getRequestCount());
    }
}
