package io.camelai.examples.broker;

import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.examples.broker.Ticket.UnusableInputException;

/**
 * What the chat model extracts from a ticket, read from its JSON answer ({@code responseFormat=json_object} with the
 * schema {@code tickets/ticket-extraction.schema.json}). The answer is untrusted model output: it must be one JSON
 * object with exactly these fields, {@code urgency} one of {@link #URGENCIES}, strings bounded.
 * <p>
 * Parsed here by hand with Jackson, in this one place, so that a route can later take the record from the component
 * instead without touching anything else.
 */
public record TicketExtraction(String product, String urgency, String summary) {

    public static final Set<String> URGENCIES = Set.of("low", "normal", "high");
    static final int MAX_PRODUCT = 100;
    static final int MAX_SUMMARY = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("product", "urgency", "summary");

    public static TicketExtraction parse(String answer) {
        JsonNode node;
        try {
            node = answer == null ? null : JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new UnusableInputException("model answer: not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new UnusableInputException("model answer: not a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new UnusableInputException("model answer: unexpected field " + name + "; expected " + FIELDS);
            }
        });
        String urgency = text(node, "urgency", 10);
        if (!URGENCIES.contains(urgency)) {
            throw new UnusableInputException("model answer: urgency must be one of " + URGENCIES);
        }
        return new TicketExtraction(text(node, "product", MAX_PRODUCT), urgency, text(node, "summary", MAX_SUMMARY));
    }

    private static String text(JsonNode node, String name, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > maxLength) {
            throw new UnusableInputException("model answer: field " + name + " must be a non-blank string of at most "
                    + maxLength + " characters");
        }
        return value.asText();
    }
}
