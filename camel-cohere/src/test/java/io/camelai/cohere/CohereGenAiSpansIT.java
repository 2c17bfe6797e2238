package io.camelai.cohere;

import java.util.List;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.support.AiHeaders;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The GenAI span attributes (OpenTelemetry semantic conventions) on the spans camel-opentelemetry2 creates for real
 * routes against the simulator, exported in memory.
 */
class CohereGenAiSpansIT extends CamelTestSupport {

    private static final String KEY = "secret-key-7f3a";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // camel-opentelemetry2 takes the one OpenTelemetry Tracer of the registry
        context.getRegistry().bind("tracer", tracerProvider.get("camel-ai-test"));
        new OpenTelemetryTracer().init(context);
        return context;
    }

    @AfterEach
    void closeTracing() {
        tracerProvider.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "apiKey=" + KEY + "&retryBackoff=5&baseUrl=" + sim.get().cohereUrl();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("cohere:chat?model=command-r-plus-08-2024&" + base);
                from("direct:embed").to("cohere:embed?model=embed-v4.0&" + base);
                from("direct:lazyStream").to("cohere:chat?stream=true&model=lazy-model&" + base)
                        .split(body()).streaming().to("mock:lazyChunks");
                from("direct:consumedStream").to("cohere:chat?stream=true&model=consumed-model&" + base);
                from("cohere:chat?stream=true&model=consumed-model&" + base).to("mock:consumedChunks");
            }
        };
    }

    @Test
    void aChatSpanCarriesTheOperationProviderModelFinishReasonAndTokens() {
        template.requestBody("direct:chat", "Hello Cohere", String.class);

        SpanData span = span("chat");
        assertEquals("chat command-r-plus-08-2024", span.getName(), "{gen_ai.operation.name} {gen_ai.request.model}");
        Attributes a = span.getAttributes();
        assertEquals("cohere", a.get(AttributeKey.stringKey("gen_ai.provider.name")));
        assertEquals("command-r-plus-08-2024", a.get(AttributeKey.stringKey("gen_ai.request.model")));
        assertEquals("COMPLETE", a.get(AttributeKey.stringKey("gen_ai.response.finish_reasons")));
        assertEquals("67", a.get(AttributeKey.stringKey("gen_ai.usage.input_tokens")));
        assertEquals("5", a.get(AttributeKey.stringKey("gen_ai.usage.output_tokens")));
        assertNull(a.get(AttributeKey.stringKey("error.type")));
        assertFalse(a.toString().contains(KEY), "the API key is in no attribute: " + a);
    }

    @Test
    void theModelHeaderIsTheRequestedModel() {
        template.requestBodyAndHeader("direct:chat", "hi", "CamelAiModel", "command-a-03-2025", String.class);

        SpanData span = span("chat");
        assertEquals("chat command-a-03-2025", span.getName());
        assertEquals("command-a-03-2025", span.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model")));
    }

    @Test
    void anEmbeddingsSpanCarriesItsInputTokens() {
        Exchange out = template.request("direct:embed", e -> e.getMessage().setBody(List.of("a", "b")));
        Long inputTokens = out.getMessage().getHeader(AiHeaders.INPUT_TOKENS, Long.class);

        Attributes a = span("embeddings").getAttributes();
        assertEquals("cohere", a.get(AttributeKey.stringKey("gen_ai.provider.name")));
        assertEquals("embed-v4.0", a.get(AttributeKey.stringKey("gen_ai.request.model")));
        assertEquals(String.valueOf(inputTokens), a.get(AttributeKey.stringKey("gen_ai.usage.input_tokens")),
                "CamelAiInputTokens");
        assertNull(a.get(AttributeKey.stringKey("gen_ai.usage.output_tokens")));
    }

    @Test
    void aFailedCallsSpanHasTheErrorTypeAndNoOutputAttributes() {
        sim.get().fault(Fault.status(400).message("invalid request"));

        assertThrows(CamelExecutionException.class, () -> template.requestBody("direct:chat", "hi", String.class));

        Attributes a = span("chat").getAttributes();
        assertEquals("400", a.get(AttributeKey.stringKey("error.type")));
        assertNull(a.get(AttributeKey.stringKey("gen_ai.usage.input_tokens")));
        assertNull(a.get(AttributeKey.stringKey("gen_ai.response.finish_reasons")));
    }

    @Test
    void aLazyStreamsSpanEndsBeforeTheStreamIsReadWithTheRequestAttributesOnly() throws Exception {
        getMockEndpoint("mock:lazyChunks").expectedMinimumMessageCount(2);
        template.requestBody("direct:lazyStream", "tell me a story");
        getMockEndpoint("mock:lazyChunks").assertIsSatisfied();

        Attributes a = spanNamed("chat lazy-model").getAttributes();
        assertEquals("lazy-model", a.get(AttributeKey.stringKey("gen_ai.request.model")));
        assertNull(a.get(AttributeKey.stringKey("gen_ai.usage.input_tokens")), "read after the span ended");
        assertNull(a.get(AttributeKey.stringKey("gen_ai.response.finish_reasons")));
    }

    @Test
    void withAChunkConsumerTheStreamIsReadWithinTheCallAndItsSpanHasTheOutputAttributes() throws Exception {
        getMockEndpoint("mock:consumedChunks").expectedMinimumMessageCount(2);
        Exchange out = template.request("direct:consumedStream", e -> e.getMessage().setBody("tell me a story"));
        getMockEndpoint("mock:consumedChunks").assertIsSatisfied();

        Attributes a = spanNamed("chat consumed-model").getAttributes();
        assertEquals(String.valueOf(out.getMessage().getHeader(AiHeaders.INPUT_TOKENS)),
                a.get(AttributeKey.stringKey("gen_ai.usage.input_tokens")), "span: " + a);
        assertEquals("COMPLETE", a.get(AttributeKey.stringKey("gen_ai.response.finish_reasons")));
    }

    /** The one span of a call with this name (the chunk consumer's exchanges have spans of their own). */
    private SpanData spanNamed(String name) {
        List<SpanData> spans = exporter.getFinishedSpanItems().stream()
                .filter(s -> name.equals(s.getName())
                        && "EVENT_SENT".equals(s.getAttributes().get(AttributeKey.stringKey("op"))))
                .toList();
        assertEquals(1, spans.size(), "spans: " + exporter.getFinishedSpanItems());
        return spans.get(0);
    }

    /** The one span of the operation. */
    private SpanData span(String operation) {
        List<SpanData> spans = exporter.getFinishedSpanItems().stream()
                .filter(s -> operation.equals(s.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name"))))
                .toList();
        assertEquals(1, spans.size(), "spans: " + exporter.getFinishedSpanItems());
        return spans.get(0);
    }
}
