package io.camelai.simulator.openai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.SimFormat;
import io.camelai.simulator.model.SimImages;
import io.camelai.simulator.model.SimMessage;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.model.SimRequest;
import io.camelai.simulator.model.SimTool;
import io.camelai.simulator.model.SimToolCall;

/**
 * The OpenAI-style chat wire format Azure AI Inference and Qianfan v2 share: the request's messages and tools, the
 * {@code choices[0].message} response, and the {@code data:} stream ending with {@code [DONE]}.
 */
public final class OpenAiWire {

    private OpenAiWire() {}

    /** An OpenAI-style request; Cohere v2 sends the same messages and tools, its stops as {@code stop_sequences}. */
    public static SimRequest request(JsonNode req, String stopKey) {
        List<SimMessage> messages = new ArrayList<>();
        for (JsonNode m : req.get("messages")) {
            List<SimToolCall> calls = new ArrayList<>();
            for (JsonNode c : m.path("tool_calls")) {
                calls.add(new SimToolCall(c.path("id").asText(), c.path("function").path("name").asText(),
                        c.path("function").path("arguments").asText()));
            }
            String text = content(m.get("content"));
            if (text.isEmpty() && m.hasNonNull("tool_plan")) {
                text = m.get("tool_plan").asText(); // Cohere v2: a tool-call turn's plan
            }
            messages.add(new SimMessage(m.path("role").asText(), text, calls, SimJson.text(m, "tool_call_id"), null,
                    SimImages.count(m.get("content"))));
        }
        List<SimTool> tools = new ArrayList<>();
        for (JsonNode t : req.path("tools")) {
            tools.add(new SimTool(t.path("function").path("name").asText(), t.path("function").get("parameters")));
        }
        List<String> stops = new ArrayList<>();
        req.path(stopKey).forEach(s -> stops.add(s.asText()));
        Integer maxTokens = req.hasNonNull("max_tokens") ? req.get("max_tokens").asInt() : null;
        return new SimRequest(SimJson.text(req, "model"), messages, tools, maxTokens, stops,
                SimFormat.openAi(req.get("response_format")));
    }

    /** A message's content as text: a string, or the text (and Cohere's document) parts of an array. */
    static String content(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : content) {
            if (part.has("text")) {
                sb.append(part.get("text").asText());
            } else if (part.has("document")) {
                sb.append(SimJson.write(part.get("document").path("data")));
            }
        }
        return sb.toString();
    }

    public static String finishReason(SimReply reply) {
        return switch (reply.finishReason()) {
            case "length" -> "length";
            case "tool_calls" -> "tool_calls";
            case "content_filter" -> "content_filter";
            default -> "stop";
        };
    }

    private static ObjectNode usage(SimReply reply) {
        return SimJson.object().put("prompt_tokens", reply.inputTokens())
                .put("completion_tokens", reply.outputTokens())
                .put("total_tokens", reply.inputTokens() + reply.outputTokens());
    }

    public static ObjectNode response(String id, String model, SimReply reply) {
        ObjectNode res = SimJson.object().put("id", id).put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", model);
        ObjectNode choice = res.putArray("choices").addObject().put("index", 0)
                .put("finish_reason", finishReason(reply));
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        if (reply.hasToolCalls()) {
            message.putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            for (SimToolCall c : reply.toolCalls()) {
                calls.addObject().put("id", c.id()).put("type", "function").putObject("function")
                        .put("name", c.name()).put("arguments", c.arguments());
            }
        } else {
            message.put("content", reply.text());
        }
        res.set("usage", usage(reply));
        return res;
    }

    /**
     * Streams a reply.
     *
     * @param filterChunk start with Azure OpenAI's empty-choices prompt-filter chunk
     */
    public static void stream(SimExchange exchange, String id, String model, SimReply reply, boolean filterChunk)
            throws IOException {
        SimExchange.EventStream out = exchange.stream("text/event-stream", Map.of("x-request-id", id));
        // Azure OpenAI-backed streams open with a chunk that has no choices, only the prompt filter results
        if (filterChunk) {
            ObjectNode first = SimJson.object();
            first.putArray("choices");
            first.put("created", 0).put("id", "").put("model", "").put("object", "");
            first.putArray("prompt_filter_results").addObject().put("prompt_index", 0)
                    .set("content_filter_results", filterResults(false));
            out.sse(null, first);
        }
        if (reply.hasToolCalls()) {
            int index = 0;
            for (SimToolCall c : reply.toolCalls()) {
                ObjectNode startDelta = SimJson.object();
                if (index == 0) {
                    startDelta.put("role", "assistant").putNull("content");
                }
                startDelta.putArray("tool_calls").addObject().put("index", index).put("id", c.id())
                        .put("type", "function").putObject("function").put("name", c.name()).put("arguments", "");
                out.sse(null, chunk(id, model, startDelta, null, null));
                String args = c.arguments();
                int half = args.length() / 2;
                for (String fragment : new String[]{args.substring(0, half), args.substring(half)}) {
                    ObjectNode d = SimJson.object();
                    d.putArray("tool_calls").addObject().put("index", index).putObject("function")
                            .put("arguments", fragment);
                    out.sse(null, chunk(id, model, d, null, null));
                }
                index++;
            }
        } else {
            out.sse(null, chunk(id, model, SimJson.object().put("role", "assistant").put("content", ""), null, null));
            for (String piece : reply.textPieces()) {
                out.sse(null, chunk(id, model, SimJson.object().put("content", piece), null, null));
            }
        }
        out.sse(null, chunk(id, model, SimJson.object(), finishReason(reply), usage(reply)));
        out.sse(null, "[DONE]");
        out.end();
    }

    private static ObjectNode chunk(String id, String model, ObjectNode delta, String finish, ObjectNode usage) {
        ObjectNode c = SimJson.object().put("id", id).put("object", "chat.completion.chunk")
                .put("created", System.currentTimeMillis() / 1000).put("model", model);
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        if (usage == null) {
            c.putNull("usage");
        } else {
            c.set("usage", usage);
        }
        return c;
    }

    public static ObjectNode filterResults(boolean jailbreak) {
        ObjectNode r = SimJson.object();
        for (String category : List.of("hate", "self_harm", "sexual", "violence")) {
            r.putObject(category).put("filtered", false).put("severity", "safe");
        }
        if (jailbreak) {
            r.putObject("jailbreak").put("filtered", true).put("detected", true);
        }
        return r;
    }

}
