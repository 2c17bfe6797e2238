package io.camelai.qianfan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.testing.StrictJsonDispatcher;
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

import static io.camelai.qianfan.QianfanWireTest.OK;
import static io.camelai.qianfan.QianfanWireTest.V1_CHAT;
import static io.camelai.qianfan.QianfanWireTest.assertSigned;
import static io.camelai.qianfan.QianfanWireTest.json;
import static io.camelai.qianfan.QianfanWireTest.messages;
import static io.camelai.qianfan.QianfanWireTest.take;
import static io.camelai.qianfan.QianfanWireTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What may go into a v1 URL path (model names and the endpoint option: one checked, encoded segment, never a
 * dot-segment or a separator) and what v2 extraParameters.* may name (never a body field the component writes).
 * Bad values fail before any request reaches the server.
 */
class QianfanPathAndPassThroughWireTest {

    private static final String V1_EMBED = "/rpc/2.0/ai_custom/v1/wenxinworkshop/embeddings/";
    private static final String V2_OK = """
            {"id":"as-v2","object":"chat.completion","created":1,"model":"ernie-lite-8k",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":2,"completion_tokens":1,"total_tokens":3}}""";

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

    private String v1(String operation, String options) {
        return "qianfan:" + operation + "?accessKey=ak&secretKey=sk&retryBackoff=1&baseUrl=http://127.0.0.1:"
                + server.getPort() + options;
    }

    private String v2(String options) {
        return "qianfan:chat?apiVersion=v2&bearerToken=bce-v3/x/y&retryBackoff=1&baseUrl=http://127.0.0.1:"
                + server.getPort() + options;
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

    private static String failure(Exchange out) {
        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException(),
                "the exchange failed on its input");
        return e.getMessage();
    }

    // ---- v1 URL path

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../../oauth", "a%2Fb", "%2E%2E", "a/b", "..\\..", "x\ny", ""})
    void aModelHeaderThatIsNotAModelNameFailsTheChatBeforeAnyRequest(String model) {
        Exchange out = send(v1("chat", ""), "hi", Map.of(AiHeaders.MODEL, model));

        String m = failure(out);
        assertTrue(m.contains("for header CamelAiModel") && m.contains("ERNIE-4.0-8K"), m);
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../../oauth", "a%2Fb"})
    void aModelHeaderThatIsNotAModelNameFailsTheEmbeddingBeforeAnyRequest(String model) {
        Exchange out = send(v1("embed", ""), "text", Map.of(AiHeaders.MODEL, model));

        assertTrue(failure(out).contains("for header CamelAiModel"), failure(out));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aModelFromTheOptionsHeaderIsCheckedTheSameWay() {
        Exchange out = send(v1("chat", ""), "hi", Map.of(AiHeaders.OPTIONS, Map.of("model", "..")));

        assertTrue(failure(out).contains("for option model"), failure(out));
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../../oauth/2.0/token", "a%2Fb", "svc%2e%2e", "a\\b"})
    void anEndpointOptionThatCouldLeaveItsSegmentFailsAtEndpointCreation(String endpoint) {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(v1("chat", "&endpoint=RAW(" + endpoint + ")")));

        String m = messages(e);
        assertTrue(m.contains("for option endpoint") && m.contains("not '.' or '..'"), m);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aModelOptionThatIsNotAModelNameFailsAtEndpointCreation() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(v1("chat", "&model=..")));

        assertTrue(messages(e).contains("for option model"), messages(e));
    }

    @Test
    void anEndpointWithCharactersAPathMustEncodeIsSentAsOneEncodedSignedSegment() throws Exception {
        server.enqueue(json(OK));

        assertNull(send(v1("chat", "&endpoint=RAW(svc v1+é?#)"), "hi", Map.of()).getException());

        RecordedRequest r = take(server);
        assertEquals(V1_CHAT + "svc%20v1+%C3%A9%3F%23", r.getTarget());
        assertEquals("svc v1+é?#", r.getUrl().pathSegments().get(r.getUrl().pathSize() - 1));
        assertSigned(r, "POST", V1_CHAT + "svc v1+é?#", Map.of());
    }

    @Test
    void aModelMissingFromTheTableIsServedAtItsLowerCasedName() throws Exception {
        server.enqueue(json(OK));
        server.enqueue(json("""
                {"id":"as-e","object":"embedding_list","created":1,
                 "data":[{"object":"embedding","index":0,"embedding":[0.5]}],
                 "usage":{"prompt_tokens":1,"total_tokens":1}}"""));

        assertNull(send(v1("chat", ""), "hi", Map.of(AiHeaders.MODEL, "ERNIE-4.5-Turbo 128K")).getException());
        assertNull(send(v1("embed", ""), "t", Map.of(AiHeaders.MODEL, "bge-large-zh")).getException());

        assertEquals(V1_CHAT + "ernie-4.5-turbo-128k", take(server).getTarget());
        assertEquals(V1_EMBED + "bge_large_zh", take(server).getTarget());
    }

    // ---- v2 extraParameters.*

    @ParameterizedTest
    @ValueSource(strings = {"model", "messages", "stream", "stream_options", "tools", "tool_choice",
            "response_format", "max_completion_tokens", "user", "metadata", "Model", "toolChoice"})
    void aV2ExtraParameterNamingAFieldTheChatWritesFailsAtEndpointCreation(String key) {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(v2("&extraParameters." + key + "=1")));

        assertTrue(messages(e).contains("Option extraParameters." + key + " is not allowed"), messages(e));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aV2ExtraParametersMapInTheOptionsHeaderNamingAFieldFailsThatExchangeBeforeAnyRequest() {
        Exchange out = send(v2(""), "hi", Map.of(AiHeaders.OPTIONS, Map.of("extraParameters",
                Map.of("messages", List.of(Map.of("role", "user", "content", "something else"))))));

        // pass-through keys are endpoint configuration: the header may not set them at all
        assertTrue(failure(out).contains("Header CamelAiOptions cannot set option 'extraParameters'"), failure(out));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void otherV2ExtraParametersGoTopLevelOnce() throws Exception {
        server.enqueue(json(V2_OK));

        assertNull(send(v2("&model=ernie-4.0-8k&extraParameters.web_search=RAW({\"enable\":true})"), "hi", Map.of())
                .getException());

        JsonNode body = QianfanWireTest.body(take(server));
        assertEquals("ernie-4.0-8k", body.get("model").asText());
        assertEquals(tree("{\"enable\":true}"), body.get("web_search"));
    }

    @Test
    void v1ExtraParametersStayInsideTheExtraParametersObject() throws Exception {
        server.enqueue(json(OK));

        assertNull(send(v1("chat", "&extraParameters.messages=x"), "hi", Map.of()).getException());

        JsonNode body = QianfanWireTest.body(take(server));
        assertEquals(tree("[{\"role\":\"user\",\"content\":\"hi\"}]"), body.get("messages"));
        assertEquals(tree("{\"messages\":\"x\"}"), body.get("extra_parameters"));
    }
}
