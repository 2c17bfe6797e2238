package io.camelai.azure.inference;

import java.util.Map;

import io.camelai.support.AiHeaders;
import io.camelai.support.testing.WireTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What exchange input cannot do on azure-inference: add body keys the API does not define, name a schema file, or
 * send a Map as a prompt. Every refusal happens before any call.
 */
class AzureExchangeInputWireTest extends WireTestSupport {

    private String uri(String operation, String options) {
        return "azure-inference:" + operation + "?apiKey=K&endpoint=" + server.url("/models")
                + (options.isEmpty() ? "" : "&" + options);
    }

    private String refused(String uri, Object body, Object options) {
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (options != null) {
                e.getMessage().setHeader(AiHeaders.OPTIONS, options);
            }
        });
        assertInstanceOf(IllegalArgumentException.class, out.getException(), () -> String.valueOf(out.getException()));
        assertEquals(0, server.getRequestCount(), "refused before any call");
        return out.getException().getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"extra|x", "endpoint|http://attacker.example", "apiKey|other",
            "authHeader|bearer", "scope|https://other/.default", "apiVersion|1",
            "extraParameters|pass-through", "stream|true", "tools|#beans"})
    void theOptionsHeaderCannotSetAnOptionThatIsNotAModelRequestParameter(String option, String value) {
        String message = refused(uri("chat", ""), "Hi", Map.of(option, value));

        assertTrue(message.startsWith("Header CamelAiOptions cannot set option '" + option + "'"), message);
    }

    @Test
    void aJsonSchemaFileCannotBeNamedPerExchange() {
        String message = refused(uri("chat", "responseFormat=json_schema"), "Hi",
                Map.of("jsonSchema", "file:/etc/hostname"));

        assertTrue(message.startsWith("Option jsonSchema given per exchange (header CamelAiOptions) must be inline"
                + " JSON"), message);
    }

    @Test
    void aMapBodyThatIsNotAMessageIsNeitherAPromptNorAnEmbeddingInput() {
        assertEquals("A chat message map has the unknown key 'a'; allowed keys are role, content, tool_calls,"
                + " tool_call_id, name, tool_plan", refused(uri("chat", ""), Map.of("a", "b"), null));
        assertTrue(refused(uri("embed", ""), Map.of("a", "b"), null).startsWith("The message body is a java.util."));
    }
}
