package io.camelai.support.http;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.json.AiJson;
import okhttp3.Headers;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Provider rate-limit headers read as a pause, and the token counts the budget settles with. */
class RateLimitHeadersTest {

    @Test
    void remainingZeroWithAResetPausesUntilTheReset() {
        assertEquals(Duration.ofSeconds(2), RateLimitHeaders.pause(Headers.of(
                "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "2s")));
        assertEquals(Duration.ofMinutes(6), RateLimitHeaders.pause(Headers.of(
                "X-Ratelimit-Remaining-Tokens", "0", "X-Ratelimit-Reset-Tokens", "6m0s")));
    }

    @Test
    void theLongerOfTheTwoResetsWins() {
        assertEquals(Duration.ofMillis(1500), RateLimitHeaders.pause(Headers.of(
                "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "20ms",
                "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "1.5s")));
    }

    @Test
    void remainingCallsOrNoResetSayNothing() {
        assertNull(RateLimitHeaders.pause(Headers.of(
                "x-ratelimit-remaining-requests", "3", "x-ratelimit-reset-requests", "2s")));
        assertNull(RateLimitHeaders.pause(Headers.of("x-ratelimit-remaining-requests", "0")));
        assertNull(RateLimitHeaders.pause(Headers.of()));
    }

    @Test
    void resetValuesAreDurationsOrSecondsAndAnythingElseIsIgnored() {
        assertEquals(Duration.ofMillis(17), RateLimitHeaders.duration("17ms"));
        assertEquals(Duration.ofSeconds(90), RateLimitHeaders.duration("1m30s"));
        assertEquals(Duration.ofHours(1), RateLimitHeaders.duration("1h"));
        assertEquals(Duration.ofSeconds(3), RateLimitHeaders.duration(" 3 "));
        assertNull(RateLimitHeaders.duration("soon"));
        assertNull(RateLimitHeaders.duration("2s later"));
        assertNull(RateLimitHeaders.duration("-2"));
        assertNull(RateLimitHeaders.duration("0s"));
        assertNull(RateLimitHeaders.duration("1".repeat(40) + "s"));
    }

    @Test
    void theEstimateIsTheRequestBodysBytesOverFourRoundedUp() {
        Request request = new Request.Builder().url("http://localhost/embed")
                .post(okhttp3.RequestBody.create("{\"texts\":[\"héllo\"]}", AiJson.MEDIA_TYPE)).build();

        assertEquals(5, ReportedTokens.estimate(request), "19 bytes (é is 2)");
        assertEquals(0, ReportedTokens.estimate(new Request.Builder().url("http://localhost/info").build()));
    }

    @Test
    void theReportedTokensAreReadFromEachProvidersUsageShape() throws Exception {
        assertEquals(30, ReportedTokens.reported(json("{\"usage\":{\"prompt_tokens\":10,\"total_tokens\":30}}")));
        assertEquals(12, ReportedTokens.reported(json("{\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":2}}")));
        assertEquals(7, ReportedTokens.reported(json(
                "{\"usage\":{\"billed_units\":{\"input_tokens\":5},\"tokens\":{\"input_tokens\":5,\"output_tokens\":2}}}")));
        assertEquals(9, ReportedTokens.reported(json("{\"meta\":{\"billed_units\":{\"input_tokens\":9}}}")));
        assertEquals(-1, ReportedTokens.reported(json("{\"usage\":{\"total_tokens\":\"many\"}}")));
    }

    private static JsonNode json(String text) throws Exception {
        return AiJson.mapper().readTree(text);
    }
}
