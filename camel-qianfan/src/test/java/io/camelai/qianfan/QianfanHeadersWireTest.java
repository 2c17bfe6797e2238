package io.camelai.qianfan;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelai.support.AiHeaders;
import io.camelai.support.testing.AbstractHeadersWireTest;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input headers stay inputs (a chat never redirects the next call of the route to its own model, on v1 its path), and the option
 * ranges that depend on the model (Qianfan ModelBuilder's chat reference, https://cloud.baidu.com/doc/WENXINWORKSHOP/:
 * temperature (0, 1] for the ERNIE models, [0, 2] for ChatLaw; stop: at most 4 strings of at most 20 characters) are
 * checked for the model an exchange calls, before anything is sent.
 */
class QianfanHeadersWireTest extends AbstractHeadersWireTest {

    private static final String V1 = "/rpc/2.0/ai_custom/v1/wenxinworkshop/";
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

    @Override
    protected String uri(String operation, String options) {
        return "qianfan:" + operation + "?accessKey=ak&secretKey=sk&bearerToken=bce-v3/x/y&retryBackoff=1"
                + "&baseUrl=" + serverUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected String componentJson() {
        return "/META-INF/io/camelai/qianfan/qianfan.json";
    }

    @Override
    protected List<String> inputHeaders() {
        return List.of(QianfanConstants.USER_ID, AiHeaders.MODEL, AiHeaders.USER_MESSAGE, AiHeaders.SYSTEM_MESSAGE,
                AiHeaders.TEMPERATURE,
                AiHeaders.MAX_TOKENS, AiHeaders.TOOLS, AiHeaders.OPTIONS,
                AiHeaders.MEMORY_RESET, AiHeaders.MEDIA_TYPE);
    }

    /** The paths of the models these tests call; any other path (a wrong model) is a 404. */
    @Override
    protected Map<String, String> answers() {
        return Map.of(
                "POST " + V1 + "chat/completions_pro", V1_CHAT_ANSWER,
                "POST " + V1 + "chat/chatlaw", V1_CHAT_ANSWER,
                "POST " + V1 + "embeddings/bge_large_zh", EMBEDDINGS,
                "POST " + V1 + "embeddings/embedding-v1", EMBEDDINGS,
                "POST /v2/chat/completions", V2_CHAT_ANSWER,
                "POST /v2/embeddings", EMBEDDINGS);
    }

    /** v1 calls the model's own path; v2 names the model in the body. */
    @Override
    protected String modelCalled(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        return path.startsWith(V1) ? path : super.modelCalled(request);
    }

    static Stream<Arguments> chatThenEmbed() {
        return Stream.of(
                Arguments.of("model=ERNIE-4.0-8K", "model=bge-large-zh", V1 + "chat/completions_pro",
                        V1 + "embeddings/bge_large_zh"),
                Arguments.of("apiVersion=v2&model=ernie-4.0-8k", "apiVersion=v2&model=embedding-v1", "ernie-4.0-8k",
                        "embedding-v1"));
    }

    static Stream<Arguments> everyOperation() {
        return Stream.of(
                Arguments.of("chat", "model=ERNIE-4.0-8K", "hi", Map.of(QianfanConstants.USER_ID, "u-1")),
                Arguments.of("chat", "apiVersion=v2&model=ernie-4.0-8k", "hi", Map.of(AiHeaders.TEMPERATURE, 0.5)),
                Arguments.of("embed", "", "hi", Map.of(QianfanConstants.USER_ID, "u-1")),
                Arguments.of("embed", "apiVersion=v2", "hi", Map.of()));
    }

    // ---- ranges that depend on the model

    @Test
    void chatLawTakesTemperaturesUpToTwo() throws Exception {
        answerEveryOperation();

        Exchange endpointOption = send(uri("chat", "model=ChatLaw&temperature=1.5"), "hi", Map.of());
        Exchange header = send(uri("chat", "model=ChatLaw"), "hi", Map.of(AiHeaders.TEMPERATURE, 2.0));

        assertNull(endpointOption.getException(), () -> messages(endpointOption.getException()));
        assertNull(header.getException(), () -> messages(header.getException()));
        RecordedRequest first = take();
        assertEquals(V1 + "chat/chatlaw", first.getUrl().encodedPath());
        assertEquals(1.5, body(first).get("temperature").asDouble());
        assertEquals(2.0, body(take()).get("temperature").asDouble());
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
        answerEveryOperation();

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
        answerEveryOperation();
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
