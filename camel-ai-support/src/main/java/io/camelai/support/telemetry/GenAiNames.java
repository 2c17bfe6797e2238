package io.camelai.support.telemetry;

import java.util.Map;

import io.camelai.support.AiHttpException;
import org.apache.camel.Endpoint;

/**
 * The names of the OpenTelemetry GenAI semantic conventions
 * (https://opentelemetry.io/docs/specs/semconv/gen-ai/): attribute keys, the well-known {@code gen_ai.provider.name}
 * and {@code gen_ai.operation.name} values, and {@code error.type}. Shared by the metrics and the span decorator so
 * both describe a call alike.
 */
public final class GenAiNames {

    public static final String OPERATION = "gen_ai.operation.name";
    public static final String PROVIDER = "gen_ai.provider.name";
    public static final String REQUEST_MODEL = "gen_ai.request.model";
    public static final String RESPONSE_MODEL = "gen_ai.response.model";
    public static final String RESPONSE_ID = "gen_ai.response.id";
    public static final String FINISH_REASONS = "gen_ai.response.finish_reasons";
    public static final String TOKEN_TYPE = "gen_ai.token.type";
    public static final String INPUT_TOKENS = "gen_ai.usage.input_tokens";
    public static final String OUTPUT_TOKENS = "gen_ai.usage.output_tokens";
    public static final String ERROR_TYPE = "error.type";

    /** {@code error.type} of a stream the caller closed before its end. */
    public static final String CANCELLED = "cancelled";
    /** {@code error.type} of a stream that stopped without its final event. */
    public static final String INCOMPLETE_STREAM = "incomplete_stream";

    /**
     * The semconv provider names: {@code cohere} and {@code azure.ai.inference} are well-known values; Qianfan has
     * none, so it gets a custom value in the same vendor.product form.
     */
    private static final Map<String, String> PROVIDERS = Map.of(
            "cohere", "cohere",
            "azure-inference", "azure.ai.inference",
            "qianfan", "baidu.qianfan");

    /** The Camel operations that map onto a well-known semconv operation; the others keep their own name. */
    private static final Map<String, String> OPERATIONS = Map.of(
            "chat", "chat",
            "embed", "embeddings",
            "image-embed", "embeddings",
            "generate", "text_completion");

    private GenAiNames() {}

    /** {@code gen_ai.provider.name} for a component's provider name ({@code azure-inference}, ...). */
    public static String provider(String providerName) {
        return PROVIDERS.getOrDefault(providerName, providerName);
    }

    /** {@code gen_ai.operation.name} for a Camel operation ({@code embed} is {@code embeddings}, ...). */
    public static String operation(String camelOperation) {
        return OPERATIONS.getOrDefault(camelOperation, camelOperation);
    }

    /** The operation part of an endpoint URI: {@code rerank} for {@code cohere:rerank?model=...}. */
    public static String camelOperation(Endpoint endpoint) {
        String uri = endpoint.getEndpointBaseUri();
        String rest = uri.substring(uri.indexOf(':') + 1);
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        int end = rest.length();
        for (char c : new char[]{'?', '/'}) {
            int i = rest.indexOf(c);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        return rest.substring(0, end);
    }

    /** Whether an operation is measured by the chat and embedding producers (per model call, with usage). */
    public static boolean isModelOperation(String operation) {
        return "chat".equals(operation) || "embeddings".equals(operation);
    }

    /**
     * {@code error.type}, low-cardinality: the HTTP status of a provider error, else the class of the failure (of
     * its cause, for a failure without a status such as a timeout).
     */
    public static String errorType(Throwable error) {
        if (error instanceof AiHttpException ahe) {
            if (ahe.getStatusCode() > 0) {
                return Integer.toString(ahe.getStatusCode());
            }
            if (ahe.getCause() != null && !(ahe.getCause() instanceof AiHttpException)) {
                return ahe.getCause().getClass().getName();
            }
        }
        if (error != null && error.getCause() instanceof AiHttpException cause) {
            return errorType(cause); // a broken stream (AiStreamException inside a RuntimeCamelException)
        }
        return error == null ? "_OTHER" : error.getClass().getName();
    }
}
