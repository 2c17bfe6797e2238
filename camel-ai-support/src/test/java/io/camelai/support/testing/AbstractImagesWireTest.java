package io.camelai.support.testing;

import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ContentPart;
import io.camelai.support.json.AiJson;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images and text parts of a user message on the wire, the same on every chat API that takes them (Cohere v2, Azure
 * AI Model Inference, Qianfan v2): the message's text, then each part, as {@code {type: text, text}} and
 * {@code {type: image_url, image_url: {url}}}; a text-only message keeps its plain string content. Each component's
 * test extends this with its chat URI and a plain answer.
 */
public abstract class AbstractImagesWireTest extends CamelTestSupport {

    @StartStop
    protected final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    /** A chat URI against {@link #server} (for an API that takes images); options are appended with {@code &}. */
    protected abstract String chatUri(String options);

    /** A successful non-streaming answer of the API. */
    protected abstract String answer();

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private Exchange chat(String options, Object body, Map<String, Object> headers) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(answer())
                .build());
        return template.request(chatUri(options), e -> {
            e.getMessage().setBody(body);
            headers.forEach(e.getMessage()::setHeader);
        });
    }

    private JsonNode sentMessages() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "a request was sent");
        return AiJson.readTree(r.getBody().utf8()).get("messages");
    }

    private static String dataUri(String type, byte[] data) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    private static String json(String json) {
        return AiJson.readTree(json).toString();
    }

    @Test
    void aUserMessageWithImagesAndTextPartsIsSentAsContentPartsAfterItsText() throws Exception {
        byte[] png = TestImages.png(4);
        ChatMessage message = ChatMessage.user("What do these pictures show?", List.of(
                ContentPart.imageUrl("https://example.com/cat.png"), ContentPart.image(png, "image/png"),
                ContentPart.text("Caption: two pictures")));

        Exchange out = chat("", message, Map.of());

        assertNull(out.getException());
        assertEquals(json("""
                [{"role":"user","content":[
                  {"type":"text","text":"What do these pictures show?"},
                  {"type":"image_url","image_url":{"url":"https://example.com/cat.png"}},
                  {"type":"image_url","image_url":{"url":"%s"}},
                  {"type":"text","text":"Caption: two pictures"}]}]""".formatted(dataUri("image/png", png))),
                sentMessages().toString());
        List<?> conversation = out.getMessage().getHeader(AiHeaders.CONVERSATION, List.class);
        assertEquals(message, conversation.get(0), "the conversation keeps the parts for the next call");
    }

    @Test
    void anImageBodyIsAUserMessageOfThatImageAfterTheSystemMessageHeader() throws Exception {
        byte[] jpeg = TestImages.jpeg(4);

        Exchange out = chat("", jpeg, Map.of(AiHeaders.MEDIA_TYPE, "image/jpeg", AiHeaders.SYSTEM_MESSAGE,
                "Describe the picture in one sentence."));

        assertNull(out.getException());
        assertEquals(json("""
                [{"role":"system","content":"Describe the picture in one sentence."},
                 {"role":"user","content":[{"type":"image_url","image_url":{"url":"%s"}}]}]"""
                .formatted(dataUri("image/jpeg", jpeg))), sentMessages().toString());
    }

    @Test
    void anImageBodyWithAUserMessageOptionIsOneUserMessageOfThePromptThenTheImage() throws Exception {
        byte[] png = TestImages.png(4);

        Exchange out = chat("userMessage=What is in this picture?", png, Map.of(AiHeaders.MEDIA_TYPE, "image/png"));

        assertNull(out.getException());
        assertEquals(json("""
                [{"role":"user","content":[
                  {"type":"text","text":"What is in this picture?"},
                  {"type":"image_url","image_url":{"url":"%s"}}]}]""".formatted(dataUri("image/png", png))),
                sentMessages().toString());
    }

    @Test
    void aTextBodyWithAUserMessageOptionStaysOutOfTheInput() throws Exception {
        chat("userMessage=Say hi", "the original message", Map.of());

        assertEquals(json("[{\"role\":\"user\",\"content\":\"Say hi\"}]"), sentMessages().toString());
    }

    @Test
    void aTextMessageKeepsItsPlainStringContent() throws Exception {
        chat("", "Hello", Map.of());

        assertEquals(json("[{\"role\":\"user\",\"content\":\"Hello\"}]"), sentMessages().toString());
    }

    @Test
    void moreImagesThanMaxImagesFailBeforeAnyCall() {
        ContentPart url = ContentPart.imageUrl("https://example.com/a.png");

        Exchange out = template.request(chatUri("maxImages=1"),
                e -> e.getMessage().setBody(ChatMessage.user("Compare", List.of(url, url))));

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertEquals("The conversation has more than maxImages (1) images", out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aMessageOfMoreThan128PartsFailsBeforeAnyCall() {
        List<ContentPart> parts = Collections.nCopies(129, ContentPart.text("x"));

        Exchange out = template.request(chatUri(""), e -> e.getMessage().setBody(ChatMessage.user("Hi", parts)));

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertEquals("A message may have at most 128 content parts; one has 129", out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anImageOverMaxImageBytesFailsBeforeAnyCallWhetherBodyOrPart() {
        byte[] png = TestImages.pngOfAtLeast(4096);

        Exchange body = template.request(chatUri("maxImageBytes=2048"), e -> {
            e.getMessage().setBody(png);
            e.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/png");
        });
        Exchange part = template.request(chatUri("maxImageBytes=2048"), e -> e.getMessage()
                .setBody(ChatMessage.user("Describe", List.of(ContentPart.image(png, "image/png")))));

        assertEquals("The image body is larger than maxImageBytes (2048 bytes)", body.getException().getMessage());
        assertEquals("An image of the conversation is larger than maxImageBytes (2048 bytes)",
                part.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anUnsupportedImageTypeFailsBeforeAnyCallNamingTheAllowedTypes() {
        Exchange out = template.request(chatUri(""), e -> {
            e.getMessage().setBody(new byte[]{'B', 'M', 1, 2});
            e.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/bmp");
        });

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertEquals("Header CamelAiMediaType is 'image/bmp': the image types a chat takes are image/png,"
                + " image/jpeg, image/gif, image/webp", out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theImageLimitsCannotBeRaisedPerExchange() {
        Exchange out = template.request(chatUri("maxImageBytes=2048"), e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(AiHeaders.OPTIONS, Map.of("maxImageBytes", 1_000_000_000L));
        });

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertTrue(out.getException().getMessage().startsWith("Header CamelAiOptions cannot set option"
                + " 'maxImageBytes'"), out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
