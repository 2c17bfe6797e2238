package io.camelai.support.config;

/**
 * An untrusted value as an error message may quote it: control characters escaped (no forged log lines), at most
 * 64 characters.
 */
public final class Printable {

    private static final int MAX = 64;

    private Printable() {}

    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length() && sb.length() < MAX; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() < MAX || value.length() <= MAX ? sb.toString() : sb + "...";
    }
}
