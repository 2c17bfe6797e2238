package io.camelai.examples.broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A support ticket as it arrives on the queue: {@code {"id": "T-1001", "customer": "...", "text": "..."}}. The JSON is
 * untrusted input, so {@link #parse} checks it before any model sees it.
 */
public record Ticket(String id, String customer, String text) {

    static final int MAX_ID = 64;
    static final int MAX_TEXT = 4_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The ticket of a JSON text; an {@link UnusableInputException} naming the field when it is not one. */
    public static Ticket parse(String json) {
        JsonNode node;
        try {
            node = json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnusableInputException("ticket: not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new UnusableInputException("ticket: not a JSON object");
        }
        return new Ticket(field(node, "id", MAX_ID, true), field(node, "customer", MAX_ID, false),
                field(node, "text", MAX_TEXT, true));
    }

    private static String field(JsonNode node, String name, int maxLength, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new UnusableInputException("ticket: field " + name + " is missing");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > maxLength) {
            throw new UnusableInputException("ticket: field " + name + " must be a non-blank string of at most "
                    + maxLength + " characters");
        }
        return value.asText();
    }

    /** JSON text or a model answer that cannot be used; not worth a retry, so the message goes aside. */
    public static final class UnusableInputException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UnusableInputException(String message) {
            super(message);
        }
    }
}
