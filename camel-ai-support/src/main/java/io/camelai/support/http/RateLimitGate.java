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
 */
final class RateLimitGate {

    private final RateLimiter limiter;
    private final Duration maxWait;
    private final String provider;
    private final SecretMasker masker;

    RateLimitGate(RateLimiter limiter, Duration maxWait, String provider, SecretMasker masker) {
        this.limiter = limiter;
        this.maxWait = maxWait;
        this.provider = provider;
        this.masker = masker;
    }

    RateLimiter limiter() {
        return limiter;
    }

    /** Waits for the call's turn; returns the tokens it was counted for. */
    long awaitTurn(Exchange exchange, Request request, AiMetrics metrics) throws AiHttpException {
        long tokens = limiter.tokensPerMinute() > 0 ? ReportedTokens.estimate(request) : 0;
        try {
            long waited = limiter.acquire(tokens, maxWait);
            if (waited > 0) {
                metrics.rateLimitWaited(waited);
            }
            return tokens;
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
    void answered(Response response, long tokens) {
        limiter.pauseFor(RateLimitHeaders.pause(response.headers()));
        if (response.code() == 429) {
            limiter.refused(tokens);
        }
    }

    /** Settles the estimate of a call's tokens against those its answer reports. */
    void settle(Request request, JsonNode body) {
        if (limiter.tokensPerMinute() > 0) {
            long reported = ReportedTokens.reported(body);
            if (reported >= 0) {
                limiter.correctTokens(reported - ReportedTokens.estimate(request));
            }
        }
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
