package io.camelai.support.chat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The image formats a chat message may carry: the ones Cohere (https://docs.cohere.com/docs/image-inputs), Azure AI
 * Model Inference (https://learn.microsoft.com/en-us/azure/ai-foundry/model-inference/how-to/use-chat-multi-modal)
 * and Qianfan (https://cloud.baidu.com/doc/qianfan-api/s/rm7u7qdiq) vision models all read. Each is recognised by
 * its media type, its file extensions and the first bytes of its data, so bytes labelled {@code image/png} that are
 * not a PNG fail here rather than at the provider.
 */
public enum ImageMediaType {

    PNG("image/png", new String[]{"png"}, new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}), JPEG("image/jpeg",
            new String[]{"jpg", "jpeg"},
            new int[]{0xFF, 0xD8, 0xFF}), GIF("image/gif", new String[]{"gif"}, new int[]{'G', 'I', 'F', '8'}),
    /** RIFF, four length bytes, then WEBP. */
    WEBP("image/webp", new String[]{"webp"}, new int[]{'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'});

    /** The allowed media types, for error messages. */
    public static final String ALLOWED = Arrays.stream(values()).map(ImageMediaType::mediaType)
            .collect(Collectors.joining(", "));

    private final String mediaType;
    private final String[] extensions;
    /** The magic bytes; -1 matches any byte. */
    private final int[] signature;

    ImageMediaType(String mediaType, String[] extensions, int[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type of a media type string such as {@code image/png} or {@code IMAGE/PNG; q=1}; empty when not allowed. */
    public static Optional<ImageMediaType> of(String mediaType) {
        String base = baseOf(mediaType);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
    }

    /** The type of a file name by its extension; empty when it has none of the allowed extensions. */
    public static Optional<ImageMediaType> ofFileName(String fileName) {
        String ext = extension(fileName);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
    }

    /** Whether a media type string names some image type ({@code image/...}), allowed or not. */
    public static boolean isImage(String mediaType) {
        return baseOf(mediaType).startsWith("image/");
    }

    /** Whether data starts with this format's magic bytes. */
    public boolean matches(byte[] data) {
        if (data.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] >= 0 && (data[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static String baseOf(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
