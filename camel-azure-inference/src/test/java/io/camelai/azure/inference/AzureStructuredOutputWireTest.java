package io.camelai.azure.inference;

import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiOutputParseException;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structured output on Azure AI Model Inference: outputClass sends {@code response_format: {type: json_schema,
 * json_schema: {name, schema, strict}}}
 * (https://learn.microsoft.com/en-us/rest/api/aifoundry/model-inference/get-chat-completions/get-chat-completions)
 * and the answer becomes an instance of the class.
 */
class AzureStructuredOutputWireTest extends CamelTestSupport {

    /** A POJO output class (getters and setters, a renamed property). */
    public static class Invoice {
        @com.fasterxml.jackson.annotation.JsonProperty("invoice_number")
        private String number;
        private double total;
        private boolean paid;

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public double getTotal() {
            return total;
        }

        public void setTotal(double total) {
            this.total = total;
        }

        public boolean isPaid() {
            return paid;
        }

        public void setPaid(boolean paid) {
            this.paid = paid;
        }
    }

    static final String INVOICE = Invoice.class.getName();

    private static final String INVOICE_SCHEMA = """
            {"type":"object","properties":{"invoice_number":{"type":"string"},"total":{"type":"number"},
              "paid":{"type":"boolean"}},
             "required":["invoice_number","total","paid"],"additionalProperties":false}""";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private String uri(String options) {
        return "azure-inference:chat?apiKey=K&retryBackoff=1&endpoint=" + server.url("/models") + "&" + options;
    }

    private void answer(String content) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(
                "{\"id\":\"r\",\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":"
                        + "{\"role\":\"assistant\",\"content\":" + AiJson.writeString(content) + "}}]}")
                .build());
    }

    private JsonNode sentFormat() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "a request was sent");
        return AiJson.readTree(r.getBody().utf8()).get("response_format");
    }

    @Test
    void outputClassSendsAStrictJsonSchemaNamedAfterTheClassAndTheAnswerBecomesThePojo() throws Exception {
        answer("{\"invoice_number\":\"INV-7\",\"total\":12.5,\"paid\":true}");

        Exchange out = template.request(uri("outputClass=" + INVOICE), e -> e.getMessage().setBody("Read it"));

        Invoice invoice = assertInstanceOf(Invoice.class, out.getMessage().getBody());
        assertEquals("INV-7", invoice.getNumber());
        assertEquals(12.5, invoice.getTotal());
        assertTrue(invoice.isPaid());
        assertEquals("{\"invoice_number\":\"INV-7\",\"total\":12.5,\"paid\":true}",
                out.getMessage().getHeader(AiHeaders.RAW_ANSWER));
        assertEquals(AiJson.readTree("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"Invoice\",\"schema\":"
                + INVOICE_SCHEMA + ",\"strict\":true}}"), sentFormat());
    }

    @Test
    void jsonSchemaNameAndJsonSchemaStrictStillNameAndRelaxTheSchema() throws Exception {
        answer("{\"invoice_number\":\"INV-7\",\"total\":1,\"paid\":false}");

        template.requestBody(uri("outputClass=" + INVOICE + "&responseFormat=json_schema&jsonSchemaName=inv"
                + "&jsonSchemaStrict=false"), "Read it");

        assertEquals(AiJson.readTree("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"inv\",\"schema\":"
                + INVOICE_SCHEMA + ",\"strict\":false}}"), sentFormat());
    }

    @Test
    void anAnswerThatDoesNotParseFailsNamingTheClass() {
        answer("{\"invoice_number\": \"INV-7\", \"total\": \"twelve\"}");

        Exchange out = template.request(uri("outputClass=" + INVOICE), e -> e.getMessage().setBody("Read it"));

        AiOutputParseException e = assertInstanceOf(AiOutputParseException.class, out.getException());
        assertTrue(e.getMessage().startsWith("The model's answer does not parse into " + INVOICE + ": "),
                e.getMessage());
        assertEquals("{\"invoice_number\": \"INV-7\", \"total\": \"twelve\"}", e.getRawAnswer());
    }

    @Test
    void outputTypeJsonGivesAJsonNodeWithTheJsonObjectFormatAskedFor() throws Exception {
        answer("[1,2,3]");

        Object body = template.requestBody(uri("outputType=json&responseFormat=json_object"), "Numbers");

        assertEquals(AiJson.readTree("[1,2,3]"), assertInstanceOf(JsonNode.class, body));
        assertEquals(AiJson.readTree("{\"type\":\"json_object\"}"), sentFormat());
    }

    @Test
    void aJsonObjectOrTextResponseFormatContradictsOutputClassAtEndpointCreation() {
        for (String format : new String[]{"json_object", "text"}) {
            Exception e = assertThrows(Exception.class,
                    () -> context.getEndpoint(uri("outputClass=" + INVOICE + "&responseFormat=" + format)));
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertEquals("Options outputClass and responseFormat=" + format + " conflict: outputClass sends"
                    + " responseFormat=json_schema with the class's schema; remove responseFormat or set it to"
                    + " json_schema", root.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }
}
