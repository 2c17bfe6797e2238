package io.camelai.qianfan;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Qianfan routes against the simulator: app-key tokens and their expiry, error codes, v2 via IAM, the Qianfan docs' function example. */
class QianfanIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    /** The function of Qianfan's function-calling example (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/xlmokikxe): code files per language. */
    public static class FileCounter {
        @AiTool(name = "get_file_num", description = "获取内部数据库中以某一编程语言编写的文件数量")
        public String getFileNum(
                @AiToolParam(name = "language", description = "代码所运用的编程语言,例如:python、c/c++、go、java", required = true) String language) {
            return String.valueOf(switch (language.toLowerCase()) {
                case "c/c++", "python" -> 35;
                case "java" -> 10;
                case "javascript" -> 25;
                case "go" -> 32;
                default -> 0;
            });
        }
    }

    @BeforeEach
    void clean() {
        sim.get().reset();
    }

    private String oauthUri() {
        return "qianfan:chat?apiKey=" + QianfanApi.APP_KEY + "&secretKey=" + QianfanApi.APP_SECRET + "&baseUrl="
                + sim.get().qianfanUrl() + "&authUrl=" + sim.get().qianfanUrl();
    }

    private String iamUri() {
        return "qianfan:chat?accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sk&retryBackoff=5&baseUrl="
                + sim.get().qianfanUrl();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        context.getRegistry().bind("files", new FileCounter());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:files").to(iamUri() + "&model=ERNIE-3.5-8K&tools=#files");
            }
        };
    }

    @Test
    void appKeysFetchOneTokenAndReuseIt() {
        int before = sim.get().qianfan().tokensIssued();
        assertEquals("Simulated answer to: 你好", template.requestBody(oauthUri(), "你好", String.class));
        assertEquals("Simulated answer to: again", template.requestBody(oauthUri(), "again", String.class));
        assertEquals(before + 1, sim.get().qianfan().tokensIssued(), "one token for both calls");
        List<RecordedRequest> requests = sim.get().requests();
        assertEquals("/oauth/2.0/token", requests.get(0).path());
        assertTrue(requests.get(1).query().contains("access_token=24.sim"), requests.get(1).query());
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheCallSucceeds() {
        template.requestBody(oauthUri(), "first", String.class);
        int issued = sim.get().qianfan().tokensIssued();
        sim.get().qianfan().expireTokens();

        assertEquals("Simulated answer to: after expiry", template.requestBody(oauthUri(), "after expiry",
                String.class));
        assertEquals(issued + 1, sim.get().qianfan().tokensIssued(), "exactly one refresh");
    }

    @Test
    void anExpiredTokenIsRefreshedForAStreamToo() throws Exception {
        template.requestBody(oauthUri(), "first", String.class);
        sim.get().qianfan().expireTokens();

        StringBuilder text = new StringBuilder();
        ChatStreams.chunks(context, oauthUri() + "&stream=true", "stream after expiry")
                .forEach(c -> text.append(c.text()));
        assertEquals("Simulated answer to: stream after expiry", text.toString());
    }

    @Test
    void overloadCodesInA200BodyAreRetried() {
        sim.get().fault(Fault.providerError("336100", "Server high load, please try again later")
                .onPath("/rpc/2.0/ai_custom"));
        assertEquals("Simulated answer to: busy", template.requestBody(iamUri(), "busy", String.class));
        assertEquals(2, sim.get().requestCount());
    }

    @Test
    void invalidArgumentCodesFailWithTheApiMessage() {
        sim.get().fault(Fault.providerError("336003", "the length of messages must be an odd number"));
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(iamUri(), "x", String.class));
        AiHttpException ahe = assertInstanceOf(AiHttpException.class, e.getCause());
        assertEquals("336003", ahe.getErrorCode());
        assertEquals(200, ahe.getStatusCode());
        assertTrue(ahe.getMessage().contains("the length of messages must be an odd number"), ahe.getMessage());
        assertEquals(1, sim.get().requestCount(), "not retried");
    }

    @Test
    void iamSignedRequestsCarryTheSignatureAndDate() {
        template.requestBody(iamUri(), "signed", String.class);
        RecordedRequest r = sim.get().takeRequest();
        assertTrue(r.header("Authorization").matches("bce-auth-v1/sim-ak/" + r.header("x-bce-date")
                + "/1800/host;x-bce-date/[0-9a-f]{64}"),
                r.header("Authorization"));
    }

    @Test
    void v2WithAnAccessKeyGetsABearerTokenFromIam() {
        String uri = "qianfan:chat?apiVersion=v2&accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sk&baseUrl="
                + sim.get().qianfanUrl() + "&authUrl=" + sim.get().qianfanUrl();
        assertEquals("Simulated answer to: v2", template.requestBody(uri, "v2", String.class));
        List<RecordedRequest> requests = sim.get().requests();
        assertEquals("/v1/BCE-BEARER/token", requests.get(0).path());
        assertTrue(requests.get(1).header("Authorization").startsWith("Bearer bce-v3/ALTAK-sim"));
    }

    @Test
    void theQianfanFunctionExampleRunsTheBeanAndAnswersWithItsResult() {
        sim.get().enqueue(SimReply.toolCall("ignored", "get_file_num", "{\"language\":\"python\"}"));
        Exchange out = template.request("direct:files",
                e -> e.getMessage().setBody("请帮我查询一下数据库中用python撰写的代码文件数量"));

        assertEquals(null, out.getException());
        assertEquals("Tool results: {\"result\":\"35\"}", out.getMessage().getBody(String.class));
        assertEquals(2, out.getMessage().getHeader(AiHeaders.MODEL_CALLS));
        List<RecordedRequest> requests = sim.get().requests();
        JsonNode first = requests.get(0).json();
        assertEquals("/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions", requests.get(0).path());
        assertEquals("get_file_num", first.at("/functions/0/name").asText());
        assertEquals("string", first.at("/functions/0/parameters/properties/language/type").asText());
        assertEquals("language", first.at("/functions/0/parameters/required/0").asText());
        JsonNode messages = requests.get(1).json().get("messages");
        assertEquals(3, messages.size());
        assertEquals("get_file_num", messages.get(1).at("/function_call/name").asText());
        assertEquals("{\"language\":\"python\"}", messages.get(1).at("/function_call/arguments").asText());
        assertEquals("function", messages.get(2).get("role").asText());
        assertEquals("get_file_num", messages.get(2).get("name").asText());
        assertEquals("{\"result\":\"35\"}", messages.get(2).get("content").asText());
    }

    @Test
    void embeddingsOfMoreThan16TextsAreBatchedInOrder() {
        List<String> texts = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "text " + i).toList();
        String uri = "qianfan:embed?accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sk&baseUrl="
                + sim.get().qianfanUrl();
        List<?> vectors = template.requestBody(uri, texts, List.class);
        assertEquals(20, vectors.size());
        float[] again = (float[]) template.requestBody(uri, List.of("text 7"), List.class).get(0);
        assertTrue(java.util.Arrays.equals(again, (float[]) vectors.get(7)), "input order kept");
        assertEquals(3, sim.get().requestCount(), "16 + 4, then 1");
    }
}
