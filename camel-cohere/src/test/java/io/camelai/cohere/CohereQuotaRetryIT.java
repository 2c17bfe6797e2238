package io.camelai.cohere;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A route against a simulator with a provider-style quota: the calls over it get 429 with Retry-After, the component
 * waits that long and retries, and every call is answered once.
 */
class CohereQuotaRetryIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4", "q5", "q6");

    @Override
    protected RouteBuilder createRouteBuilder() {
        // Retry-After is at most the 1 s window, well under retryMaxDelay: a longer wait would not be retried
        String uri = "cohere:chat?model=command-r-plus-08-2024&baseUrl=" + sim.get().cohereUrl()
                + "&apiKey=test-key&maxRetries=3&retryMaxDelay=5000";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:questions")
                        .split(body(), AggregationStrategies.flexible(String.class)
                                .accumulateInCollection(java.util.ArrayList.class))
                        .to(uri);
            }
        };
    }

    @Test
    void callsOverTheQuotaAreRetriedAfterRetryAfterAndEveryOneIsAnsweredOnce() {
        // 2 calls per 1 s window (a minute in production; shortened so the test waits a second, not a minute)
        sim.get().quota(2, 0).quotaWindow(Duration.ofSeconds(1));

        List<?> answers = template.requestBody("direct:questions", QUESTIONS, List.class);

        assertEquals(QUESTIONS.stream().map(q -> "Simulated answer to: " + q).toList(), answers,
                "every question answered, once, in order");
        long refused = sim.get().quotaRefusals();
        assertTrue(refused >= 1, "6 calls in a row cannot all fit 2 per second: some were refused");
        List<RecordedRequest> sent = sim.get().requests();
        assertEquals(QUESTIONS.size() + refused, sent.size(), "each refused call sent once more, no other call");
        Map<String, Long> perQuestion = sent.stream()
                .collect(Collectors.groupingBy(r -> r.json().at("/messages/0/content").asText(),
                        Collectors.counting()));
        assertEquals(QUESTIONS.stream().collect(Collectors.toMap(Function.identity(), q -> 1L, Long::sum)).keySet(),
                perQuestion.keySet());
        assertEquals(refused, perQuestion.values().stream().mapToLong(n -> n - 1).sum(),
                "the retries are exactly the refused calls");
    }
}
