package io.camelai.support.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Real images for tests, drawn and encoded by the JDK: a red square of a given size. */
public final class TestImages {

    private TestImages() {}

    public static byte[] png(int size) {
        return encode(size, "png");
    }

    public static byte[] jpeg(int size) {
        return encode(size, "jpeg");
    }

    public static byte[] gif(int size) {
        return encode(size, "gif");
    }

    /** A PNG of at least {@code bytes} bytes (noise does not compress). */
    public static byte[] pngOfAtLeast(int bytes) {
        int size = 8;
        byte[] png;
        do {
            png = encode(size, "png", true);
            size *= 2;
        } while (png.length < bytes);
        return png;
    }

    private static byte[] encode(int size, String format) {
        return encode(size, format, false);
    }

    private static byte[] encode(int size, String format, boolean noise) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(size);
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                image.setRGB(x, y, noise ? random.nextInt(0xFFFFFF) : Color.RED.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
