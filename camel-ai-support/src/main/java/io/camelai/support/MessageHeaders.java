package io.camelai.support;

import org.apache.camel.Message;

/**
 * Reads of the headers a producer takes its per-call input from. A message without any header answers null without
 * a lookup: Camel's case-insensitive header map hashes a name character by character on every lookup, and a call
 * reads about ten such headers that a plain message (from a timer, a template, a file) does not have.
 */
public final class MessageHeaders {

    private MessageHeaders() {}

    /** The header's value, or null when it is absent (without a lookup when the message has no header at all). */
    public static Object get(Message message, String name) {
        return message.hasHeaders() ? message.getHeader(name) : null;
    }

    /** The header's value converted to {@code type}, or null when it is absent. */
    public static <T> T get(Message message, String name, Class<T> type) {
        return message.hasHeaders() ? message.getHeader(name, type) : null;
    }
}
