package io.camelai.examples.broker;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.api.Classification;
import io.camelai.examples.broker.Ticket.UnusableInputException;
import io.camelai.support.AiHttpException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Triage of support tickets: JSON text from {@value #IN} is classified ({@code cohere:classify}) and read by a chat
 * model into a {@link TicketExtraction}, and the enriched ticket goes to {@value #OUT}, in one JMS transaction.
 * <p>
 * Body and enrichments: the message body stays the ticket as it came until the last step. The category comes in
 * through {@code enrich} (the classify call works on a copy of the exchange; the strategy keeps the original and adds
 * two headers); the model's answer through {@code toV} (the prompt is sent from a variable, the answer stored in
 * another, the body untouched).
 * <p>
 * Failures, three layers that do not multiply each other more than they must:
 * <ol>
 * <li>the component retries a 429, 503 or dropped connection itself ({@code maxRetries}, honouring
 * {@code Retry-After} up to {@code retryMaxDelay}): short waits, no Camel involvement;</li>
 * <li>a retryable {@link AiHttpException} the component gave up on (retries used up, or a Retry-After longer than
 * {@code retryMaxDelay}) is redelivered by Camel, that one call again, after {@code triage.redeliveryDelay}; each
 * redelivery brings the component's retries again, so one call makes up to (maxRetries + 1) x
 * (maximumRedeliveries + 1) requests. Camel counts redeliveries per exchange, not per call: a redelivery used by the
 * classify call is gone for the extraction call;</li>
 * <li>when Camel gives up too the exchange fails, the transaction rolls back and the broker delivers the ticket again
 * (whole route again), up to its max delivery attempts, then to its dead-letter queue: nothing is lost, and as the
 * output is sent in the same transaction, nothing is sent twice.</li>
 * </ol>
 * A ticket or model answer that cannot be used, or a provider refusal (400, 401, ...), is not retried: it goes to
 * {@value #FAILED} with the reason in the {@value #FAILURE} header, committed like a success.
 */
public class TicketTriageRoutes extends RouteBuilder {

    public static final String IN = "jms:queue:tickets";
    public static final String OUT = "jms:queue:tickets.triaged";
    public static final String FAILED = "jms:queue:tickets.failed";
    public static final String CATEGORY = "TicketCategory";
    public static final String CONFIDENCE = "TicketConfidence";
    public static final String FAILURE = "TicketFailure";

    /** Labelled examples for classify: at least two per label. */
    static final List<Map<String, String>> EXAMPLES = List.of(
            Map.of("label", "billing", "text", "I was charged twice for my subscription this month"),
            Map.of("label", "billing", "text", "The invoice shows the wrong amount, please refund the difference"),
            Map.of("label", "outage", "text", "The service is down and the dashboard does not load"),
            Map.of("label", "outage", "text", "Requests time out since this morning, the API is unavailable"),
            Map.of("label", "account", "text", "I cannot log in, the password reset email never arrives"),
            Map.of("label", "account", "text", "Please change the email address of my account"));

    static final String EXTRACT = "cohere:chat?model=command-a-03-2025&temperature=0&maxTokens=300"
            + "&responseFormat=json_object&jsonSchema=classpath:tickets/ticket-extraction.schema.json"
            + "&preamble=Read the support ticket. Answer with one JSON object: product (the product concerned),"
            + " urgency (low, normal or high) and summary (one sentence).";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        onException(AiHttpException.class).onWhen(e -> e.getException(AiHttpException.class).isRetryable())
                .maximumRedeliveries("{{triage.maximumRedeliveries:3}}")
                .redeliveryDelay("{{triage.redeliveryDelay:2000}}");
        // the ticket as it came (a failed enrich leaves the failed copy's message, the prompt, on the exchange)
        onException(UnusableInputException.class, AiHttpException.class).handled(true).useOriginalMessage()
                .setHeader(FAILURE, exceptionMessage())
                .to(FAILED);

        from(IN + "?transacted=true&concurrentConsumers={{triage.consumers:1}}").routeId("triage")
                .setVariable("ticket", method(Ticket.class, "parse"))
                .enrich("direct:classify", TicketTriageRoutes::withCategory)
                .setVariable("prompt", simple("${variable.ticket.text}"))
                .toV(EXTRACT, "prompt", "answer")
                .setBody(exchange -> triaged(exchange))
                .to(OUT);

        // no error handler of its own: a failure goes to the triage route's, which redelivers the whole enrich (one
        // here would redeliver on its own, then mark the exchange exhausted, out of reach of the caller's handler)
        from("direct:classify").routeId("classify").errorHandler(noErrorHandler())
                .setBody(simple("${variable.ticket.text}"))
                .setHeader(CohereConstants.EXAMPLES, constant(EXAMPLES))
                .to("cohere:classify");
    }

    /** The enrich strategy: the original exchange, with the resource's best label and its confidence as headers. */
    static Exchange withCategory(Exchange original, Exchange classified) {
        List<?> results = classified.getMessage().getBody(List.class);
        Classification best = (Classification) results.get(0);
        original.getMessage().setHeader(CATEGORY, best.prediction());
        original.getMessage().setHeader(CONFIDENCE, best.confidence());
        return original;
    }

    private static String triaged(Exchange exchange) {
        Ticket ticket = exchange.getVariable("ticket", Ticket.class);
        TicketExtraction extraction = TicketExtraction.parse(exchange.getVariable("answer", String.class));
        TriagedTicket out = TriagedTicket.of(ticket, exchange.getMessage().getHeader(CATEGORY, String.class),
                exchange.getMessage().getHeader(CONFIDENCE, Double.class), extraction);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + out, e);
        }
    }
}
