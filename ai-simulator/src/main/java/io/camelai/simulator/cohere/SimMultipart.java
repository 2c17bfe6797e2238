package io.camelai.simulator.cohere;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code multipart/form-data} body split into its parts (binary-safe), as a server reads an upload. */
final class SimMultipart {

    private static final Pattern NAME = Pattern.compile("(?<!file)name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** One form field: its name, its file name (or null) and its bytes. */
    record Part(String name, String filename, byte[] data) {}

    private SimMultipart() {}

    /** The parts, or null when the content type is not multipart/form-data with a boundary. */
    static List<Part> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.startsWith("multipart/form-data")
                || !contentType.contains("boundary=")) {
            return null;
        }
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        // ISO-8859-1 maps each byte to one char, so indexes in the text are indexes in the bytes
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (text.startsWith("--", start)) {
                break; // the closing delimiter
            }
            int headersEnd = text.indexOf("\r\n\r\n", start);
            int next = text.indexOf("\r\n" + delimiter, headersEnd < 0 ? start : headersEnd);
            if (headersEnd < 0 || next < 0) {
                return null;
            }
            String headers = text.substring(start, headersEnd);
            Matcher name = NAME.matcher(headers);
            Matcher filename = FILENAME.matcher(headers);
            parts.add(new Part(name.find() ? name.group(1) : null, filename.find() ? filename.group(1) : null,
                    Arrays.copyOfRange(body, headersEnd + 4, next)));
            at = next + 2;
        }
        return parts;
    }

    static Part find(List<Part> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
    }
}
