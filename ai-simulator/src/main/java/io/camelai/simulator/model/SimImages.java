package io.camelai.simulator.model;

import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code image_url} content parts of a chat message, as the three APIs spell them
 * ({@code {type: image_url, image_url: {url}}}): counted for the simulated model and checked the way the real APIs
 * check them: an {@code http(s)} URL or a base64 {@code data:image/<png|jpeg|gif|webp>} URI within the size limit.
 */
public final class SimImages {

    private static final Pattern DATA_URI = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,(.*)",
            Pattern.DOTALL);

    private SimImages() {}

    /** How many image parts a message content (a string or an array of parts) holds. */
    public static int count(JsonNode content) {
        int n = 0;
        if (content != null && content.isArray()) {
            for (JsonNode part : content) {
                if ("image_url".equals(part.path("type").asText())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** How many image parts the messages hold in all. */
    public static int countAll(JsonNode messages) {
        int n = 0;
        for (JsonNode m : messages) {
            n += count(m.get("content"));
        }
        return n;
    }

    /**
     * What is wrong with the image parts of these messages, or null: a part without a URL, a URL that is neither
     * http(s) nor an image data URI, data that is not base64, or an image over {@code maxBytes}.
     */
    public static String problem(JsonNode messages, long maxBytes) {
        for (JsonNode m : messages) {
            JsonNode content = m.get("content");
            if (content == null || !content.isArray()) {
                continue;
            }
            for (JsonNode part : content) {
                if (!"image_url".equals(part.path("type").asText())) {
                    continue;
                }
                if (!"user".equals(m.path("role").asText())) {
                    return "image_url content is only allowed in user messages";
                }
                String url = part.path("image_url").path("url").asText("");
                String lower = url.toLowerCase(Locale.ROOT);
                if (lower.startsWith("https://") || lower.startsWith("http://")) {
                    continue;
                }
                Matcher data = DATA_URI.matcher(url);
                if (!data.matches()) {
                    return "image_url.url must be an http(s) URL or a data:image/<png|jpeg|gif|webp>;base64 URI";
                }
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(data.group(2));
                } catch (IllegalArgumentException e) {
                    return "image_url.url holds invalid base64 data";
                }
                if (bytes.length > maxBytes) {
                    return "image is larger than " + maxBytes + " bytes";
                }
            }
        }
        return null;
    }
}
