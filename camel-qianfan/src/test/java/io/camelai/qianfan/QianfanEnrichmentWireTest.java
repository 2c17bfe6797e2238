package io.camelai.qianfan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelai.qianfan.QianfanWireTest.body;
import static io.camelai.qianfan.QianfanWireTest.json;
import static io.camelai.qianfan.QianfanWireTest.messages;
import static io.camelai.qianfan.QianfanWireTest.take;
import static io.camelai.qianfan.QianfanWireTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prompt apart from the body and conversation memory on the wire of Qianfan's v2 chat (OpenAI-style
 * {@code messages}) and v1 chat, whose system message is the {@code system} field
 * (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/7lxwwtafj).
 */
class QianfanEnrichmentWireTest {

    private static final String V1_ANSWER = """
            {"id":"as-1","object":"chat.completion","created":1,"result":"%s","is_truncated":false,
             "need_clear_history":false,"finish_reason":"normal",
             "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""";
    private static final String V2_ANSWER = """
            {"id":"as-v2","object":"chat.completion","created":1,"model":"ernie-lite-8k",
             "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
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

    private String v1(String options) {
        return "qianfan:chat?accessKey=ak&secretKey=sk&retryBackoff=1&baseUrl=http://127.0.0.1:" + server.getPort()
                + options;
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

    @Test
    void onV2TheExpressionsBuildTheMessagesAndTheAnswerGoesToAVariable() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:review")
                        .toV(v2("&systemMessage=You review ${header.lang} code.&userMessage=Review: ${body}"), null,
                                "review");
            }
        });
        server.enqueue(json(V2_ANSWER.formatted("Looks fine.")));

        Exchange out = send("direct:review", "int x = 1;", Map.of("lang", "Java"));

        assertNull(out.getException());
        assertEquals("int x = 1;", out.getMessage().getBody());
        assertEquals("Looks fine.", out.getVariable("review"));
        assertEquals(tree("""
                [{"role":"system","content":"You review Java code."},{"role":"user","content":"Review: int x = 1;"}]
                """), body(take(server)).get("messages"));
    }

    @Test
    void onV2TheMemoryKeepsThreeTurns() throws Exception {
        String uri = v2("&memoryKey=${header.chat}");
        for (String a : List.of("A1", "A2", "A3")) {
            server.enqueue(json(V2_ANSWER.formatted(a)));
        }

        for (String q : List.of("Q1", "Q2", "Q3")) {
            assertNull(send(uri, q, Map.of("chat", "c-7")).getException());
        }

        take(server);
        take(server);
        assertEquals(tree("""
                [{"role":"user","content":"Q1"},{"role":"assistant","content":"A1"},
                 {"role":"user","content":"Q2"},{"role":"assistant","content":"A2"},{"role":"user","content":"Q3"}]
                """), body(take(server)).get("messages"));
    }

    @Test
    void onV1TheSystemMessageExpressionIsTheSystemFieldAndTheMemoryTheMessages() throws Exception {
        String uri = v1("&systemMessage=Answer as ${header.role}.&memoryKey=${header.chat}");
        server.enqueue(json(V1_ANSWER.formatted("A1")));
        server.enqueue(json(V1_ANSWER.formatted("A2")));

        assertNull(send(uri, "Q1", Map.of("chat", "c", "role", "a poet")).getException());
        assertNull(send(uri, "Q2", Map.of("chat", "c", "role", "a poet")).getException());

        take(server);
        JsonNode second = body(take(server));
        assertEquals("Answer as a poet.", second.get("system").asText());
        assertEquals(tree("""
                [{"role":"user","content":"Q1"},{"role":"assistant","content":"A1"},{"role":"user","content":"Q2"}]
                """), second.get("messages"));
    }

    @Test
    void theUserMessageHeaderReplacesTheBodyAsALiteralText() throws Exception {
        server.enqueue(json(V1_ANSWER.formatted("ok")));

        assertNull(send(v1(""), Map.of("not", "text"), Map.of(AiHeaders.USER_MESSAGE, "${sys.user.home}"))
                .getException());

        assertEquals(tree("[{\"role\":\"user\",\"content\":\"${sys.user.home}\"}]"),
                body(take(server)).get("messages"));
    }

    @Test
    void systemMessageAndSystemTogetherAreRefusedAtEndpointCreation() {
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(v1("&systemMessage=Be brief&system=Be long")).start());

        assertTrue(messages(e).contains("Options systemMessage and system both set the system message"),
                messages(e));
    }
}
