package io.camelai.support.chat;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentPartTest {

    @Test
    void imageBytesBecomeABase64DataUriOfTheirMediaType() {
        byte[] png = TestImages.png(4);

        ContentPart part = ContentPart.image(png, "image/png");

        assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(png), part.imageUrl());
        assertTrue(part.isImage());
        assertEquals(png.length, part.inlineImageBytes());
        for (int n = 8; n <= 10; n++) { // no, two and one padding characters
            assertEquals(n, ContentPart.image(Arrays.copyOf(png, n), "image/png").inlineImageBytes());
        }
    }

    @Test
    void jpegAndGifBytesAreRecognisedAndAMediaTypeWithParametersOrCapitalsIsAccepted() {
        assertTrue(
                ContentPart.image(TestImages.jpeg(4), "IMAGE/JPEG").imageUrl().startsWith("data:image/jpeg;base64,"));
        assertTrue(ContentPart.image(TestImages.gif(4), "image/gif; x=1").imageUrl().startsWith("data:image/gif;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/bmp", "image/svg+xml", "text/plain", "application/pdf"})
    void aMediaTypeOtherThanPngJpegGifOrWebpIsRefusedNamingTheAllowedOnes(String mediaType) {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> ContentPart.image(TestImages.png(4), mediaType));

        assertEquals("Image media type '" + mediaType + "' is not supported: use one of image/png, image/jpeg,"
                + " image/gif, image/webp", e.getMessage());
    }

    @Test
    void bytesThatAreNotOfTheirDeclaredTypeAreRefused() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> ContentPart.image(TestImages.png(4), "image/jpeg"));
        Exception text = assertThrows(IllegalArgumentException.class,
                () -> ContentPart.image("not an image".getBytes(), "image/png"));

        assertEquals("The image data is not image/jpeg (its first bytes are not a JPEG signature)", e.getMessage());
        assertTrue(text.getMessage().startsWith("The image data is not image/png"), text.getMessage());
    }

    @Test
    void aGivenDataUriIsCheckedForTypeAndSignature() {
        String png = Base64.getEncoder().encodeToString(TestImages.png(4));

        assertEquals("data:image/png;base64," + png, ContentPart.imageUrl("data:image/png;base64," + png).imageUrl());
        assertThrows(IllegalArgumentException.class, () -> ContentPart.imageUrl("data:image/jpeg;base64," + png));
        assertThrows(IllegalArgumentException.class, () -> ContentPart.imageUrl("data:image/tiff;base64," + png));
        assertThrows(IllegalArgumentException.class, () -> ContentPart.imageUrl("data:image/png," + png));
        assertThrows(IllegalArgumentException.class, () -> ContentPart.imageUrl("data:image/png;base64,!!!!" + png));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:/etc/passwd", "ftp://example.com/a.png", "/tmp/a.png", "classpath:a.png",
            "jar:file:/x.jar!/a.png", "https:a.png"})
    void anImageUrlMustBeAnAbsoluteHttpUrlSoNothingLocalIsEverNamed(String url) {
        Exception e = assertThrows(IllegalArgumentException.class, () -> ContentPart.imageUrl(url));

        assertTrue(e.getMessage().startsWith("An image URL must be an absolute http(s) URL"), e.getMessage());
    }

    @Test
    void anImageUrlIsKeptAsItIsAndHasNoInlineBytes() {
        ContentPart part = ContentPart.imageUrl("https://example.com/cat.png?sig=secret");

        assertEquals("https://example.com/cat.png?sig=secret", part.imageUrl());
        assertEquals(0, part.inlineImageBytes());
        assertEquals("ContentPart[IMAGE, https://example.com/cat.png]", part.toString());
        assertThrows(IllegalArgumentException.class,
                () -> ContentPart.imageUrl("https://example.com/" + "a".repeat(ContentPart.MAX_URL_LENGTH)));
    }

    @Test
    void theTextOfAPartNeverShowsTheImageDataInToString() {
        ContentPart part = ContentPart.image(TestImages.png(4), "image/png");

        assertFalse(part.toString().contains("base64"), part.toString());
        assertTrue(part.toString().startsWith("ContentPart[IMAGE, image/png, "), part.toString());
    }

    @Test
    void aUserMessageWithPartsReadsAndWritesAsJson() throws Exception {
        ChatMessage m = ChatMessage.user("What is in it?", List.of(ContentPart.image(TestImages.png(4), "image/png"),
                ContentPart.text("notes"), ContentPart.imageUrl("https://example.com/cat.png")));

        String json = AiJson.writeString(List.of(m));
        List<ChatMessage> back = AiJson.mapper().readValue(json, new TypeReference<List<ChatMessage>>() {
        });

        assertEquals(List.of(m), back);
        assertEquals(ChatMessage.user("hi"), AiJson.mapper().readValue("{\"role\":\"USER\",\"content\":\"hi\"}",
                ChatMessage.class));
    }

    @Test
    void onlyUserMessagesCarryParts() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> new ChatMessage(Role.ASSISTANT, "x", null,
                null, null, null, List.of(ContentPart.text("y"))));

        assertEquals("Content parts (images, files) belong to user messages, not to a ASSISTANT message",
                e.getMessage());
    }

    @Test
    void plainTextJoinsTheTextPartsAndTextOnlyRefusesImagesNamingTheApi() {
        ChatMessage text = ChatMessage.user("Summarise:", List.of(ContentPart.text("file one"),
                ContentPart.text("file two")));
        ChatMessage image = ChatMessage.user("Describe", List.of(ContentPart.imageUrl("https://example.com/a.png")));

        assertEquals("Summarise:\n\nfile one\n\nfile two", text.textOnly("X"));
        assertEquals("file", ChatMessage.user(null, List.of(ContentPart.text("file"))).plainText());
        assertNull(ChatMessage.user(null, List.of(ContentPart.imageUrl("https://e.com/a.png"))).plainText());
        Exception e = assertThrows(IllegalArgumentException.class, () -> image.textOnly("A v1 chat (use v2)"));
        assertEquals("A v1 chat (use v2) takes no images: a user message carries 1 image(s)", e.getMessage());
    }
}
