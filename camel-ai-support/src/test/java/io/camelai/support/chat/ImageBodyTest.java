package io.camelai.support.chat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import io.camelai.support.AiHeaders;
import io.camelai.support.testing.TestImages;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageBodyTest {

    private static final long LIMIT = 20L * 1024 * 1024;

    @TempDir
    Path dir;

    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());

    private static String dataUri(String type, byte[] data) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    @Test
    void aFileWithAnImageExtensionIsReadAsThatImage() throws Exception {
        byte[] png = TestImages.png(8);
        Path file = Files.write(dir.resolve("chart.PNG"), png);
        byte[] jpeg = TestImages.jpeg(8);
        Path jpg = Files.write(dir.resolve("photo.jpg"), jpeg);

        assertEquals(dataUri("image/png", png), ImageBody.of(exchange, file, LIMIT).imageUrl());
        assertEquals(dataUri("image/png", png), ImageBody.of(exchange, file.toFile(), LIMIT).imageUrl());
        assertEquals(dataUri("image/jpeg", jpeg), ImageBody.of(exchange, jpg.toFile(), LIMIT).imageUrl());
    }

    @Test
    void theFileAFileConsumerHandsOverIsReadThroughItsWrapper() throws Exception {
        byte[] png = TestImages.png(8);
        File file = Files.write(dir.resolve("scan.png"), png).toFile();
        WrappedFile<File> wrapped = new WrappedFile<>() {
            @Override
            public File getFile() {
                return file;
            }

            @Override
            public Object getBody() {
                return file;
            }

            @Override
            public long getFileLength() {
                return file.length();
            }
        };

        assertEquals(dataUri("image/png", png), ImageBody.of(exchange, wrapped, LIMIT).imageUrl());
    }

    @Test
    void aRemoteFileIsAnImageWhenAMediaTypeHeaderLabelsItsDownloadedContent() {
        byte[] png = TestImages.png(8);
        WrappedFile<Object> remote = new WrappedFile<>() {
            @Override
            public Object getFile() {
                return "an FTP file entry";
            }

            @Override
            public Object getBody() {
                return png;
            }

            @Override
            public long getFileLength() {
                return png.length;
            }
        };

        assertNull(ImageBody.of(exchange, remote, LIMIT), "unlabelled: text as before");
        exchange.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/png");
        assertEquals(dataUri("image/png", png), ImageBody.of(exchange, remote, LIMIT).imageUrl());
    }

    @Test
    void aTextFileOrAnyOtherFileIsNotAnImageAndStaysText() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertNull(ImageBody.of(exchange, notes.toFile(), LIMIT));
        assertNull(ImageBody.of(exchange, "hello", LIMIT));
        assertNull(ImageBody.of(exchange, "hello".getBytes(), LIMIT));
    }

    @Test
    void aFileOfAnImageTypeNoProviderTakesIsRefused() throws Exception {
        Path bmp = Files.write(dir.resolve("old.bmp"), new byte[]{'B', 'M', 0, 0});

        Exception e = assertThrows(IllegalArgumentException.class, () -> ImageBody.of(exchange, bmp, LIMIT));

        assertEquals("The file old.bmp is an image of a type a chat does not take: use one of image/png, image/jpeg,"
                + " image/gif, image/webp (.png, .jpg, .jpeg, .gif, .webp)", e.getMessage());
    }

    @Test
    void aFileThatIsNotWhatItsExtensionSaysIsRefused() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.png"), "I am text");

        Exception e = assertThrows(IllegalArgumentException.class, () -> ImageBody.of(exchange, fake, LIMIT));

        assertEquals("The image file fake.png is not image/png: its first bytes are not a PNG signature",
                e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = Files.write(dir.resolve("big.png"), TestImages.pngOfAtLeast(4096));

        Exception e = assertThrows(IllegalArgumentException.class, () -> ImageBody.of(exchange, big, 2048));

        assertEquals("The image file big.png is larger than maxImageBytes (2048 bytes)", e.getMessage());
    }

    @Test
    void bytesOrAStreamLabelledWithAnImageMediaTypeAreThatImage() {
        byte[] png = TestImages.png(8);
        exchange.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/png");

        assertEquals(dataUri("image/png", png), ImageBody.of(exchange, png, LIMIT).imageUrl());
        assertEquals(dataUri("image/png", png),
                ImageBody.of(exchange, new ByteArrayInputStream(png), LIMIT).imageUrl());
    }

    @Test
    void contentTypeLabelsBytesWhenCamelAiMediaTypeIsAbsentAndATextTypeKeepsThemText() {
        byte[] jpeg = TestImages.jpeg(8);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "image/jpeg");
        assertEquals(dataUri("image/jpeg", jpeg), ImageBody.of(exchange, jpeg, LIMIT).imageUrl());

        exchange.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "text/plain");
        assertNull(ImageBody.of(exchange, "text".getBytes(), LIMIT));
    }

    @Test
    void anImageMediaTypeNoProviderTakesIsRefusedNamingTheHeader() {
        exchange.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/tiff");

        Exception e = assertThrows(IllegalArgumentException.class,
                () -> ImageBody.of(exchange, new byte[]{1, 2, 3}, LIMIT));

        assertEquals("Header CamelAiMediaType is 'image/tiff': the image types a chat takes are image/png, image/jpeg,"
                + " image/gif, image/webp", e.getMessage());
    }

    @Test
    void aStreamOverTheLimitIsRefusedAfterReadingOneByteMoreThanIt() {
        byte[] png = TestImages.pngOfAtLeast(4096);
        ByteArrayInputStream in = new ByteArrayInputStream(png);
        exchange.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/png");

        Exception e = assertThrows(IllegalArgumentException.class, () -> ImageBody.of(exchange, in, 2048));

        assertEquals("The image body is larger than maxImageBytes (2048 bytes)", e.getMessage());
        assertEquals(png.length - 2049, in.available());
    }

    @Test
    void aPathInAHeaderIsNeverRead() throws Exception {
        Path file = Files.write(dir.resolve("secret.png"), TestImages.png(8));
        exchange.getMessage().setHeader(AiHeaders.MEDIA_TYPE, file.toString());
        exchange.getMessage().setHeader(Exchange.FILE_NAME, file.toString());

        assertNull(ImageBody.of(exchange, "Describe it", LIMIT));
        assertTrue(Files.exists(file));
    }
}
