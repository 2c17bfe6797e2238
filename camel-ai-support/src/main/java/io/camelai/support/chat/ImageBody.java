package io.camelai.support.chat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.camelai.support.AiHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

/**
 * A message body that is an image, read into a {@link ContentPart}:
 * <ul>
 * <li>a file ({@code java.io.File}, {@code Path}, or the file a {@code file:} consumer hands over) whose extension is
 * {@code .png}, {@code .jpg}/{@code .jpeg}, {@code .gif} or {@code .webp};</li>
 * <li>a {@code byte[]} or {@code InputStream} (or a remote file's downloaded content) labelled with an
 * {@code image/...} media type by the {@code CamelAiMediaType} header (else the {@code Content-Type} header).</li>
 * </ul>
 * The data is read only up to {@code maxImageBytes} and must start with the signature of its type. Headers only label
 * the body: a file path or URL in a header is never read.
 */
public final class ImageBody {

    /** Extensions of image formats no provider here takes: refused rather than sent as text. */
    private static final Set<String> OTHER_IMAGES = Set.of("bmp", "tif", "tiff", "svg", "heic", "heif", "avif",
            "ico");

    private ImageBody() {}

    /** The body as an image part, or null when it is not an image (it is then read as text). */
    public static ContentPart of(Exchange exchange, Object body, long maxBytes) {
        if (body instanceof ContentPart part) {
            return part;
        }
        Object file = body instanceof WrappedFile<?> wrapped ? wrapped.getFile() : body;
        if (file instanceof File f) {
            return ofFile(f.toPath(), maxBytes);
        }
        if (file instanceof Path p) {
            return ofFile(p, maxBytes);
        }
        if (body instanceof WrappedFile<?> remote) {
            // a remote file (ftp, ...): its downloaded content, an image when a media type header labels it
            body = remote.getBody();
        }
        if (body instanceof byte[] || body instanceof InputStream) {
            String header = exchange.getMessage().getHeader(AiHeaders.MEDIA_TYPE) != null
                    ? AiHeaders.MEDIA_TYPE
                    : Exchange.CONTENT_TYPE;
            String mediaType = exchange.getMessage().getHeader(header, String.class);
            if (mediaType == null || !ImageMediaType.isImage(mediaType)) {
                return null;
            }
            ImageMediaType type = ImageMediaType.of(mediaType).orElseThrow(() -> new IllegalArgumentException(
                    "Header " + header + " is '" + mediaType + "': the image types a chat takes are "
                            + ImageMediaType.ALLOWED));
            byte[] data = body instanceof byte[] b ? b : read((InputStream) body, maxBytes, "The image body");
            return image(data, type, maxBytes, "The image body");
        }
        return null;
    }

    private static ContentPart ofFile(Path path, long maxBytes) {
        String name = String.valueOf(path.getFileName());
        ImageMediaType type = ImageMediaType.ofFileName(name).orElse(null);
        if (type == null) {
            if (OTHER_IMAGES.contains(ImageMediaType.extension(name))) {
                throw new IllegalArgumentException("The file " + name + " is an image of a type a chat does not take:"
                        + " use one of " + ImageMediaType.ALLOWED + " (.png, .jpg, .jpeg, .gif, .webp)");
            }
            return null;
        }
        String what = "The image file " + name;
        try {
            if (Files.size(path) > maxBytes) {
                throw tooLarge(what, maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return image(read(in, maxBytes, what), type, maxBytes, what);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " cannot be read", e);
        }
    }

    private static ContentPart image(byte[] data, ImageMediaType type, long maxBytes, String what) {
        if (data.length > maxBytes) {
            throw tooLarge(what, maxBytes);
        }
        if (!type.matches(data)) {
            throw new IllegalArgumentException(what + " is not " + type.mediaType() + ": its first bytes are not a "
                    + type + " signature");
        }
        return ContentPart.image(data, type.mediaType());
    }

    /** Reads at most one byte more than the limit, so a larger stream fails without being read whole. */
    private static byte[] read(InputStream in, long maxBytes, String what) {
        try {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) {
                throw tooLarge(what, maxBytes);
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(what + " cannot be read", e);
        }
    }

    static IllegalArgumentException tooLarge(String what, long maxBytes) {
        return new IllegalArgumentException(what + " is larger than maxImageBytes (" + maxBytes + " bytes)");
    }
}
