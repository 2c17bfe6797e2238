package io.camelai.qianfan;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelai.qianfan.QianfanWireTest.body;
import static io.camelai.qianfan.QianfanWireTest.json;
import static io.camelai.qianfan.QianfanWireTest.messages;
import static io.camelai.qianfan.QianfanWireTest.take;
import static io.camelai.qianfan.QianfanWireTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The v1 functions[].responses and functions[].examples of the ERNIE function-calling reference, from the
 * functionResponses. and functionExamples. options, on the wire.
 */
class QianfanFunctionExtrasWireTest {

    private static final String ANSWER = """
            {"id":"as-1","object":"chat.completion","created":1705000000,"result":"晴","is_truncated":false,
             "need_clear_history":false,"finish_reason":"normal",
             "usage":{"prompt_tokens":10,"completion_tokens":1,"total_tokens":11}}""";
    private static final String RESPONSES = "{\"type\":\"object\",\"properties\":{\"temperature\":{\"type\":\"integer\"}}}";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final ToolDefinition weather = new ToolDefinition("get_current_weather", "The weather of a city",
            tree("{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}}}"));
    private final ToolDefinition time = new ToolDefinition("get_time", "The time", null);

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    private String chat(String options) {
        return "qianfan:chat?accessKey=ak&secretKey=sk&retryBackoff=1&model=ERNIE-3.5-8K&toolExecution=manual"
                + "&baseUrl=http://127.0.0.1:" + server.getPort() + options;
    }

    private Exchange send(String uri) {
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        return template.send(uri, e -> {
            e.getMessage().setBody("上海天气怎么样");
            e.getMessage().setHeader(AiHeaders.TOOLS, List.of(weather, time));
        });
    }

    @Test
    void responsesAndExamplesGoIntoTheNamedToolsFunctionEntryExactlyAsGiven() throws Exception {
        server.enqueue(json(ANSWER));

        Exchange out = send(chat("&functionResponses.get_current_weather=" + RESPONSES
                + "&functionExamples.get_current_weather=classpath:qianfan/weather-examples.json"));

        assertNull(out.getException());
        assertEquals("晴", out.getMessage().getBody(String.class));
        JsonNode functions = body(take(server)).get("functions");
        JsonNode examples;
        try (InputStream in = getClass().getResourceAsStream("/qianfan/weather-examples.json")) {
            examples = tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(tree("""
                [{"name":"get_current_weather","description":"The weather of a city",
                  "parameters":{"type":"object","properties":{"location":{"type":"string"}}},
                  "responses":%s,"examples":%s},
                 {"name":"get_time","description":"The time","parameters":{"type":"object","properties":{}}}]
                """.formatted(RESPONSES, examples)), functions);
        assertEquals("我不需要调用任何工具", functions.at("/0/examples/1/1/function_call/thought").asText());
    }

    @Test
    void theOlderFlatListOfExampleMessagesIsSentAsWell() throws Exception {
        server.enqueue(json(ANSWER));
        String flat = "[{\"role\":\"user\",\"content\":\"几点了\"},{\"role\":\"assistant\",\"content\":\"\","
                + "\"function_call\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}]";

        Exchange out = send(chat("&functionExamples.get_time=" + flat));

        assertNull(out.getException());
        JsonNode functions = body(take(server)).get("functions");
        assertEquals(tree(flat), functions.at("/1/examples"));
        assertFalse(functions.get(0).has("examples"), "only the named tool gets them");
        assertFalse(functions.get(0).has("responses"));
    }

    @Test
    void malformedExamplesFailWhenTheRouteStartsNamingTheOption() {
        String noRole = "[[{\"content\":\"hi\"}]]";
        Exception e = startFails(chat("&functionExamples.get_time=" + noRole));
        assertTrue(messages(e).contains("functionExamples.get_time") && messages(e).contains("user, assistant,"
                + " function"),
                messages(e));

        String functionWithoutName = "[[{\"role\":\"function\",\"content\":\"{}\"}]]";
        e = startFails(chat("&functionExamples.get_time=" + functionWithoutName));
        assertTrue(messages(e).contains("role function needs the function's name"), messages(e));

        e = startFails(chat("&functionResponses.get_time=[1,2]"));
        assertTrue(messages(e).contains("functionResponses.get_time must be a JSON Schema object"), messages(e));

        e = startFails(chat("&functionResponses.get_time=classpath:qianfan/missing.json"));
        assertTrue(messages(e).contains("functionResponses.get_time: cannot read"), messages(e));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theOptionsAreRefusedOnTheV2ApiWhichHasNoFunctionEntries() {
        Exception e = startFails("qianfan:chat?apiVersion=v2&apiKey=k&baseUrl=http://127.0.0.1:" + server.getPort()
                + "&functionResponses.get_time=" + RESPONSES);
        assertTrue(messages(e).contains("apiVersion=v2"), messages(e));
    }

    @Test
    void aHeaderCannotSetThemBecauseAValueMayNameAResource() throws Exception {
        server.enqueue(json(ANSWER));
        context.start();
        Exchange out = context.createProducerTemplate().send(chat(""), e -> {
            e.getMessage().setBody("hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("functionExamples.get_time", "file:/etc/passwd"));
        });
        assertNotNull(out.getException());
        assertTrue(messages(out.getException()).contains("cannot set option"), messages(out.getException()));
        assertEquals(0, server.getRequestCount());
    }

    private Exception startFails(String uri) {
        try {
            context.start();
            context.getEndpoint(uri).createProducer().start();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("starting " + uri + " did not fail");
    }
}
