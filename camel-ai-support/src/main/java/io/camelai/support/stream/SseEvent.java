package io.camelai.support.stream;

/**
 * One server-sent event: its {@code event:} type (null when the server sent none), its {@code data:} lines joined by
 * newlines, and its {@code id:} (null when none).
 */
public record SseEvent(String event, String data, String id) {

    /** Whether this is the {@code [DONE]} sentinel that OpenAI-style streams end with. */
    public boolean isDone() {
        return "[DONE]".equals(data.strip());
    }
}
