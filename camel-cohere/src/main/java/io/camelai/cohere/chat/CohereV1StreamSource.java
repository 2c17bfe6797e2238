package io.camelai.cohere.chat;

import java.io.IOException;
import java.util.ArrayDeque;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.ChatChunkSource;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolCallDelta;
import io.camelai.support.stream.MalformedStreamException;
import io.camelai.support.stream.NdjsonReader;
import io.camelai.support.stream.SseEvent;
import io.camelai.support.stream.SseEventReader;
import io.camelai.support.stream.StreamJson;
import okhttp3.Response;

/**
 * Decodes a v1 chat stream (https://docs.cohere.com/v1/reference/chat-stream), newline-delimited JSON or its SSE
 * variant, keyed on {@code event_type}: text-generation gives TEXT chunks, citation-generation CITATION chunks,
 * tool-calls-chunk deltas (or, when a model sends none, tool-calls-generation) TOOL_CALL chunks, and stream-end the END
 * chunk with the full response's usage and finish reason (TOOL_CALLS when the turn asked for tools, as unary).
 */
final class CohereV1StreamSource implements ChatChunkSource {

    private final Response response;
    private final NdjsonReader lines;
    private final SseEventReader events;
    private final ArrayDeque<ChatChunk> pending = new ArrayDeque<>();
    private String generationId = "call";
    private boolean sawToolDeltas;
    private boolean sawToolCalls;
    private boolean ended;

    CohereV1StreamSource(Response response) {
        this.response = response;
        String type = response.header("Content-Type", "");
        boolean sse = type.startsWith("text/event-stream");
        this.lines = sse ? null : new NdjsonReader(response.body().source());
        this.events = sse ? new SseEventReader(response.body().source()) : null;
    }

    @Override
    public ChatChunk next() throws IOException, AiHttpException {
        while (pending.isEmpty()) {
            if (ended) {
                return null;
            }
            String json = nextJson();
            if (json == null) {
                return null;
            }
            read(StreamJson.object(json, "event"));
        }
        return pending.poll();
    }

    private String nextJson() throws IOException {
        if (lines != null) {
            return lines.next();
        }
        SseEvent e = events.next();
        return e == null || e.isDone() ? null : e.data();
    }

    private void read(JsonNode event) throws IOException {
        switch (event.path("event_type").asText("")) {
            case "stream-start" -> generationId = event.path("generation_id").asText(generationId);
            case "text-generation" -> {
                String text = event.path("text").asText("");
                if (!text.isEmpty()) {
                    pending.add(ChatChunk.text(text));
                }
            }
            case "citation-generation" -> event.path("citations").forEach(c -> pending.add(ChatChunk.citation(c)));
            case "tool-calls-chunk" -> {
                JsonNode d = event.get("tool_call_delta");
                if (d != null && d.isObject()) {
                    sawToolDeltas = true;
                    sawToolCalls = true;
                    int index = d.path("index").asInt(0);
                    String name = d.hasNonNull("name") ? d.get("name").asText() : null;
                    pending.add(ChatChunk.toolCall(new ToolCallDelta(index,
                            name != null ? generationId + "-" + index : null, name,
                            d.path("parameters").asText(""))));
                }
            }
            case "tool-calls-generation" -> {
                sawToolCalls |= event.path("tool_calls").size() > 0;
                if (!sawToolDeltas) {
                    int i = 0;
                    for (ToolCall c : CohereV1Responses.toolCalls(event.path("tool_calls"), generationId)) {
                        pending.add(ChatChunk.toolCall(new ToolCallDelta(i++, c.id(), c.name(), c.arguments())));
                    }
                }
            }
            case "stream-end" -> {
                ended = true;
                String finish = event.path("finish_reason").asText(null);
                if ("ERROR".equals(finish) || "ERROR_TOXIC".equals(finish) && !event.has("response")) {
                    throw new MalformedStreamException("the model ended the stream with " + finish);
                }
                JsonNode full = event.path("response");
                String raw = finish != null ? finish : full.path("finish_reason").asText(null);
                boolean toolCalls = sawToolCalls || full.path("tool_calls").size() > 0;
                // the same finish reason as the unary answer: COMPLETE with tool calls stopped for them; and the same
                // text, the tool plan (it streams in tool-calls-chunk events, not as answer text)
                pending.add(ChatChunk.end(CohereV1Responses.result(full)
                        .text(toolCalls ? full.path("text").asText(null) : null).toolCalls(null).citations(null)
                        .finishReasonRaw(raw)
                        .finishReason(CohereFinishReasons.of(raw, toolCalls))
                        .build()));
            }
            default -> {
                // search-queries-generation, search-results, debug: their content is in stream-end's response
            }
        }
    }

    @Override
    public void close() {
        response.close();
    }
}
