package io.camelai.examples.broker;

/** The enriched message the triage route sends on: the ticket as it came, its category and what the model read. */
public record TriagedTicket(String id, String customer, String text, String category, double confidence,
        String product, String urgency, String summary) {

    public static TriagedTicket of(Ticket ticket, String category, double confidence, TicketExtraction extraction) {
        return new TriagedTicket(ticket.id(), ticket.customer(), ticket.text(), category, confidence,
                extraction.product(), extraction.urgency(), extraction.summary());
    }
}
