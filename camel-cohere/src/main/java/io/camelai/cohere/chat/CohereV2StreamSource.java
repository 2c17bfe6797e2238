package io.camelai.cohere.chat;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereUsage;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ChatResult;
import io.camelai.support.chat.ToolCallDelta;
import io.camelai.support.stream.MalformedStreamException;
import io.camelai.support.stream.SseEvent;
import io.camelai.support.stream.SseEventReader;
import io.camelai.support.stream.StreamJson;
import okhttp3.Response;

/**
 * Decodes a v2 chat stream (https://docs.cohere.com/v2/docs/streaming): content deltas become TEXT chunks, tool-call
 * start and delta events TOOL_CALL chunks, citation-start CITATION chunks, message-end the END chunk with finish
 * reason and usage. Thinking deltas and tool-plan deltas are not answer text and are not emitted; the tool plan goes
 * on the END chunk's result, so a tool loop sends it back with the calls.
 */
final class CohereV2StreamSource implements ChatChunkSource {

    private final Response response;
    private final SseEventReader events;
    private String responseId;
    private final StringBuilder toolPlan = new StringBuilder();

    CohereV2StreamSource(Response response) {
        this.response = response;
        this.events = new SseEventReader(response.body().source());
    }

    @Override
    public ChatChunk next() throws IOException, AiHttpException {
        SseEvent event;
        while ((event = events.next()) != null) {
            if (event.isDone()) {
                return null;
            }
            String delta = CohereContentDelta.text(event.data());
            if (delta != null) {
                if (delta != CohereContentDelta.NO_TEXT) {
                    return ChatChunk.text(delta);
                }
                continue;
            }
            JsonNode json = StreamJson.object(event.data(), event.event(), "event");
            String type = json.path("type").asText(event.event() == null ? "" : event.event());
            JsonNode message = json.path("delta").path("message");
            switch (type) {
                case "message-start" -> responseId = json.path("id").asText(null);
                case "content-delta" -> {
                    JsonNode text = message.path("content").get("text");
                    if (text != null && !text.isNull()) {
                        return ChatChunk.text(text.asText());
                    }
                }
                case "tool-plan-delta" -> toolPlan.append(message.path("tool_plan").asText(""));
                case "tool-call-start" -> {
                    JsonNode call = message.path("tool_calls");
                    return ChatChunk.toolCall(new ToolCallDelta(json.path("index").asInt(0),
                            call.path("id").asText(null), call.path("function").path("name").asText(null),
                            call.path("function").path("arguments").asText("")));
                }
                case "tool-call-delta" -> {
                    return ChatChunk.toolCall(new ToolCallDelta(json.path("index").asInt(0), null, null,
                            message.path("tool_calls").path("function").path("arguments").asText("")));
                }
                case "citation-start" -> {
                    return ChatChunk.citation(message.path("citations"));
                }
                case "message-end" -> {
                    return end(json.path("delta"));
                }
                default -> {
                    // message-start bookkeeping, content-start/end, tool-call-end, citation-end, debug
                }
            }
        }
        return null;
    }

    private ChatChunk end(JsonNode delta) throws IOException {
        if (delta.hasNonNull("error")) {
            throw new MalformedStreamException("the model reported an error: " + delta.get("error").asText());
        }
        String finish = delta.path("finish_reason").asText(null);
        ChatResult.Builder b = ChatResult.builder()
                .responseId(responseId)
                .finishReason(CohereFinishReasons.of(finish))
                .finishReasonRaw(finish)
                .usage(CohereUsage.of(delta.get("usage")))
                .raw(delta);
        if (toolPlan.length() > 0) {
            b.toolPlan(toolPlan.toString()).header(CohereConstants.TOOL_PLAN, toolPlan.toString());
        }
        return ChatChunk.end(b.build());
    }

    @Override
    public void close() {
        response.close();
    }
}
