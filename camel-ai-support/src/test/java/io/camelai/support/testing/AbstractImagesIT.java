package io.camelai.support.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ContentPart;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Images in a chat, end to end against the simulator (which reads the image parts, checks them like the real API and
 * answers "Simulated answer to: ... (saw N images)"): a {@code file:} route that asks the model about each PNG put in
 * a folder, an image bytes body, image URLs with a question, and the limits that stop an exchange before any call.
 * Each chat component's IT extends this with a vision model's chat URI.
 */
public abstract class AbstractImagesIT extends CamelTestSupport {

    @RegisterExtension
    protected static AiSimulatorExtension sim = new AiSimulatorExtension();

    @TempDir
    Path inbox;

    @TempDir
    Path staging;

    private final BlockingQueue<Exchange> described = new LinkedBlockingQueue<>();

    /** The chat URI of a vision model on the simulator; options are appended with {@code &}. */
    protected abstract String chatUri();

    /** The chat URI of a model the API refuses images for, or null when the API takes them on every model. */
    protected abstract String textOnlyModelUri();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String chat = chatUri();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?include=.*\\.png&delete=true")
                        .setHeader(AiHeaders.SYSTEM_MESSAGE, constant("What is in this picture?"))
                        .to(chat)
                        .process(e -> described.add(e.copy()));
            }
        };
    }

    private static String dataUri(String type, byte[] data) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    private static JsonNode lastUserMessage(RecordedRequest r) {
        JsonNode messages = r.json().get("messages");
        return messages.get(messages.size() - 1);
    }

    @Test
    void aFileRouteAsksTheModelAboutEachPngDroppedInItsFolder() throws Exception {
        byte[] png = TestImages.png(16);
        Path staged = Files.write(staging.resolve("chart.png"), png);
        Files.move(staged, inbox.resolve("chart.png"), StandardCopyOption.ATOMIC_MOVE);

        Exchange out = described.poll(20, TimeUnit.SECONDS);

        assertNotNull(out, "the route answered for the file");
        assertEquals("Simulated answer to: (saw 1 image)", out.getMessage().getBody(String.class));
        RecordedRequest r = sim.get().takeRequest();
        JsonNode messages = r.json().get("messages");
        assertEquals("What is in this picture?", messages.get(0).get("content").asText());
        assertEquals(dataUri("image/png", png), lastUserMessage(r).at("/content/0/image_url/url").asText());
    }

    @Test
    void anImageBytesBodyIsAskedAbout() {
        byte[] jpeg = TestImages.jpeg(16);

        Exchange out = template.request(chatUri(), e -> {
            e.getMessage().setBody(jpeg);
            e.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/jpeg");
        });

        assertNull(out.getException());
        assertEquals("Simulated answer to: (saw 1 image)", out.getMessage().getBody(String.class));
        assertEquals(dataUri("image/jpeg", jpeg),
                lastUserMessage(sim.get().takeRequest()).at("/content/0/image_url/url").asText());
    }

    @Test
    void imageUrlsGoWithTheQuestionAndTheProviderIsLeftToFetchThem() {
        ChatMessage question = ChatMessage.user("Which of these is a cat?", List.of(
                ContentPart.imageUrl("https://example.com/a.png"), ContentPart.imageUrl("https://example.com/b.jpg")));

        String answer = template.requestBody(chatUri(), question, String.class);

        assertEquals("Simulated answer to: Which of these is a cat? (saw 2 images)", answer);
        JsonNode sent = lastUserMessage(sim.get().takeRequest()).get("content");
        assertEquals("https://example.com/b.jpg", sent.at("/2/image_url/url").asText());
    }

    @Test
    void anImageOverMaxImageBytesStopsTheExchangeBeforeAnyCall() {
        Exchange out = template.request(chatUri() + "&maxImageBytes=2048", e -> {
            e.getMessage().setBody(TestImages.pngOfAtLeast(4096));
            e.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/png");
        });

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertEquals("The image body is larger than maxImageBytes (2048 bytes)", out.getException().getMessage());
        assertEquals(0, sim.get().requestCount());
    }

    @Test
    void bytesThatAreNotTheirDeclaredImageTypeStopTheExchangeBeforeAnyCall() {
        Exchange out = template.request(chatUri(), e -> {
            e.getMessage().setBody(TestImages.png(8));
            e.getMessage().setHeader(AiHeaders.MEDIA_TYPE, "image/gif");
        });

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertEquals("The image body is not image/gif: its first bytes are not a GIF signature",
                out.getException().getMessage());
        assertEquals(0, sim.get().requestCount());
    }

    @Test
    void aModelWithoutVisionIsRefusedByTheProvider() {
        String uri = textOnlyModelUri();
        assumeTrue(uri != null, "this API takes images on every model it serves");
        Exchange out = template.request(uri, e -> e.getMessage().setBody(ChatMessage.user("Describe",
                List.of(ContentPart.imageUrl("https://example.com/a.png")))));

        AiHttpException e = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(400, e.getStatusCode());
        assertTrue(e.getProviderMessage().contains("does not support image"), e.getProviderMessage());
    }
}
