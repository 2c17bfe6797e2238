package io.camelai.support.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import io.camelai.support.AiHttpException;
import io.camelai.support.console.AiStats;
import io.camelai.support.json.AiJson;
import io.camelai.support.stream.StreamMediaTypes;
import io.camelai.support.telemetry.AiMetrics;
import io.camelai.support.telemetry.ModelCall;
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
 * <p>
 * Provider responses are untrusted: unary bodies are bounded by {@code maxResponseBytes} while they are read (the
 * unary client's {@link ResponseLimit}), a stream must come with a stream content type, error bodies are read up to
 * {@link #MAX_ERROR_BODY}, and every exception text goes through the endpoint's {@link SecretMasker}.
 */
public final class AiHttpClient {

    /** Error bodies are read up to this many bytes: enough for any provider's message, never a whole stream. */
    public static final int MAX_ERROR_BODY = 64 * 1024;

    /** The error code of a call the client's own rate limit held back longer than the call may wait. */
    public static final String RATE_LIMIT_WAIT_TOO_LONG = "client_rate_limit";

    private final String provider;
    private final OkHttpClient unaryClient;
    private final OkHttpClient streamingClient;
    private final RetryPolicy retryPolicy;
    private final ErrorDecoder errorDecoder;
    private final SecretMasker masker;
    private final FailsafeExecutor<Object> failsafe;
    /** Set once when the endpoint starts; counts retries and, for operations no producer measures, durations. */
    private volatile AiMetrics metrics = AiMetrics.NONE;
    private final AiStats stats = new AiStats();
    /** The endpoint's requestsPerMinute/tokensPerMinute budget (null: none), set once when the endpoint starts. */
    private volatile RateLimitGate rateLimit;

    /**
     * @param unaryClient     from {@link OkHttpClients#unary}, which bounds response bodies
     * @param streamingClient from {@link OkHttpClients#streaming}
     * @param masker          the endpoint's secrets, masked in every exception this client builds
     */
    public AiHttpClient(String provider, OkHttpClient unaryClient, OkHttpClient streamingClient,
            RetryPolicy retryPolicy, ErrorDecoder errorDecoder, SecretMasker masker) {
        this.provider = provider;
        this.masker = masker;
        this.unaryClient = unaryClient;
        this.streamingClient = streamingClient;
        this.retryPolicy = retryPolicy;
        this.errorDecoder = errorDecoder;
        this.failsafe = Failsafe.with(dev.failsafe.RetryPolicy.builder()
                .handleIf((result, failure) -> failure != null && !RateLimitGate.heldBackTooLong(failure)
                        && retryPolicy.shouldRetry(failure))
                .withMaxRetries(retryPolicy.maxRetries())
                .withDelayFn(ctx -> retryPolicy.delayBefore(ctx.getAttemptCount(), ctx.getLastException()))
                .onRetry(e -> {
                    metrics.retried(e.getLastException());
                    stats.retry();
                })
                .build());
    }

    /** This client's counts for the dev console. */
    public AiStats stats() {
        return stats;
    }

    public String provider() {
        return provider;
    }

    /**
     * The budget every call of this client waits for before it is sent (each attempt, each stream, each batch);
     * null for none. A call waits at most {@code maxWait}.
     */
    public void rateLimiter(RateLimiter limiter, java.time.Duration maxWait) {
        this.rateLimit = limiter == null ? null : new RateLimitGate(limiter, maxWait, provider, masker);
    }

    /** The budget every call waits for, or null. */
    public RateLimiter rateLimiter() {
        RateLimitGate gate = rateLimit;
        return gate == null ? null : gate.limiter();
    }

    /** The endpoint's metrics ({@link AiMetrics#NONE} by default). */
    public void metrics(AiMetrics metrics) {
        this.metrics = metrics;
    }

    public AiMetrics metrics() {
        return metrics;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The endpoint's secrets, for exceptions built outside this client. */
    public SecretMasker masker() {
        return masker;
    }

    /**
     * Sends a unary request, retrying retryable failures, and reads the successful response with {@code handler}.
     * The response is closed when the handler returns; its body is bounded by {@code maxResponseBytes}.
     */
    public <T> T execute(Exchange exchange, Request request, ResponseHandler<T> handler) throws AiHttpException {
        return timed(false, () -> retrying(exchange, () -> {
            try (Response response = send(exchange, unaryClient, request)) {
                return handler.handle(response);
            } catch (IOException e) {
                throw readFailure(exchange, request, e);
            }
        }));
    }

    /**
     * Sends a unary request and hands its JSON body to {@code handler}: the one way provider modules read a unary
     * answer. An empty body reads as an empty object.
     */
    public <T> T executeJson(Exchange exchange, Request request, JsonHandler<T> handler) throws AiHttpException {
        return executeJson(exchange, request, AiHttpClient::json, handler);
    }

    /**
     * {@link #executeJson(Exchange, Request, JsonHandler)} with a reader of its own for the body (embedding answers:
     * {@code VectorJson}).
     */
    public <T> T executeJson(Exchange exchange, Request request, ResponseHandler<JsonNode> reader,
            JsonHandler<T> handler) throws AiHttpException {
        return execute(exchange, request, response -> {
            JsonNode body = reader.handle(response);
            RateLimitGate gate = rateLimit;
            if (gate != null) {
                gate.settle(response, body);
            }
            return handler.handle(response, body);
        });
    }

    /**
     * Settles the token budget's estimate of a call whose answer was read without {@link #executeJson} (a chat answer
     * bound straight to its type): {@code reported} is its input plus output tokens, -1 when it reports none.
     */
    public void settleTokens(Response response, long reported) {
        RateLimitGate gate = rateLimit;
        if (gate != null) {
            gate.settle(response, reported);
        }
    }

    /** Whether calls are charged against a tokensPerMinute budget, which their reported usage settles. */
    public boolean settlesTokens() {
        RateLimitGate gate = rateLimit;
        return gate != null && gate.limiter().tokensPerMinute() > 0;
    }

    /** Reads a (bounded) unary response body as JSON; an empty body is an empty object. */
    public static JsonNode json(Response response) throws IOException {
        JsonNode node = AiJson.mapper().readTree(response.body().byteStream());
        return node == null || node.isMissingNode() ? AiJson.mapper().createObjectNode() : node;
    }

    /**
     * Opens a streaming request, retrying until a successful response arrives, and hands it to {@code opener}, which
     * then owns (and must eventually close) the response body. If the opener throws, the response is closed.
     * <p>
     * A response whose content type is not one of {@code types} is not a stream: a JSON error body (Qianfan answers
     * some errors with HTTP 200) fails with the provider's decoded error, anything else with a message naming the
     * status and the content type.
     */
    public <T> T open(Exchange exchange, Request request, StreamMediaTypes types, ResponseHandler<T> opener)
            throws AiHttpException {
        return timed(true, () -> retrying(exchange, () -> {
            Response response = send(exchange, streamingClient, request);
            boolean owned = false;
            try {
                if (!types.accepts(response.body().contentType())) {
                    throw NotAStream.failure(exchange, response, types, errorDecoder, masker);
                }
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
        }));
    }

    /**
     * The duration of a call of an operation no producer measures (until a stream's response headers): the chat and
     * embedding producers measure their model calls themselves, with their usage.
     */
    private <T> T timed(boolean streaming, Attempt<T> call) throws AiHttpException {
        AiMetrics m = metrics;
        if (!m.timesHttpCalls()) {
            return call.run();
        }
        ModelCall measured = m.start(null, streaming);
        try {
            T result = call.run();
            measured.succeeded(null, null);
            return result;
        } catch (AiHttpException | RuntimeException e) {
            measured.failed(e);
            throw e;
        }
    }

    /** The method and path of a request, for messages: never the query string, which may carry a token. */
    public static String operation(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    private Response send(Exchange exchange, OkHttpClient client, Request request) throws AiHttpException {
        RateLimitGate gate = rateLimit;
        Request sent = gate == null ? request : gate.awaitTurn(exchange, request, metrics);
        Response response;
        try {
            response = client.newCall(sent).execute();
        } catch (IOException e) {
            throw ioFailure(exchange, request, e);
        }
        if (gate != null) {
            gate.answered(response, sent);
        }
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            String body = masker.mask(readErrorBody(response));
            throw errorDecoder.decode(exchange, response, body, masker);
        }
    }

    /**
     * Runs the first attempt directly and enters Failsafe only after it failed: most calls succeed at once, and the
     * retry machinery costs a few allocations and a policy evaluation per call. Failsafe's first execution replays
     * that failure, so its policy (which failures retry, delays, {@code maxRetries}, the retry metric) sees the same
     * sequence of attempts as if it had run the first one itself.
     */
    private <T> T retrying(Exchange exchange, Attempt<T> attempt) throws AiHttpException {
        stats.call();
        AiHttpException first;
        try {
            return attempt.run();
        } catch (AiHttpException e) {
            failed(e);
            first = e;
        }
        try {
            return failsafe.get(ctx -> {
                if (ctx.isFirstAttempt()) {
                    throw first;
                }
                try {
                    return attempt.run();
                } catch (AiHttpException e) {
                    failed(e);
                    throw e;
                }
            });
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            AiHttpException failure = cause instanceof AiHttpException ahe
                    ? ahe
                    : AiHttpException.builder(provider).masker(masker)
                            .providerMessage("call interrupted while waiting to retry").cause(cause).build(exchange);
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            stats.failure(failure);
            throw failure;
        }
    }

    private void failed(AiHttpException e) {
        RateLimitGate gate = rateLimit;
        if (gate != null) {
            gate.failed(e);
        }
    }

    /** Maps an I/O failure: connection failures are retryable, anything after the request was sent is not. */
    public AiHttpException ioFailure(Exchange exchange, Request request, IOException e) {
        ResponseTooLargeException tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge(exchange, request, tooLarge);
        }
        AiHttpException.Builder b = AiHttpException.builder(provider)
                .masker(masker)
                .operation(operation(request))
                .retryable(isConnectFailure(e))
                .cause(e);
        if (e instanceof SSLException) {
            // a certificate the client does not trust is a configuration problem: name the option that fixes it
            b.providerMessage("TLS handshake with " + request.url().host() + " failed: " + e.getMessage()
                    + ". The server's certificate must be trusted by the sslContextParameters option (or the JVM's"
                    + " default trust store)");
        }
        return b.build(exchange);
    }

    /** A response that arrived but could not be read or parsed: never retried, the provider may have acted on it. */
    public AiHttpException readFailure(Exchange exchange, Request request, IOException e) {
        ResponseTooLargeException tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge(exchange, request, tooLarge);
        }
        String what = e instanceof JsonProcessingException jpe
                ? "malformed response body: " + jpe.getOriginalMessage()
                : "response could not be read: " + e;
        return AiHttpException.builder(provider)
                .masker(masker)
                .operation(operation(request))
                .providerMessage(what)
                .cause(e)
                .build(exchange);
    }

    private AiHttpException tooLarge(Exchange exchange, Request request, ResponseTooLargeException e) {
        return AiHttpException.builder(provider)
                .masker(masker)
                .operation(operation(request))
                .providerMessage("the response body is larger than maxResponseBytes (" + e.limit() + " bytes);"
                        + " reading stopped there. Raise the maxResponseBytes option if the provider"
                        + " legitimately sends more")
                .retryable(false)
                .cause(e)
                .build(exchange);
    }

    /** The limit failure anywhere in a cause chain (a reader such as Jackson may wrap it). */
    private static ResponseTooLargeException tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResponseTooLargeException r) {
                return r;
            }
        }
        return null;
    }

    static boolean isConnectFailure(IOException e) {
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return true;
        }
        // OkHttp reports a connect timeout as SocketTimeoutException("Connect timed out") or ("connect timed out")
        return e instanceof SocketTimeoutException && e.getMessage() != null
                && e.getMessage().toLowerCase().contains("connect");
    }

    /** Up to {@link #MAX_ERROR_BODY} bytes of a body; what arrived before a read failure (a timeout, the limit). */
    static String readErrorBody(Response response) {
        ResponseBody body = response.body();
        try {
            BufferedSource source = body.source();
            try {
                source.request(MAX_ERROR_BODY);
            } catch (IOException e) {
                // keep what was buffered
            }
            Buffer buffer = source.getBuffer();
            return buffer.readUtf8(Math.min(buffer.size(), MAX_ERROR_BODY));
        } catch (IOException e) {
            return "";
        }
    }

    /** Reads a successful unary response whose JSON body was already parsed. */
    @FunctionalInterface
    public interface JsonHandler<T> {
        T handle(Response response, JsonNode body) throws IOException, AiHttpException;
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws AiHttpException;
    }
}
