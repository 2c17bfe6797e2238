package io.camelai.qianfan;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.json.AiJson;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** functions[].responses and functions[].examples against the simulator, which checks them as the reference does. */
class QianfanFunctionExtrasIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private final ToolDefinition weather = new ToolDefinition("get_current_weather", "The weather of a city",
            AiJson.readTree("{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}}}"));

    private String uri(String options) {
        return "qianfan:chat?accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=sk&model=ERNIE-3.5-8K"
                + "&toolExecution=manual&baseUrl=" + sim.get().qianfanUrl() + options;
    }

    @Test
    void aToolWithResponsesAndExamplesIsAcceptedAndCalled() {
        sim.get().enqueue(SimReply.toolCall("", "get_current_weather", "{\"location\":\"上海\"}"));

        Exchange out = template.request(uri("&functionResponses.get_current_weather={\"type\":\"object\"}"
                + "&functionExamples.get_current_weather=classpath:qianfan/weather-examples.json"),
                e -> {
                    e.getMessage().setBody("上海天气怎么样");
                    e.getMessage().setHeader(AiHeaders.TOOLS, List.of(weather));
                });

        assertNull(out.getException());
        List<?> calls = out.getMessage().getHeader(AiHeaders.TOOL_CALLS, List.class);
        assertEquals("get_current_weather", ((ToolCall) calls.get(0)).name());
        JsonNode fn = sim.get().takeRequest().json().at("/functions/0");
        assertEquals("object", fn.at("/responses/type").asText());
        assertEquals(2, fn.get("examples").size());
        assertEquals("function", fn.at("/examples/0/2/role").asText());
    }

    @Test
    void theSimulatorRejectsExamplesTheReferenceDoesNotAllowWithError336003() {
        QianfanChatRequest request = new QianfanChatRequest()
                .messages(List.of(Map.of("role", "user", "content", "hi")))
                .put("functions", List.of(Map.of("name", "get_time", "description", "The time",
                        "parameters", Map.of("type", "object", "properties", Map.of()),
                        "examples", List.of(List.of(Map.of("role", "function", "content", "{}"))))));

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(uri(""), request, String.class));

        AiHttpException error = assertInstanceOf(AiHttpException.class, e.getCause());
        assertEquals("336003", error.getErrorCode());
        assertTrue(error.getProviderMessage().contains("functions[get_time].examples"), error.getProviderMessage());
    }
}
