package io.camelai.qianfan;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiOutputParseException;
import io.camelai.support.json.AiJson;
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
import static io.camelai.qianfan.QianfanWireTest.take;
import static io.camelai.qianfan.QianfanWireTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structured output on Qianfan: v2 sends the OpenAI-compatible {@code response_format: {type: json_schema, ...}}
 * (https://cloud.baidu.com/doc/qianfan-api/s/3m7of64lb); v1, whose {@code response_format} is only {@code text} or
 * {@code json_object}, gets {@code json_object} and the schema in its system instruction.
 */
class QianfanStructuredOutputWireTest {

    public record Capital(String country, String capital, List<String> languages) {}

    static final String CAPITAL = Capital.class.getName();

    private static final String CAPITAL_SCHEMA = "{\"type\":\"object\",\"properties\":{\"country\":{\"type\":"
            + "\"string\"},\"capital\":{\"type\":\"string\"},\"languages\":{\"type\":\"array\",\"items\":"
            + "{\"type\":\"string\"}}},\"required\":[\"country\",\"capital\",\"languages\"],"
            + "\"additionalProperties\":false}";

    private static final String ANSWER = "{\"country\":\"China\",\"capital\":\"Beijing\",\"languages\":[\"zh\"]}";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);
    private final DefaultCamelContext context = new DefaultCamelContext();

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
        return "qianfan:chat?apiVersion=v2&bearerToken=k&retryBackoff=1&baseUrl=http://127.0.0.1:" + server.getPort()
                + options;
    }

    private Exchange send(String uri, Map<String, Object> headers) {
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        return template.send(uri, e -> {
            e.getMessage().setBody("Capital of China?");
            e.getMessage().getHeaders().putAll(headers);
        });
    }

    private void v1Answer(String text) {
        server.enqueue(json("{\"id\":\"as-1\",\"object\":\"chat.completion\",\"created\":1,\"result\":"
                + AiJson.writeString(text) + ",\"is_truncated\":false,\"need_clear_history\":false,"
                + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":5,\"total_tokens\":8}}"));
    }

    private void v2Answer(String text) {
        server.enqueue(json("{\"id\":\"as-2\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"ernie\","
                + "\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\","
                + "\"content\":" + AiJson.writeString(text) + "}}]}"));
    }

    @Test
    void v2SendsAStrictJsonSchemaNamedAfterTheClassAndTheAnswerBecomesTheRecord() throws Exception {
        v2Answer(ANSWER);

        Exchange out = send(v2("&outputClass=" + CAPITAL), Map.of());

        assertEquals(new Capital("China", "Beijing", List.of("zh")), out.getMessage().getBody());
        assertEquals(ANSWER, out.getMessage().getHeader(AiHeaders.RAW_ANSWER));
        assertEquals(tree("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"Capital\",\"schema\":"
                + CAPITAL_SCHEMA + ",\"strict\":true}}"), body(take(server)).get("response_format"));
    }

    @Test
    void v1SendsJsonObjectAndTheSchemaAfterTheSystemInstruction() throws Exception {
        v1Answer(ANSWER);

        Exchange out = send(v1("&system=Be brief.&outputClass=" + CAPITAL), Map.of());

        assertEquals(new Capital("China", "Beijing", List.of("zh")), out.getMessage().getBody());
        JsonNode sent = body(take(server));
        assertEquals("json_object", sent.get("response_format").asText());
        assertEquals("Be brief.\n\nAnswer with one JSON object only, no other text, that conforms to this JSON"
                + " Schema:\n" + CAPITAL_SCHEMA, sent.get("system").asText());
    }

    @Test
    void v1WithoutASystemInstructionGetsTheSchemaInstructionAlone() throws Exception {
        v1Answer("```json\n" + ANSWER + "\n```");

        Exchange out = send(v1("&outputClass=" + CAPITAL), Map.of());

        assertEquals(new Capital("China", "Beijing", List.of("zh")), out.getMessage().getBody(),
                "a Markdown fence around the JSON is removed");
        assertEquals("Answer with one JSON object only, no other text, that conforms to this JSON Schema:\n"
                + CAPITAL_SCHEMA, body(take(server)).get("system").asText());
    }

    @Test
    void anAnswerThatDoesNotParseFailsNamingTheClassAndKeepingTheText() {
        v1Answer("北京");

        Exchange out = send(v1("&outputClass=" + CAPITAL), Map.of());

        AiOutputParseException e = assertInstanceOf(AiOutputParseException.class, out.getException());
        assertTrue(e.getMessage().startsWith("The model's answer does not parse into " + CAPITAL + ": "),
                e.getMessage());
        assertEquals("北京", e.getRawAnswer());
    }

    @Test
    void outputTypeJsonGivesAJsonNodeOnBothVersions() throws Exception {
        v1Answer("{\"a\":1}");
        v2Answer("{\"b\":2}");

        Object v1 = send(v1("&outputType=json&responseFormat=json_object"), Map.of()).getMessage().getBody();
        Object v2 = send(v2("&outputType=json&responseFormat=json_object"), Map.of()).getMessage().getBody();

        assertEquals(tree("{\"a\":1}"), assertInstanceOf(JsonNode.class, v1));
        assertEquals(tree("{\"b\":2}"), assertInstanceOf(JsonNode.class, v2));
        assertEquals("json_object", body(take(server)).get("response_format").asText());
        assertEquals(tree("{\"type\":\"json_object\"}"), body(take(server)).get("response_format"));
    }

    @Test
    void aJsonObjectResponseFormatContradictsOutputClassOnV2ButNotOnV1() throws Exception {
        context.start();
        Exception e = assertThrows(Exception.class,
                () -> context.getEndpoint(v2("&outputClass=" + CAPITAL + "&responseFormat=json_object")));
        assertTrue(QianfanWireTest.messages(e).contains("Options outputClass and responseFormat=json_object"
                + " conflict: outputClass sends responseFormat=json_schema with the class's schema"),
                QianfanWireTest.messages(e));
        assertEquals(0, server.getRequestCount());

        v1Answer(ANSWER);
        assertEquals(new Capital("China", "Beijing", List.of("zh")),
                send(v1("&outputClass=" + CAPITAL + "&responseFormat=json_object"), Map.of()).getMessage()
                        .getBody());
    }
}
