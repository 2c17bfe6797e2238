package io.camelai.azure.inference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiEndpoint;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An embedding job against a provider quota, with the endpoint's requestsPerMinute set to that quota: many
 * concurrent batch calls (8 documents at once, each split in 4 calls of 4 texts sent 4 at once) keep the quota busy
 * without losing an input, and the client retries only what the quota refused.
 */
class AzureRateLimitIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    /** The quota: 40 calls per 2 s window, i.e. 1,200 a minute (a minute's window, shortened to keep the test short). */
    private static final int CALLS_PER_WINDOW = 40;
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final int DOCUMENTS = 40;
    private static final int TEXTS_PER_DOCUMENT = 16;
    private static final int BATCH = 4;

    private ExecutorService documents;

    /** The token quota: 640 tokens per 2 s window (a text is 4 simulator tokens, a call of 4 texts 16). */
    private static final int TOKENS_PER_WINDOW = 640;

    private static String uri() {
        return uri("requestsPerMinute=" + CALLS_PER_WINDOW * Duration.ofMinutes(1).dividedBy(WINDOW));
    }

    private static String tokensUri() {
        return uri("tokensPerMinute=" + TOKENS_PER_WINDOW * Duration.ofMinutes(1).dividedBy(WINDOW));
    }

    private static String uri(String limit) {
        return "azure-inference:embed?apiKey=test-key&endpoint=" + sim.get().azureUrl() + "&" + limit
                + "&batchSize=" + BATCH + "&parallelCalls=4&maxRetries=3&retryMaxDelay=5000"
                // 128 bytes a vector, not 1,024 floats as JSON: the job's pace is the limiter's, not the CPU's
                + "&encodingFormat=ubinary";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                documents = context.getExecutorServiceManager().newFixedThreadPool(this, "documents", 8);
                from("direct:job")
                        .split(body(), AggregationStrategies.flexible(List.class)
                                .accumulateInCollection(ArrayList.class))
                        .parallelProcessing().executorService(documents)
                        .to(uri());
                from("direct:tokenJob")
                        .split(body(), AggregationStrategies.flexible(List.class)
                                .accumulateInCollection(ArrayList.class))
                        .parallelProcessing().executorService(documents)
                        .to(tokensUri());
            }
        };
    }

    @Test
    void anEmbeddingJobUsesAtLeast90PercentOfTheQuotaLosesNoInputAndRetriesOnlyWhatWasRefused() {
        sim.get().quota(CALLS_PER_WINDOW, 0).quotaWindow(WINDOW);

        List<?> vectors = template.requestBody("direct:job", job(), List.class);

        assertNoInputLost(vectors);
        long refused = sim.get().quotaRefusals();
        long admitted = sim.get().quotaAdmitted();
        int calls = DOCUMENTS * TEXTS_PER_DOCUMENT / BATCH;
        assertEquals(calls, admitted, "each batch admitted once");
        assertSentOnceAndRefusedOnesOnceMore(refused, uri());
        // the achieved rate, on the simulator's clock: admitted calls over the span they were admitted in
        double windows = (double) sim.get().quotaAdmittedSpan().toMillis() / WINDOW.toMillis();
        double share = admitted / (CALLS_PER_WINDOW * windows);
        System.out.printf("rate limit IT: %d calls admitted over %.2f windows (%.1f%% of the quota), %d refused%n",
                admitted, windows, share * 100, refused);
        assertTrue(share >= 0.9, "at least 90% of the quota used, was " + Math.round(share * 100) + "%");
        // without the limiter 32 callers at once meet the quota head on: most of their calls are refused
        assertTrue(refused <= calls / 4, "the limiter kept the job under the quota; refused " + refused);
    }

    @Test
    void anEmbeddingJobUnderATokenQuotaUsesAtLeast90PercentOfItLosesNoInputAndRetriesOnlyWhatWasRefused() {
        sim.get().quota(0, TOKENS_PER_WINDOW).quotaWindow(WINDOW);

        List<?> vectors = template.requestBody("direct:tokenJob", job(), List.class);

        assertNoInputLost(vectors);
        long refused = sim.get().quotaRefusals();
        assertEquals(DOCUMENTS * TEXTS_PER_DOCUMENT / BATCH, sim.get().quotaAdmitted(), "each batch admitted once");
        assertSentOnceAndRefusedOnesOnceMore(refused, tokensUri());
        long tokens = sim.get().quotaAdmittedTokens();
        // the request bodies' bytes / 4 overestimate these short texts: the answers' usage corrects the estimate
        double windows = (double) sim.get().quotaAdmittedSpan().toMillis() / WINDOW.toMillis();
        double share = tokens / (TOKENS_PER_WINDOW * windows);
        System.out.printf("token limit IT: %d tokens admitted over %.2f windows (%.1f%% of the quota), %d refused%n",
                tokens, windows, share * 100, refused);
        assertTrue(share >= 0.9, "at least 90% of the token quota used, was " + Math.round(share * 100) + "%");
        assertTrue(refused <= DOCUMENTS * TEXTS_PER_DOCUMENT / BATCH / 4, "refused " + refused);
    }

    private static List<List<String>> job() {
        return IntStream.range(0, DOCUMENTS)
                .mapToObj(d -> IntStream.range(0, TEXTS_PER_DOCUMENT).mapToObj(t -> "doc " + d + " text " + t)
                        .toList())
                .toList();
    }

    /** Every document has one vector per text. */
    private static void assertNoInputLost(List<?> vectors) {
        assertEquals(DOCUMENTS, vectors.size());
        for (Object document : vectors) {
            List<?> perText = assertInstanceOf(List.class, document);
            assertEquals(TEXTS_PER_DOCUMENT, perText.size());
            perText.forEach(v -> assertEquals(128, assertInstanceOf(int[].class, v).length));
        }
    }

    /** Every text went out in exactly one admitted call; a refused call went out once more, nothing else did. */
    private void assertSentOnceAndRefusedOnesOnceMore(long refused, String uri) {
        int calls = DOCUMENTS * TEXTS_PER_DOCUMENT / BATCH;
        List<RecordedRequest> sent = sim.get().requests();
        assertEquals(calls + refused, sent.size());
        Map<String, Long> timesSent = sent.stream()
                .flatMap(r -> texts(r.json()).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(DOCUMENTS * TEXTS_PER_DOCUMENT, timesSent.size(), "every text sent");
        assertEquals(refused * BATCH, timesSent.values().stream().mapToLong(n -> n - 1).sum(),
                "texts sent again: those of the refused calls only");
        AiEndpoint<?> endpoint = context.getEndpoint(uri, AiEndpoint.class);
        assertEquals(refused, endpoint.stats().retries(), "the client retried exactly the refused calls");
    }

    private static List<String> texts(JsonNode body) {
        List<String> texts = new ArrayList<>();
        body.path("input").forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
