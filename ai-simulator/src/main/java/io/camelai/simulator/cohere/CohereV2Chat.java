package io.camelai.simulator.cohere;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.SimFormat;
import io.camelai.simulator.model.SimMessage;
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.model.SimRequest;
import io.camelai.simulator.model.SimTool;
import io.camelai.simulator.model.SimToolCall;

/** {@code POST /v2/chat}, plain and streamed (https://docs.cohere.com/reference/chat). */
final class CohereV2Chat {

    void handle(SimExchange exchange, SimModel model) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.hasNonNull("model") || !req.has("messages") || req.get("messages").isEmpty()) {
            CohereApi.error(exchange, 400, "invalid request: model and messages are required");
            return;
        }
        SimReply reply = model.reply(request(req));
        String id = UUID.randomUUID().toString();
        if (req.path("stream").asBoolean(false)) {
            stream(exchange, id, reply);
        } else {
            exchange.respondJson(200, response(id, reply), Map.of("x-debug-trace-id", id));
        }
    }

    static SimRequest request(JsonNode req) {
        List<SimMessage> messages = new ArrayList<>();
        for (JsonNode m : req.get("messages")) {
            List<SimToolCall> calls = new ArrayList<>();
            for (JsonNode c : m.path("tool_calls")) {
                calls.add(new SimToolCall(c.path("id").asText(), c.path("function").path("name").asText(),
                        c.path("function").path("arguments").asText()));
            }
            String text = content(m.get("content"));
            if (text.isEmpty() && m.hasNonNull("tool_plan")) {
                text = m.get("tool_plan").asText();
            }
            messages.add(new SimMessage(m.path("role").asText(), text, calls, SimJson.text(m, "tool_call_id"), null));
        }
        List<SimTool> tools = new ArrayList<>();
        for (JsonNode t : req.path("tools")) {
            tools.add(new SimTool(t.path("function").path("name").asText(), t.path("function").get("parameters")));
        }
        List<String> stops = new ArrayList<>();
        req.path("stop_sequences").forEach(s -> stops.add(s.asText()));
        Integer maxTokens = req.hasNonNull("max_tokens") ? req.get("max_tokens").asInt() : null;
        return new SimRequest(req.get("model").asText(), messages, tools, maxTokens, stops,
                SimFormat.cohere(req.get("response_format"), "json_schema"));
    }

    /** A message's content as text: a string, or the text/document parts of an array. */
    private static String content(JsonNode content) {
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

    static String finishReason(SimReply reply) {
        return switch (reply.finishReason()) {
            case "length" -> "MAX_TOKENS";
            case "stop_sequence" -> "STOP_SEQUENCE";
            case "tool_calls" -> "TOOL_CALL";
            default -> "COMPLETE";
        };
    }

    static ObjectNode usage(SimReply reply) {
        ObjectNode usage = SimJson.object();
        usage.putObject("billed_units").put("input_tokens", reply.inputTokens()).put("output_tokens",
                reply.outputTokens());
        usage.putObject("tokens").put("input_tokens", reply.inputTokens() + 64).put("output_tokens",
                reply.outputTokens());
        return usage;
    }

    private static ObjectNode response(String id, SimReply reply) {
        ObjectNode res = SimJson.object().put("id", id).put("finish_reason", finishReason(reply));
        ObjectNode message = res.putObject("message").put("role", "assistant");
        if (reply.hasToolCalls()) {
            message.put("tool_plan", reply.text().isEmpty() ? "I will call the tools." : reply.text());
            ArrayNode calls = message.putArray("tool_calls");
            for (SimToolCall c : reply.toolCalls()) {
                calls.addObject().put("id", c.id()).put("type", "function").putObject("function")
                        .put("name", c.name()).put("arguments", c.arguments());
            }
        } else {
            message.putArray("content").addObject().put("type", "text").put("text", reply.text());
        }
        res.set("usage", usage(reply));
        return res;
    }

    private static void stream(SimExchange exchange, String id, SimReply reply) throws IOException {
        SimExchange.EventStream out = exchange.stream("text/event-stream", Map.of("x-debug-trace-id", id));
        ObjectNode start = SimJson.object().put("id", id).put("type", "message-start");
        ObjectNode startMsg = start.putObject("delta").putObject("message").put("role", "assistant");
        startMsg.putArray("content");
        startMsg.put("tool_plan", "");
        startMsg.putArray("tool_calls");
        startMsg.putArray("citations");
        out.sse("message-start", start);
        if (reply.hasToolCalls()) {
            String plan = reply.text().isEmpty() ? "I will call the tools." : reply.text();
            for (String piece : SimModel.pieces(plan)) {
                ObjectNode e = SimJson.object().put("type", "tool-plan-delta");
                e.putObject("delta").putObject("message").put("tool_plan", piece);
                out.sse("tool-plan-delta", e);
            }
            int index = 0;
            for (SimToolCall c : reply.toolCalls()) {
                ObjectNode s = SimJson.object().put("type", "tool-call-start").put("index", index);
                s.putObject("delta").putObject("message").putObject("tool_calls").put("id", c.id())
                        .put("type", "function").putObject("function").put("name", c.name()).put("arguments", "");
                out.sse("tool-call-start", s);
                String args = c.arguments();
                int half = args.length() / 2;
                for (String fragment : new String[]{args.substring(0, half), args.substring(half)}) {
                    ObjectNode d = SimJson.object().put("type", "tool-call-delta").put("index", index);
                    d.putObject("delta").putObject("message").putObject("tool_calls").putObject("function")
                            .put("arguments", fragment);
                    out.sse("tool-call-delta", d);
                }
                out.sse("tool-call-end", SimJson.object().put("type", "tool-call-end").put("index", index));
                index++;
            }
        } else {
            ObjectNode cs = SimJson.object().put("type", "content-start").put("index", 0);
            cs.putObject("delta").putObject("message").putObject("content").put("type", "text").put("text", "");
            out.sse("content-start", cs);
            for (String piece : reply.textPieces()) {
                ObjectNode d = SimJson.object().put("type", "content-delta").put("index", 0);
                d.putObject("delta").putObject("message").putObject("content").put("text", piece);
                out.sse("content-delta", d);
            }
            out.sse("content-end", SimJson.object().put("type", "content-end").put("index", 0));
        }
        ObjectNode end = SimJson.object().put("type", "message-end");
        ObjectNode delta = end.putObject("delta").put("finish_reason", finishReason(reply));
        delta.set("usage", usage(reply));
        out.sse("message-end", end);
        out.sse(null, "[DONE]");
        out.end();
    }
}
