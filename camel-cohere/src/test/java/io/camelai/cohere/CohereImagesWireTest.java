package io.camelai.cohere;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ContentPart;
import io.camelai.support.json.AiJson;
import io.camelai.support.testing.AbstractImagesWireTest;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Images on cohere:chat: v2 sends them as image_url content parts for vision models
 * (https://docs.cohere.com/docs/image-inputs); v1 takes text only, so it refuses an image before any call and sends
 * text parts as text.
 */
class CohereImagesWireTest extends AbstractImagesWireTest {

    @Override
    protected String chatUri(String options) {
        String base = server.url("/").toString();
        return "cohere:chat?apiKey=k&retryBackoff=1&model=command-a-vision-07-2025&baseUrl="
                + base.substring(0, base.length() - 1) + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected String answer() {
        return """
                {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"A red square."}]},
                 "usage":{"billed_units":{"input_tokens":1,"output_tokens":3}}}""";
    }

    @Test
    void v1RefusesAnImageBeforeAnyCallNamingTheApiVersionToUse() {
        Exchange out = template.request(chatUri("apiVersion=v1"), e -> e.getMessage().setBody(
                ChatMessage.user("Describe", List.of(ContentPart.imageUrl("https://example.com/a.png")))));

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertEquals("A Cohere apiVersion=v1 chat (use apiVersion=v2 with a vision model such as"
                + " command-a-vision-07-2025) takes no images: a user message carries 1 image(s)",
                out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void v1SendsTextPartsAsTheTextOfTheMessage() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"text\":\"Done.\",\"generation_id\":\"g-1\",\"finish_reason\":\"COMPLETE\",\"meta\":{}}")
                .build());

        String answer = template.requestBody(chatUri("apiVersion=v1"), ChatMessage.user("Summarise:",
                List.of(ContentPart.text("first file"), ContentPart.text("second file"))), String.class);

        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("Done.", answer);
        assertEquals("/v1/chat", r.getTarget());
        assertEquals("Summarise:\n\nfirst file\n\nsecond file",
                AiJson.readTree(r.getBody().utf8()).get("message").asText());
    }
}
