package io.camelai.support.config;

import java.text.Normalizer;

import okhttp3.HttpUrl;

/**
 * Values that become one segment of a URL path (a model name, a dataset or job id, a service endpoint): checked so a
 * value can never move a request elsewhere on the API, then appended with {@link HttpUrl.Builder#addPathSegment},
 * which percent-encodes what a path segment cannot hold as it is (spaces, {@code ?}, {@code #}, non-ASCII).
 * <p>
 * Refused: empty values, {@code .} and {@code ..} (dot-segments, which clients and servers resolve upwards),
 * {@code /} and {@code \} (separators), {@code %} (pre-encoded octets such as {@code %2F} or {@code %2E}, which a
 * server or proxy may decode into separators), control characters, and values whose compatibility form (NFKC) is a
 * dot-segment or holds a separator (full-width {@code ．．} or {@code ／}). At most 256 characters.
 */
public final class PathSegments {

    public static final int MAX_LENGTH = 256;

    private PathSegments() {}

    /**
     * The value, when it may be a path segment.
     *
     * @param  source                   where the value came from, as the message names it: {@code header
     *                                  CamelCohereDatasetId (or the body)}, {@code option endpoint}
     * @throws IllegalArgumentException naming the source and what a segment may hold
     */
    public static String check(String source, String value) {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid value '" + Printable.of(value) + "' for " + source + ": "
                    + problem + ". The value becomes one segment of the URL path, so it"
                    + " must be 1 to " + MAX_LENGTH + " characters, not '.' or '..', and"
                    + " hold no '/', '\\', '%' or control characters (it is"
                    + " percent-encoded here: pass it unencoded)");
        }
        return value;
    }

    /** {@code base} with the checked value appended as one (encoded) path segment. */
    public static HttpUrl append(HttpUrl base, String source, String value) {
        return base.newBuilder().addPathSegment(check(source, value)).build();
    }

    private static String problem(String value) {
        if (value == null || value.isEmpty()) {
            return "it is empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (value.isBlank()) {
            return "it is blank";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return "it holds a control character";
            }
            if (c == '/' || c == '\\') {
                return "it holds a path separator";
            }
            if (c == '%') {
                return "it holds '%' (an encoded octet such as %2F or %2E)";
            }
        }
        String compat = Normalizer.normalize(value, Normalizer.Form.NFKC);
        if (isDotSegment(value) || isDotSegment(compat)) {
            return "it is a dot-segment";
        }
        if (compat.indexOf('/') >= 0 || compat.indexOf('\\') >= 0 || compat.indexOf('%') >= 0) {
            return "it holds a character that normalizes to a path separator or '%'";
        }
        return null;
    }

    private static boolean isDotSegment(String s) {
        return ".".equals(s) || "..".equals(s);
    }
}
