package io.camelai.benchmarks;

import java.util.List;
import java.util.Map;

import com.cohere.api.Cohere;
import com.cohere.api.core.Environment;
import com.cohere.api.resources.v2.requests.V2ChatRequest;
import com.cohere.api.resources.v2.requests.V2ChatStreamRequest;
import com.cohere.api.resources.v2.types.V2ChatStreamResponse;
import com.cohere.api.types.ChatMessageV2;
import com.cohere.api.types.UserMessageV2;
import com.cohere.api.types.UserMessageV2Content;
import okhttp3.OkHttpClient;

/** Cohere's own Java SDK (com.cohere:cohere-java) making the same calls. */
final class SdkCohere {

    private final Cohere cohere;

    SdkCohere(OkHttpClient http, String baseUrl, Map<String, String> headers) {
        var b = Cohere.builder().token("bench-key").environment(Environment.custom(baseUrl)).maxRetries(0)
                .httpClient(http);
        headers.forEach(b::addHeader);
        this.cohere = b.build();
    }

    private static List<ChatMessageV2> messages(String text) {
        return List.of(ChatMessageV2.user(UserMessageV2.builder().content(UserMessageV2Content.of(text)).build()));
    }

    String chat(String text) {
        return cohere.v2().chat(V2ChatRequest.builder().model("command-a-03-2025").messages(messages(text)).build())
                .getMessage().getContent().map(c -> c.get(0).toString()).orElse("");
    }

    int stream(String text, Runnable onChunk) {
        int chunks = 0;
        for (V2ChatStreamResponse event : cohere.v2().chatStream(
                V2ChatStreamRequest.builder().model("command-a-03-2025").messages(messages(text)).build())) {
            if (event.isContentDelta()) {
                chunks++;
                onChunk.run();
            }
        }
        return chunks;
    }
}
