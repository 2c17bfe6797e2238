package io.camelai.support.openai;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ToolCallDelta;
import io.camelai.support.chat.Usage;
import io.camelai.support.stream.SseEvent;
import io.camelai.support.stream.SseEventReader;
import io.camelai.support.stream.StreamJson;
import okhttp3.Response;

/**
 * Decodes an OpenAI-style chat stream ({@code data: <chunk>} events ending with {@code data: [DONE]}): content deltas
 * become TEXT chunks and tool-call deltas TOOL_CALL chunks (keyed by {@code index}). Chunks without choices (Azure's
 * prompt-filter chunk, a final usage-only chunk) are tolerated. The END chunk is emitted at {@code [DONE]} so usage
 * sent after the finish reason is not lost; a stream that closes after its finish reason but without {@code [DONE]}
 * still ends normally.
 */
public class OpenAiStreamSource implements ChatChunkSource {

    private final Response response;
    private final SseEventReader events;
    private final ArrayDeque<ChatChunk> pending = new ArrayDeque<>();
    private String responseId;
    private String model;
    private String finish;
    private Usage usage;
    private JsonNode last;
    private boolean ended;

    public OpenAiStreamSource(Response response) {
        this.response = response;
        this.events = new SseEventReader(response.body().source());
    }

    @Override
    public ChatChunk next() throws IOException, AiHttpException {
        while (pending.isEmpty()) {
            if (ended) {
                return null;
            }
            SseEvent event = events.next();
            if (event == null || event.isDone()) {
                ended = true;
                return finish != null || (event != null && event.isDone()) ? end() : null;
            }
            read(StreamJson.object(event.data(), "chunk"));
        }
        return pending.poll();
    }

    /** Reads one chunk into {@link #pending}; a subclass may look at provider-specific fields first. */
    protected void read(JsonNode chunk) throws IOException {
        last = chunk;
        String id = OpenAiChatFormat.text(chunk, "id");
        if (id != null && !id.isEmpty()) {
            responseId = id;
        }
        String m = OpenAiChatFormat.text(chunk, "model");
        if (m != null && !m.isEmpty()) {
            model = m;
        }
        if (chunk.hasNonNull("usage")) {
            usage = OpenAiChatFormat.usage(chunk.get("usage"));
        }
        for (JsonNode choice : chunk.path("choices")) {
            JsonNode delta = choice.path("delta");
            JsonNode content = delta.get("content");
            if (content != null && content.isTextual() && !content.asText().isEmpty()) {
                pending.add(ChatChunk.text(content.asText()));
            }
            for (JsonNode call : delta.path("tool_calls")) {
                JsonNode fn = call.path("function");
                pending.add(ChatChunk.toolCall(new ToolCallDelta(call.path("index").asInt(0),
                        OpenAiChatFormat.text(call, "id"), OpenAiChatFormat.text(fn, "name"),
                        fn.path("arguments").asText(""))));
            }
            String f = OpenAiChatFormat.text(choice, "finish_reason");
            if (f != null) {
                finish = f;
            }
        }
    }

    /** Extra headers for the END chunk's result, from what the stream carried; none by default. */
    protected Map<String, Object> endHeaders() {
        return Map.of();
    }

    private ChatChunk end() {
        ChatResult.Builder b = ChatResult.builder()
                .responseId(responseId)
                .model(model)
                .finishReason(OpenAiChatFormat.finishReason(finish))
                .finishReasonRaw(finish)
                .usage(usage)
                .raw(last);
        endHeaders().forEach(b::header);
        return ChatChunk.end(b.build());
    }

    @Override
    public void close() {
        response.close();
    }
}
