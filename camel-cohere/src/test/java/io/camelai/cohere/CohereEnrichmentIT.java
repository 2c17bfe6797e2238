package io.camelai.cohere;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.support.AiHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A route that enriches its message with a model's answer: the prompt is built from the body by the endpoint's
 * expression, the answer goes to a variable, the body stays the original message, and the conversation is kept per
 * session across calls.
 */
class CohereEnrichmentIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "&baseUrl=" + sim.get().cohereUrl() + "&apiKey=test-key&retryBackoff=10";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ticket")
                        .toV("cohere:chat?userMessage=Ticket from ${header.customer}: ${body}"
                                + "&systemMessage=You triage support tickets.&memoryKey=${header.customer}" + base,
                                null, "triage")
                        .setHeader("triage", variable("triage"));
            }
        };
    }

    private Exchange ticket(String customer, String text, boolean reset) {
        Exchange out = template.request("direct:ticket", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader("customer", customer);
            if (reset) {
                e.getMessage().setHeader(AiHeaders.MEMORY_RESET, true);
            }
        });
        assertNull(out.getException());
        return out;
    }

    private static List<String> sent() throws InterruptedException {
        JsonNode messages = sim.get().takeRequest().json().get("messages");
        return StreamSupport.stream(messages.spliterator(), false)
                .map(m -> m.get("role").asText() + ": " + text(m.get("content"))).toList();
    }

    /** A v2 message's content: a string, or the text of its content parts. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        content.forEach(part -> sb.append(part.path("text").asText()));
        return sb.toString();
    }

    @Test
    void theBodyStaysTheTicketTheAnswerGoesToAVariableAndTheConversationIsKeptPerCustomer() throws Exception {
        Exchange first = ticket("acme", "Printer jammed", false);
        ticket("acme", "Still jammed", false);
        ticket("globex", "VPN down", false);
        Exchange third = ticket("acme", "Fixed now", false);

        assertEquals("Printer jammed", first.getMessage().getBody());
        assertEquals("Simulated answer to: Ticket from acme: Printer jammed", first.getMessage().getHeader("triage"));
        assertEquals("Fixed now", third.getMessage().getBody());
        assertEquals(List.of("system: You triage support tickets.", "user: Ticket from acme: Printer jammed"),
                sent());
        sent();
        assertEquals(List.of("system: You triage support tickets.", "user: Ticket from globex: VPN down"), sent());
        assertEquals(List.of("system: You triage support tickets.",
                "user: Ticket from acme: Printer jammed",
                "assistant: Simulated answer to: Ticket from acme: Printer jammed",
                "user: Ticket from acme: Still jammed",
                "assistant: Simulated answer to: Ticket from acme: Still jammed",
                "user: Ticket from acme: Fixed now"), sent());
    }

    @Test
    void aResetStartsTheCustomersConversationAgain() throws Exception {
        ticket("initech", "Email slow", false);
        ticket("initech", "New issue: badge broken", true);

        sent();
        assertEquals(
                List.of("system: You triage support tickets.", "user: Ticket from initech: New issue: badge broken"),
                sent());
    }
}
