package io.camelai.qianfan;

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
 * Images on qianfan:chat: v2 sends them as image_url content parts for the image-understanding models
 * (https://cloud.baidu.com/doc/qianfan-api/s/rm7u7qdiq); v1 takes text only, so it refuses an image before any call
 * and sends text parts as text.
 */
class QianfanImagesWireTest extends AbstractImagesWireTest {

    @Override
    protected String chatUri(String options) {
        return "qianfan:chat?apiVersion=v2&bearerToken=bce-v3/x/y&retryBackoff=1&model=ernie-4.5-turbo-vl-32k"
                + "&baseUrl=http://127.0.0.1:" + server.getPort() + (options.isEmpty() ? "" : "&" + options);
    }

    @Override
    protected String answer() {
        return """
                {"id":"as-1","object":"chat.completion","created":1,"model":"ernie-4.5-turbo-vl-32k",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"A red square."}}],
                 "usage":{"prompt_tokens":11,"completion_tokens":3,"total_tokens":14}}""";
    }

    private String v1Uri() {
        return "qianfan:chat?accessKey=ak&secretKey=sk&retryBackoff=1&baseUrl=http://127.0.0.1:" + server.getPort();
    }

    @Test
    void v1RefusesAnImageBeforeAnyCallNamingTheApiVersionToUse() {
        Exchange out = template.request(v1Uri(), e -> e.getMessage().setBody(
                ChatMessage.user("Describe", List.of(ContentPart.imageUrl("https://example.com/a.png")))));

        assertInstanceOf(IllegalArgumentException.class, out.getException());
        assertEquals("A Qianfan apiVersion=v1 chat (use apiVersion=v2 with a vision model such as"
                + " ernie-4.5-turbo-vl-32k) takes no images: a user message carries 1 image(s)",
                out.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void v1SendsTextPartsAsTheTextOfTheMessage() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body("""
                {"id":"as-1","object":"chat.completion","created":1,"result":"Done.","is_truncated":false,
                 "need_clear_history":false,"finish_reason":"normal",
                 "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""").build());

        String answer = template.requestBody(v1Uri(), ChatMessage.user("Summarise:",
                List.of(ContentPart.text("first file"), ContentPart.text("second file"))), String.class);

        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("Done.", answer);
        assertEquals("[{\"role\":\"user\",\"content\":\"Summarise:\\n\\nfirst file\\n\\nsecond file\"}]",
                AiJson.readTree(r.getBody().utf8()).get("messages").toString());
    }
}
