package io.camelai.support.telemetry;

import java.net.SocketTimeoutException;

import io.camelai.support.AiHttpException;
import io.camelai.support.AiStreamException;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GenAiNamesTest {

    @Test
    void providersUseTheSemanticConventionsWellKnownValues() {
        assertEquals("cohere", GenAiNames.provider("cohere"));
        assertEquals("azure.ai.inference", GenAiNames.provider("azure-inference"));
        assertEquals("baidu.qianfan", GenAiNames.provider("qianfan"));
    }

    @Test
    void operationsMapOntoTheWellKnownOnesAndOthersKeepTheirName() {
        assertEquals("chat", GenAiNames.operation("chat"));
        assertEquals("embeddings", GenAiNames.operation("embed"));
        assertEquals("embeddings", GenAiNames.operation("image-embed"));
        assertEquals("text_completion", GenAiNames.operation("generate"));
        assertEquals("rerank", GenAiNames.operation("rerank"));
    }

    @Test
    void theCamelOperationIsTheUriPathBeforeItsOptions() {
        CamelContext context = new DefaultCamelContext();
        assertEquals("rerank", GenAiNames.camelOperation(context.getEndpoint("direct:rerank?timeout=5")));
        assertEquals("image-embed", GenAiNames.camelOperation(context.getEndpoint("direct://image-embed")));
    }

    @Test
    void theErrorTypeIsTheStatusElseTheFailuresClass() {
        DefaultExchange exchange = new DefaultExchange(new DefaultCamelContext());
        assertEquals("429", GenAiNames.errorType(AiHttpException.builder("p").status(429).build(exchange)));
        assertEquals("java.net.SocketTimeoutException", GenAiNames.errorType(AiHttpException.builder("p")
                .cause(new SocketTimeoutException("read timed out")).build(exchange)));
        AiStreamException broken = new AiStreamException(AiHttpException.builder("p").status(500), exchange, "", 0);
        assertEquals("500", GenAiNames.errorType(new RuntimeCamelException(broken)));
        assertEquals("java.lang.IllegalStateException", GenAiNames.errorType(new IllegalStateException("x")));
    }
}
