package io.camelai.support.http;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.telemetry.AiMetrics;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.camel.Exchange;

/**
 * What {@link AiHttpClient} does with an endpoint's {@link RateLimiter}: waits for each call's turn (at most the
 * longest the call may wait), pauses the budget when an answer says to wait, and settles each call's estimated tokens
 * against the answer.
 * <p>
 * A call's tokens are estimated from its request body ({@link ReportedTokens#estimate}, bytes / 4) scaled by what the
 * endpoint's earlier answers reported for their estimates (a moving average of reported / estimated, between
 * {@value #MIN_SCALE} and {@value #MAX_SCALE}): the JSON around short inputs, a language with more tokens per byte
 * and a chat's answer tokens are learned after a few calls instead of being paid late by every call.
 */
final class RateLimitGate {

    static final double MIN_SCALE = 0.01;
    static final double MAX_SCALE = 100;
    /** The weight of the latest answer in the moving average. */
    private static final double LEARNING = 0.2;

    /** What a sent request was counted for: its tokens, and the unscaled estimate they were made from. */
    record Charge(long tokens, long estimate) {}

    private final RateLimiter limiter;
    private final Duration maxWait;
    private final String provider;
    private final SecretMasker masker;
    private double scale = 1; // guarded by this

    RateLimitGate(RateLimiter limiter, Duration maxWait, String provider, SecretMasker masker) {
        this.limiter = limiter;
        this.maxWait = maxWait;
        this.provider = provider;
        this.masker = masker;
    }

    RateLimiter limiter() {
        return limiter;
    }

    /** Waits for the call's turn; returns the request to send, tagged with its {@link Charge}. */
    Request awaitTurn(Exchange exchange, Request request, AiMetrics metrics) throws AiHttpException {
        long estimate = limiter.tokensPerMinute() > 0 ? ReportedTokens.estimate(request) : 0;
        long tokens = estimate == 0 ? 0 : Math.max(1, Math.round(estimate * scale()));
        try {
            long waited = limiter.acquire(tokens, maxWait);
            if (waited > 0) {
                metrics.rateLimitWaited(waited);
            }
            return request.newBuilder().tag(Charge.class, new Charge(tokens, estimate)).build();
        } catch (RateLimiter.WaitTooLong e) {
            throw AiHttpException.builder(provider).masker(masker).operation(AiHttpClient.operation(request))
                    .errorCode(AiHttpClient.RATE_LIMIT_WAIT_TOO_LONG)
                    .providerMessage("the client-side rate limit (requestsPerMinute=" + limiter.requestsPerMinute()
                            + ", tokensPerMinute=" + limiter.tokensPerMinute() + ") would hold this call for "
                            + e.waitTime().toMillis() + " ms, longer than it may wait (" + maxWait.toMillis()
                            + " ms: callTimeout, else readTimeout); not sent")
                    .retryable(true).retryAfter(e.waitTime()).build(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AiHttpException.builder(provider).masker(masker).operation(AiHttpClient.operation(request))
                    .providerMessage("interrupted while waiting for the rate limit; not sent").cause(e)
                    .build(exchange);
        }
    }

    /** An answer arrived: its rate-limit headers may pause the budget; a 429 gives the call's turn back. */
    void answered(Response response, Request sent) {
        limiter.pauseFor(RateLimitHeaders.pause(response.headers()));
        Charge charge = sent.tag(Charge.class);
        if (response.code() == 429 && charge != null) {
            limiter.refused(charge.tokens());
        }
    }

    /** Settles the estimate of a call's tokens against those its answer reports, and learns from the difference. */
    void settle(Response response, JsonNode body) {
        settle(response, ReportedTokens.reported(body));
    }

    /** {@link #settle(Response, JsonNode)} with the input plus output tokens already read (-1: none reported). */
    void settle(Response response, long reported) {
        Charge charge = response.request().tag(Charge.class);
        if (charge == null || limiter.tokensPerMinute() == 0) {
            return;
        }
        if (reported >= 0) {
            limiter.correctTokens(reported - charge.tokens());
            if (charge.estimate() > 0) {
                learn((double) reported / charge.estimate());
            }
        }
    }

    private synchronized double scale() {
        return scale;
    }

    private synchronized void learn(double ratio) {
        double bounded = Math.max(MIN_SCALE, Math.min(MAX_SCALE, ratio));
        scale = scale + LEARNING * (bounded - scale);
    }

    /**
     * A provider that asked to wait (429 or 503 with Retry-After, Qianfan's over-quota codes) is not called by any
     * caller of the budget before the wait is over: not just this exchange's retry.
     */
    void failed(AiHttpException e) {
        if (e.getRetryAfter() != null && !heldBackTooLong(e)) {
            limiter.pauseFor(e.getRetryAfter());
        }
    }

    /** A call the client's own rate limit did not send: retrying it at once would only wait again. */
    static boolean heldBackTooLong(Throwable failure) {
        return failure instanceof AiHttpException e
                && AiHttpClient.RATE_LIMIT_WAIT_TOO_LONG.equals(e.getErrorCode());
    }
}
