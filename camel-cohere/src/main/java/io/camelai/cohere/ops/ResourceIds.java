package io.camelai.cohere.ops;

/**
 * Checks an id that becomes one segment of a request path ({@code /v1/connectors/<id>}). The segment is
 * percent-encoded when the URL is built; an id that could still change which resource is called ({@code ..},
 * {@code /}, {@code \}) or that is not text (control characters) is refused before any call.
 */
final class ResourceIds {

    static final int MAX_LENGTH = 256;

    private ResourceIds() {
    }

    /** The id, or an IllegalArgumentException naming where it came from ({@code source}) and what is allowed. */
    static String check(String source, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(source + " must name the resource: it is empty");
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(source + " is not an id: it has " + id.length()
                                               + " characters, at most " + MAX_LENGTH + " are allowed");
        }
        boolean control = id.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (control || id.contains("/") || id.contains("\\") || id.contains("..") || id.equals(".")) {
            throw new IllegalArgumentException(source + " is not a valid id ('" + printable(id) + "'): an id cannot"
                                               + " contain '/', '\\', '..' or control characters");
        }
        return id;
    }

    private static String printable(String id) {
        String shown = id.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? "?" : String.valueOf((char) c))
                .reduce("", String::concat);
        return shown.length() > 64 ? shown.substring(0, 64) + "..." : shown;
    }
}
