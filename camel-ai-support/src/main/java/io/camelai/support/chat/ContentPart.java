package io.camelai.support.chat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Objects;

/**
 * One part of a user message after its text: more text (the content of a text file, say) or an image, by URL or as a
 * {@code data:} URI built from its bytes. The providers receive an image URL as it is (they fetch it; this project
 * never does); image bytes go inline as base64. A plain record, so a conversation holding parts reads and writes as
 * JSON.
 *
 * @param type     {@link Type#TEXT} or {@link Type#IMAGE}
 * @param text     the text of a {@code TEXT} part
 * @param imageUrl the image of an {@code IMAGE} part: an {@code http(s)} URL or a
 *                 {@code data:image/<png|jpeg|gif|webp>;base64,...} URI
 */
public record ContentPart(Type type, String text, String imageUrl) {

    /** The longest {@code http(s)} image URL accepted. */
    public static final int MAX_URL_LENGTH = 8192;

    private static final String BASE64 = ";base64,";

    public enum Type {
        TEXT, IMAGE
    }

    public ContentPart {
        Objects.requireNonNull(type, "type");
        if (type == Type.TEXT) {
            if (text == null || imageUrl != null) {
                throw new IllegalArgumentException("A TEXT content part has a text and no imageUrl");
            }
        } else if (text != null || imageUrl == null) {
            throw new IllegalArgumentException("An IMAGE content part has an imageUrl and no text");
        } else if (imageUrl.startsWith("data:")) {
            checkDataUri(imageUrl);
        } else {
            checkUrl(imageUrl);
        }
    }

    public static ContentPart text(String text) {
        return new ContentPart(Type.TEXT, text, null);
    }

    /**
     * An image the provider fetches from an {@code http(s)} URL (or a {@code data:} URI as it is). Nothing is read
     * here.
     */
    public static ContentPart imageUrl(String url) {
        return new ContentPart(Type.IMAGE, null, url);
    }

    /**
     * An image from its bytes, sent inline as a {@code data:} URI.
     *
     * @throws IllegalArgumentException when the media type is not png, jpeg, gif or webp, or the bytes are not of it
     */
    public static ContentPart image(byte[] data, String mediaType) {
        ImageMediaType type = ImageMediaType.of(mediaType).orElseThrow(() -> new IllegalArgumentException(
                "Image media type '" + mediaType + "' is not supported: use one of " + ImageMediaType.ALLOWED));
        if (!type.matches(data)) {
            throw new IllegalArgumentException("The image data is not " + type.mediaType() + " (its first bytes are not"
                    + " a " + type + " signature)");
        }
        return imageUrl("data:" + type.mediaType() + BASE64 + Base64.getEncoder().encodeToString(data));
    }

    public boolean isImage() {
        return type == Type.IMAGE;
    }

    /** The size of an inline ({@code data:}) image once decoded; 0 for a URL the provider fetches. */
    public long inlineImageBytes() {
        if (imageUrl == null || !imageUrl.startsWith("data:")) {
            return 0;
        }
        int payload = imageUrl.length() - (imageUrl.indexOf(BASE64) + BASE64.length());
        int padding = imageUrl.endsWith("==") ? 2 : imageUrl.endsWith("=") ? 1 : 0;
        return payload / 4L * 3 - padding;
    }

    /** Never prints the base64 of an inline image (logs, exception messages). */
    @Override
    public String toString() {
        if (type == Type.TEXT) {
            return "ContentPart[TEXT, " + text.length() + " chars]";
        }
        return imageUrl.startsWith("data:")
                ? "ContentPart[IMAGE, " + imageUrl.substring(5, imageUrl.indexOf(';')) + ", "
                        + inlineImageBytes() + " bytes]"
                : "ContentPart[IMAGE, " + imageUrl.split("[?#]", 2)[0] + "]"; // a query may hold a token
    }

    private static void checkDataUri(String uri) {
        int base64 = uri.indexOf(BASE64);
        String mediaType = base64 < 0 ? "" : uri.substring(5, base64);
        ImageMediaType type = ImageMediaType.of(mediaType).filter(t -> t.mediaType().equals(mediaType))
                .orElseThrow(() -> new IllegalArgumentException("An image data URI must be data:<media type>;base64,"
                        + "<data> with a media type of " + ImageMediaType.ALLOWED));
        String payload = uri.substring(base64 + BASE64.length());
        // the first 16 base64 characters are 12 bytes: enough for every signature
        String head = payload.substring(0, Math.min(16, payload.length() - payload.length() % 4));
        byte[] first;
        try {
            first = Base64.getDecoder().decode(head);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The image data URI is not valid base64");
        }
        if (!type.matches(first)) {
            throw new IllegalArgumentException("The image data URI's data is not " + type.mediaType());
        }
    }

    private static void checkUrl(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("An image URL may have at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The image URL is not a valid URI: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("An image URL must be an absolute http(s) URL (the provider fetches"
                    + " it) or a data:image/...;base64 URI; found scheme '" + scheme + "'");
        }
    }
}
