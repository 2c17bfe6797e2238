package io.camelai.qianfan.chat;

import java.io.IOException;
import java.util.ArrayDeque;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.qianfan.QianfanErrors;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolCallDelta;
import io.camelai.support.stream.SseEvent;
import io.camelai.support.stream.SseEventReader;
import io.camelai.support.stream.StreamJson;
import okhttp3.Response;

/**
 * Decodes a v1 chat stream (the {@code stream: true} answer of a model's chat API, e.g.
 * https://cloud.baidu.com/doc/WENXINWORKSHOP/s/7lxwwtafj): each {@code data:} chunk carries a {@code result} delta;
 * the chunk with {@code is_end: true} ends the stream with the finish reason, usage and flags. An {@code error_code} chunk fails
 * the stream with the API's error.
 */
final class QianfanV1StreamSource implements ChatChunkSource {

    private final Response response;
    private final SseEventReader events;
    private final ArrayDeque<ChatChunk> pending = new ArrayDeque<>();
    private boolean ended;

    QianfanV1StreamSource(Response response) {
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
                return null;
            }
            read(StreamJson.object(event.data(), "chunk"));
        }
        return pending.poll();
    }

    private void read(JsonNode chunk) throws AiHttpException {
        // the stream's consumer (ChatStream) masks the endpoint's secrets in the failure it reports
        QianfanErrors.check(chunk, null, response.request(), null, null);
        String text = chunk.path("result").asText("");
        if (!text.isEmpty()) {
            pending.add(ChatChunk.text(text));
        }
        JsonNode fc = chunk.get("function_call");
        if (fc != null && fc.hasNonNull("name")) {
            ToolCall call = QianfanV1Responses.toolCall(chunk, fc);
            pending.add(ChatChunk.toolCall(new ToolCallDelta(0, call.id(), call.name(), call.arguments())));
        }
        if (chunk.path("is_end").asBoolean(false)) {
            ended = true;
            pending.add(ChatChunk.end(QianfanV1Responses.result(chunk).text(null).toolCalls(null).build()));
        }
    }

    @Override
    public void close() {
        response.close();
    }
}
