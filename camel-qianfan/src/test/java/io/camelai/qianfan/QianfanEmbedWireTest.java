package io.camelai.qianfan;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelai.qianfan.QianfanWireTest.assertSigned;
import static io.camelai.qianfan.QianfanWireTest.body;
import static io.camelai.qianfan.QianfanWireTest.json;
import static io.camelai.qianfan.QianfanWireTest.messages;
import static io.camelai.qianfan.QianfanWireTest.take;
import static io.camelai.qianfan.QianfanWireTest.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * qianfan:embed against MockWebServer (v1 batches of 16 reassembled in input order, v2), and options rejected when
 * the endpoint is created, before anything is sent.
 */
class QianfanEmbedWireTest {

    private static final String V1_EMBED = "/rpc/2.0/ai_custom/v1/wenxinworkshop/embeddings/embedding-v1";

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

    private String mock() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private Exchange send(String uri, Object body) {
        if (template == null) {
            context.start();
            template = context.createProducerTemplate();
        }
        return template.send(uri, e -> e.getMessage().setBody(body));
    }

    /**
     * Answers each embeddings call with the vector {@code [n, 0.5]} for input {@code "t<n>"}, listing the data items in
     * reverse index order (the order the API does not promise), with one prompt token per input.
     */
    private static final class Embeddings extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            JsonNode input = body(request).get("input");
            StringBuilder data = new StringBuilder();
            for (int i = input.size() - 1; i >= 0; i--) {
                int n = Integer.parseInt(input.get(i).asText().substring(1));
                data.append(data.length() == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                        .append(",\"embedding\":[").append(n).append(",0.5]}");
            }
            return json("{\"id\":\"as-e\",\"object\":\"embedding_list\",\"created\":1,\"data\":[" + data + "],"
                    + "\"usage\":{\"prompt_tokens\":" + input.size() + ",\"total_tokens\":" + input.size() + "}}");
        }
    }

    private static List<String> texts(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "t" + i).toList();
    }

    // ---- embed

    @Test
    void twentyInputsGoInCallsOf16And4AndComeBackInInputOrder() throws Exception {
        StrictJsonDispatcher.wrap(server, new Embeddings());

        Exchange out = send("qianfan:embed?accessKey=ak&secretKey=sk&parallelCalls=1&baseUrl=" + mock(),
                texts(0, 20));

        assertNull(out.getException());
        List<?> vectors = out.getMessage().getBody(List.class);
        assertEquals(20, vectors.size());
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(new float[]{i, 0.5f}, (float[]) vectors.get(i), "vector " + i);
        }
        assertEquals(20L, out.getMessage().getHeader(AiHeaders.INPUT_TOKENS));
        assertEquals(2, server.getRequestCount());
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RecordedRequest r = take(server);
            assertEquals("POST", r.getMethod());
            assertEquals(V1_EMBED, r.getTarget());
            assertSigned(r, "POST", V1_EMBED, Map.of());
            JsonNode body = body(r);
            assertEquals(List.of("input"), iterableToList(body.fieldNames()), "the body is {\"input\": [...]}");
            List<String> batch = new ArrayList<>();
            body.get("input").forEach(t -> batch.add(t.asText()));
            batches.add(batch);
        }
        assertEquals(List.of(texts(0, 16), texts(16, 20)), batches);
    }

    @Test
    void v2EmbeddingsNameTheModelInTheBody() throws Exception {
        StrictJsonDispatcher.wrap(server, new Embeddings());

        Exchange out = send("qianfan:embed?apiVersion=v2&bearerToken=bce-v3/x/y&baseUrl=" + mock(),
                List.of("t3", "t1"));

        assertNull(out.getException());
        List<?> vectors = out.getMessage().getBody(List.class);
        assertArrayEquals(new float[]{3, 0.5f}, (float[]) vectors.get(0));
        assertArrayEquals(new float[]{1, 0.5f}, (float[]) vectors.get(1));
        RecordedRequest r = take(server);
        assertEquals("/v2/embeddings", r.getTarget());
        assertEquals("Bearer bce-v3/x/y", r.getHeaders().get("Authorization"));
        assertEquals(tree("{\"model\":\"embedding-v1\",\"input\":[\"t3\",\"t1\"]}"), body(r));
    }

    private static List<String> iterableToList(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    // ---- options checked when the endpoint is created

    private String rejected(String options) {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint(
                "qianfan:chat?accessKey=ak&secretKey=sk&baseUrl=" + mock() + options));
        assertEquals(0, server.getRequestCount());
        return messages(e);
    }

    @Test
    void aZeroTemperatureIsRejected() {
        String m = rejected("&temperature=0");
        assertTrue(m.contains("temperature") && m.contains("(0, 1]"), m);
    }

    @Test
    void aPenaltyScoreOutsideOneToTwoIsRejected() {
        String m = rejected("&penaltyScore=3");
        assertTrue(m.contains("penaltyScore") && m.contains("[1, 2]"), m);
    }

    @Test
    void moreThanFourStopStringsAreRejected() {
        String m = rejected("&stop=a,b,c,d,e");
        assertTrue(m.contains("option stop") && m.contains("at most 4"), m);
    }

    @Test
    void anUnknownApiVersionIsRejectedNamingTheAllowedOnes() {
        String m = rejected("&apiVersion=v3");
        assertTrue(m.contains("apiVersion") && m.contains("v1, v2"), m);
    }

    @Test
    void optionsInRangeAreAccepted() {
        context.getEndpoint("qianfan:chat?accessKey=ak&secretKey=sk&temperature=1&penaltyScore=2&stop=a,b,c,d"
                + "&apiVersion=v2&baseUrl=" + mock(), QianfanEndpoint.class);
    }
}
