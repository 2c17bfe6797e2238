package io.camelai.support.telemetry;

import java.util.Locale;

import io.camelai.support.AiEndpoint;
import io.camelai.support.AiHeaders;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

/**
 * Adds the OpenTelemetry GenAI attributes (https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/) to the
 * span Camel's tracing ({@code camel-telemetry}: camel-opentelemetry2, ...) creates for a call of one of this
 * project's endpoints, and names it {@code "{operation} {model}"}. Found through {@code META-INF/services}, one
 * subclass per scheme. Before the call: operation, provider and requested model; after it, from the output headers
 * the chat and embedding producers (re)write on every call: the response model and id, the finish reason and the
 * token counts; on failure {@code error.type}. Camel's telemetry span takes string values only, so the token counts
 * are decimal strings.
 */
public abstract class AiSpanDecorator extends AbstractSpanDecorator {

    private final String scheme;
    private final String componentClassName;

    protected AiSpanDecorator(String scheme, String componentClassName) {
        this.scheme = scheme;
        this.componentClassName = componentClassName;
    }

    @Override
    public String getComponent() {
        return scheme;
    }

    @Override
    public String getComponentClassName() {
        return componentClassName;
    }

    @Override
    public String getOperationName(Exchange exchange, Endpoint endpoint) {
        String model = requestModel(exchange, endpoint);
        String operation = operation(endpoint);
        return model == null ? operation : operation + " " + model;
    }

    @Override
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        super.beforeTracingEvent(span, exchange, endpoint);
        span.setTag(GenAiNames.OPERATION, operation(endpoint));
        span.setTag(GenAiNames.PROVIDER, GenAiNames.provider(
                endpoint instanceof AiEndpoint<?> ai ? ai.providerName() : scheme));
        String model = requestModel(exchange, endpoint);
        if (model != null) {
            span.setTag(GenAiNames.REQUEST_MODEL, model);
        }
        // the operation decides which output headers are this call's: read after it (per span: calls may nest)
        exchange.setProperty(operationProperty(span), operation(endpoint));
    }

    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        super.afterTracingEvent(span, exchange);
        String operation = (String) exchange.removeProperty(operationProperty(span));
        if (exchange.getException() != null) {
            span.setTag(GenAiNames.ERROR_TYPE, GenAiNames.errorType(exchange.getException()));
            return;
        }
        if (!GenAiNames.isModelOperation(operation)) {
            return; // other producers do not clear these headers: an earlier call's values would show
        }
        Message message = exchange.getMessage();
        tag(span, GenAiNames.RESPONSE_MODEL, message.getHeader(AiHeaders.RESPONSE_MODEL));
        tag(span, GenAiNames.RESPONSE_ID, message.getHeader(AiHeaders.RESPONSE_ID));
        Object reason = message.getHeader(AiHeaders.FINISH_REASON_RAW);
        if (reason == null && message.getHeader(AiHeaders.FINISH_REASON) != null) {
            reason = message.getHeader(AiHeaders.FINISH_REASON).toString().toLowerCase(Locale.ROOT);
        }
        tag(span, GenAiNames.FINISH_REASONS, reason);
        tag(span, GenAiNames.INPUT_TOKENS, message.getHeader(AiHeaders.INPUT_TOKENS));
        tag(span, GenAiNames.OUTPUT_TOKENS, message.getHeader(AiHeaders.OUTPUT_TOKENS));
    }

    /** The exchange property that carries a span's operation from before the call to after it. */
    private static String operationProperty(Span span) {
        return "CamelAiSpanOperation-" + System.identityHashCode(span);
    }

    private static String operation(Endpoint endpoint) {
        return GenAiNames.operation(GenAiNames.camelOperation(endpoint));
    }

    /** {@code CamelAiModel}, else the endpoint's {@code model} option. */
    private static String requestModel(Exchange exchange, Endpoint endpoint) {
        Object header = exchange.getMessage().getHeader(AiHeaders.MODEL);
        if (header instanceof String model && !model.isBlank()) {
            return model;
        }
        return endpoint instanceof AiEndpoint<?> ai ? ai.getConfiguration().getModel() : null;
    }

    private static void tag(Span span, String key, Object value) {
        if (value != null) {
            span.setTag(key, value.toString());
        }
    }

    /** {@code cohere:}. */
    public static final class Cohere extends AiSpanDecorator {
        public Cohere() {
            super("cohere", "io.camelai.cohere.CohereComponent");
        }
    }

    /** {@code azure-inference:}. */
    public static final class AzureInference extends AiSpanDecorator {
        public AzureInference() {
            super("azure-inference", "io.camelai.azure.inference.AzureInferenceComponent");
        }
    }

    /** {@code qianfan:}. */
    public static final class Qianfan extends AiSpanDecorator {
        public Qianfan() {
            super("qianfan", "io.camelai.qianfan.QianfanComponent");
        }
    }
}
