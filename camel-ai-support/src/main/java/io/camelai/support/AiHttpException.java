package io.camelai.support;

import java.time.Duration;

import io.camelai.support.http.SecretMasker;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;

/**
 * A failed provider call: the HTTP status, the provider's own error code and message, whether a retry may succeed,
 * and the request id the provider sent. Catch it in {@code onException(AiHttpException.class)}.
 * <p>
 * The message never contains credentials, URLs with query strings or request bodies: a builder given the endpoint's
 * {@link SecretMasker} masks its secrets in every field and in the cause chain before the message is composed, so a
 * provider error that echoes a key or token shows {@value SecretMasker#MASK} instead.
 */
public class AiHttpException extends CamelExchangeException {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final int statusCode;
    private final String errorCode;
    private final String providerMessage;
    private final boolean retryable;
    private final String requestId;
    private final transient Duration retryAfter;

    public AiHttpException(Builder b, Exchange exchange) {
        // masked() runs first: the message, the cause and the fields below all see the masked builder
        super(describe(b.masked()), exchange, b.cause);
        this.provider = b.provider;
        this.statusCode = b.statusCode;
        this.errorCode = b.errorCode;
        this.providerMessage = b.providerMessage;
        this.retryable = b.retryable;
        this.requestId = b.requestId;
        this.retryAfter = b.retryAfter;
    }

    public static Builder builder(String provider) {
        return new Builder(provider);
    }

    /** A copy of this exception's fields, for a subtype or a re-throw with another exchange. */
    public Builder toBuilder() {
        Builder b = new Builder(provider).status(statusCode).errorCode(errorCode).providerMessage(providerMessage)
                .retryable(retryable).requestId(requestId).retryAfter(retryAfter).cause(getCause());
        b.operation = null;
        return b;
    }

    private static String describe(Builder b) {
        StringBuilder sb = new StringBuilder(b.provider).append(" request failed");
        if (b.operation != null) {
            sb.append(" (").append(b.operation).append(')');
        }
        if (b.statusCode > 0) {
            sb.append(": HTTP ").append(b.statusCode);
        } else if (b.cause != null) {
            sb.append(": ").append(b.cause.getClass().getSimpleName());
        }
        if (b.errorCode != null) {
            sb.append(", code ").append(b.errorCode);
        }
        if (b.providerMessage != null && !b.providerMessage.isBlank()) {
            sb.append(": ").append(b.providerMessage);
        } else if (b.cause != null && b.cause.getMessage() != null) {
            sb.append(": ").append(b.cause.getMessage());
        }
        if (b.requestId != null) {
            sb.append(" [request id ").append(b.requestId).append(']');
        }
        sb.append(b.retryable ? " (retryable)" : " (not retryable)");
        return sb.toString();
    }

    /** Which provider answered: {@code cohere}, {@code azure-inference}, {@code qianfan}. */
    public String getProvider() {
        return provider;
    }

    /** The HTTP status, or 0 when there was no HTTP response (connection failure, broken stream). */
    public int getStatusCode() {
        return statusCode;
    }

    /** The provider's error code (Azure {@code error.code}, Qianfan {@code error_code}), or null. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The provider's own error message, or null. */
    public String getProviderMessage() {
        return providerMessage;
    }

    /** Whether the same request may succeed later (rate limit, overload, connection failure). */
    public boolean isRetryable() {
        return retryable;
    }

    /** The provider's request id header, or null. */
    public String getRequestId() {
        return requestId;
    }

    /** How long the provider asked to wait before a retry, or null when it did not say. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    public static final class Builder {
        private final String provider;
        private String operation;
        private int statusCode;
        private String errorCode;
        private String providerMessage;
        private boolean retryable;
        private String requestId;
        private Duration retryAfter;
        private Throwable cause;
        private SecretMasker masker;

        private Builder(String provider) {
            this.provider = provider;
        }

        /** The endpoint's secrets: masked in every text field and in the cause chain when the exception is built. */
        public Builder masker(SecretMasker masker) {
            this.masker = masker;
            return this;
        }

        private Builder masked() {
            if (masker != null) {
                operation = masker.mask(operation);
                errorCode = masker.mask(errorCode);
                providerMessage = masker.mask(providerMessage);
                requestId = masker.mask(requestId);
                cause = masker.mask(cause);
            }
            return this;
        }

        /** What was called, e.g. {@code POST /v2/chat}: a method and a path, never a query string. */
        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        public Builder status(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder providerMessage(String providerMessage) {
            this.providerMessage = providerMessage;
            return this;
        }

        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public int statusCode() {
            return statusCode;
        }

        public String errorCode() {
            return errorCode;
        }

        public String providerMessage() {
            return providerMessage;
        }

        public boolean retryable() {
            return retryable;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        public String provider() {
            return provider;
        }

        public AiHttpException build(Exchange exchange) {
            return new AiHttpException(this, exchange);
        }
    }
}
