package io.camelai.simulator.cohere;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.SimFormat;
import io.camelai.simulator.model.SimImages;
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.model.SimRequest;
import io.camelai.simulator.model.SimToolCall;
import io.camelai.simulator.openai.OpenAiWire;

/** {@code POST /v2/chat}, plain and streamed (https://docs.cohere.com/reference/chat). */
final class CohereV2Chat {

    void handle(SimExchange exchange, SimModel model) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.hasNonNull("model") || !req.has("messages") || req.get("messages").isEmpty()) {
            CohereApi.error(exchange, 400, "invalid request: model and messages are required");
            return;
        }
        String imageProblem = imageProblem(req);
        if (imageProblem != null) {
            CohereApi.error(exchange, 400, "invalid request: " + imageProblem);
            return;
        }
        SimRequest wire = OpenAiWire.request(req, "stop_sequences");
        // Cohere's response_format: {type: json_object, json_schema: {...}} (https://docs.cohere.com/reference/chat)
        SimReply reply = model.reply(wire.withFormat(SimFormat.cohere(req.get("response_format"), "json_schema")));
        exchange.countTokens(reply.inputTokens() + reply.outputTokens());
        String id = UUID.randomUUID().toString();
        if (req.path("stream").asBoolean(false)) {
            stream(exchange, id, reply);
        } else {
            exchange.respondJson(200, response(id, reply), Map.of("x-debug-trace-id", id));
        }
    }

    /**
     * Images only for vision models (https://docs.cohere.com/docs/image-inputs: Command A Vision, Aya Vision), at
     * most 20 per request and 20 MB each.
     */
    private static String imageProblem(JsonNode req) {
        int images = SimImages.countAll(req.get("messages"));
        if (images == 0) {
            return null;
        }
        if (!req.get("model").asText().contains("vision")) {
            return "model '" + req.get("model").asText() + "' does not support image inputs";
        }
        if (images > 20) {
            return "too many images: at most 20 per request";
        }
        return SimImages.problem(req.get("messages"), 20L * 1024 * 1024);
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
