package io.camelai.support.tools;

/**
 * The model's arguments for a tool call were refused before the tool ran: too large, not a JSON object, or not what
 * the tool declares. The model gets the message as an error result, unless tool errors fail the exchange.
 */
public class InvalidToolArgumentsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidToolArgumentsException(String message) {
        super(message);
    }
}
