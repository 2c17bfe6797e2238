package io.camelai.support.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import io.camelai.support.AiHttpException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.apache.camel.Exchange;

/**
 * Sends provider requests with retries and maps every failure to {@link AiHttpException}. One per endpoint.
 * <p>
 * Unary calls use a client bounded by {@code callTimeout}; streaming calls use one without a total limit (a long
 * answer is not a failure), bounded by {@code readTimeout} between events. A stream is retried only until its
 * response headers arrive: once a handler owns the body nothing is sent again.
 */
public final class AiHttpClient {

    /** Error bodies are read up to this many bytes: enough for any provider's message, never a whole stream. */
    public static final int MAX_ERROR_BODY = 64 * 1024;

    private final String provider;
    private final OkHttpClient unaryClient;
    private final OkHttpClient streamingClient;
    private final RetryPolicy retryPolicy;
    private final ErrorDecoder errorDecoder;
    private final FailsafeExecutor<Object> failsafe;

    public AiHttpClient(String provider, OkHttpClient unaryClient, OkHttpClient streamingClient,
                        RetryPolicy retryPolicy, ErrorDecoder errorDecoder) {
        this.provider = provider;
        this.unaryClient = unaryClient;
        this.streamingClient = streamingClient;
        this.retryPolicy = retryPolicy;
        this.errorDecoder = errorDecoder;
        this.failsafe = Failsafe.with(dev.failsafe.RetryPolicy.builder()
                .handleIf((result, failure) -> failure != null && retryPolicy.shouldRetry(failure))
                .withMaxRetries(retryPolicy.maxRetries())
                .withDelayFn(ctx -> retryPolicy.delayBefore(ctx.getAttemptCount(), ctx.getLastException()))
                .build());
    }

    public String provider() {
        return provider;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public OkHttpClient unaryClient() {
        return unaryClient;
    }

    public OkHttpClient streamingClient() {
        return streamingClient;
    }

    /**
     * Sends a unary request, retrying retryable failures, and reads the successful response with {@code handler}.
     * The response is closed when the handler returns.
     */
    public <T> T execute(Exchange exchange, Request request, ResponseHandler<T> handler) throws AiHttpException {
        return retrying(exchange, () -> {
            try (Response response = send(exchange, unaryClient, request)) {
                return handler.handle(response);
            } catch (IOException e) {
                throw readFailure(exchange, request, e);
            }
        });
    }

    /**
     * Opens a streaming request, retrying until a successful response arrives, and hands it to {@code opener}, which
     * then owns (and must eventually close) the response body. If the opener throws, the response is closed.
     */
    public <T> T open(Exchange exchange, Request request, ResponseHandler<T> opener) throws AiHttpException {
        return retrying(exchange, () -> {
            Response response = send(exchange, streamingClient, request);
            boolean owned = false;
            try {
                T result = opener.handle(response);
                owned = true;
                return result;
            } catch (IOException e) {
                throw readFailure(exchange, request, e);
            } finally {
                if (!owned) {
                    response.close();
                }
            }
        });
    }

    /** The method and path of a request, for messages: never the query string, which may carry a token. */
    public static String operation(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    private Response send(Exchange exchange, OkHttpClient client, Request request) throws AiHttpException {
        Response response;
        try {
            response = client.newCall(request).execute();
        } catch (IOException e) {
            throw ioFailure(exchange, request, e);
        }
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            String body = readErrorBody(response);
            throw errorDecoder.decode(exchange, response, body);
        }
    }

    private <T> T retrying(Exchange exchange, Attempt<T> attempt) throws AiHttpException {
        try {
            return failsafe.get(attempt::run);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AiHttpException ahe) {
                throw ahe;
            }
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw AiHttpException.builder(provider).providerMessage("call interrupted while waiting to retry")
                    .cause(cause).build(exchange);
        }
    }

    /** Maps an I/O failure: connection failures are retryable, anything after the request was sent is not. */
    public AiHttpException ioFailure(Exchange exchange, Request request, IOException e) {
        return AiHttpException.builder(provider)
                .operation(operation(request))
                .retryable(isConnectFailure(e))
                .cause(e)
                .build(exchange);
    }

    /** A response that arrived but could not be read or parsed: never retried, the provider may have acted on it. */
    public AiHttpException readFailure(Exchange exchange, Request request, IOException e) {
        String what = e instanceof com.fasterxml.jackson.core.JsonProcessingException
                ? "malformed response body: " + ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
                : "response could not be read: " + e;
        return AiHttpException.builder(provider)
                .operation(operation(request))
                .providerMessage(what)
                .cause(e)
                .build(exchange);
    }

    static boolean isConnectFailure(IOException e) {
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return true;
        }
        // OkHttp reports a connect timeout as SocketTimeoutException("Connect timed out") or ("connect timed out")
        return e instanceof SocketTimeoutException && e.getMessage() != null
               && e.getMessage().toLowerCase().contains("connect");
    }

    static String readErrorBody(Response response) {
        ResponseBody body = response.body();
        try {
            BufferedSource source = body.source();
            source.request(MAX_ERROR_BODY);
            Buffer buffer = source.getBuffer();
            return buffer.readUtf8(Math.min(buffer.size(), MAX_ERROR_BODY));
        } catch (InterruptedIOException e) {
            return "";
        } catch (IOException e) {
            return "";
        }
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws AiHttpException;
    }
}
