package io.camelai.simulator.qianfan;

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
import io.camelai.simulator.model.Embeddings;
import io.camelai.simulator.model.SimFormat;
import io.camelai.simulator.model.SimMessage;
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.model.SimRequest;
import io.camelai.simulator.model.SimTool;
import io.camelai.simulator.model.SimToolCall;

/** v1 wenxinworkshop chat (plain and streamed with {@code is_end}, function calling) and embeddings. */
final class QianfanV1 {

    void chat(SimExchange exchange, SimModel model) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.path("messages").isArray() || req.get("messages").isEmpty()) {
            QianfanApi.v1Error(exchange, 336003, "messages is empty");
            return;
        }
        String problem = checkRoles(req.get("messages"));
        problem = problem != null ? problem : checkTextContent(req.get("messages"));
        problem = problem != null ? problem : QianfanFunctions.check(req.get("functions"));
        if (problem != null) {
            QianfanApi.v1Error(exchange, 336003, problem);
            return;
        }
        SimReply reply = model.reply(request(req));
        exchange.countTokens(reply.inputTokens() + reply.outputTokens());
        String id = "as-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if (req.path("stream").asBoolean(false)) {
            stream(exchange, id, reply);
        } else {
            exchange.respondJson(200, response(id, reply, 0, null, reply.text()), Map.of("X-Baidu-Request-Id", id));
        }
    }

    /** v1 messages carry text only (image parts are a v2 feature of the vision models). */
    private static String checkTextContent(JsonNode messages) {
        for (int i = 0; i < messages.size(); i++) {
            JsonNode content = messages.get(i).get("content");
            if (content != null && !content.isNull() && !content.isTextual()) {
                return "message " + i + " content must be a string";
            }
        }
        return null;
    }

    /** The odd-count, alternating-role rule of the v1 API (user or function, then assistant, ...). */
    private static String checkRoles(JsonNode messages) {
        if (messages.size() % 2 == 0) {
            return "the length of messages must be an odd number";
        }
        for (int i = 0; i < messages.size(); i++) {
            String role = messages.get(i).path("role").asText();
            boolean even = i % 2 == 0;
            if (even && !role.equals("user") && !role.equals("function")) {
                return "message " + i + " must be role user or function, not " + role;
            }
            if (!even && !role.equals("assistant")) {
                return "message " + i + " must be role assistant, not " + role;
            }
        }
        if ("function".equals(messages.get(0).path("role").asText())) {
            return "the first message cannot be role function";
        }
        return null;
    }

    static SimRequest request(JsonNode req) {
        List<SimMessage> messages = new ArrayList<>();
        if (req.hasNonNull("system")) {
            messages.add(SimMessage.of("system", req.get("system").asText()));
        }
        int round = 0;
        for (JsonNode m : req.get("messages")) {
            String role = m.path("role").asText();
            if (role.equals("function")) {
                messages.add(new SimMessage("tool", m.path("content").asText(), null, null,
                        SimJson.text(m, "name")));
            } else if (m.has("function_call")) {
                JsonNode fc = m.get("function_call");
                messages.add(new SimMessage(role, m.path("content").asText(""), List.of(new SimToolCall(
                        "fc-" + round++, fc.path("name").asText(), fc.path("arguments").asText())), null, null));
            } else {
                messages.add(SimMessage.of(role, m.path("content").asText()));
            }
        }
        List<SimTool> tools = new ArrayList<>();
        for (JsonNode f : req.path("functions")) {
            tools.add(new SimTool(f.path("name").asText(), f.get("parameters")));
        }
        List<String> stops = new ArrayList<>();
        req.path("stop").forEach(s -> stops.add(s.asText()));
        Integer max = req.hasNonNull("max_output_tokens") ? req.get("max_output_tokens").asInt() : null;
        return new SimRequest(null, messages, tools, max, stops,
                SimFormat.qianfanV1(req.get("response_format"), SimJson.text(req, "system")));
    }

    private static String finishReason(SimReply reply) {
        return switch (reply.finishReason()) {
            case "length" -> "length";
            case "stop_sequence" -> "stop";
            case "tool_calls" -> "function_call";
            case "content_filter" -> "content_filter";
            default -> "normal";
        };
    }

    private static ObjectNode response(String id, SimReply reply, int sentence, Boolean isEnd, String text) {
        ObjectNode res = SimJson.object().put("id", id).put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000);
        if (isEnd != null) {
            res.put("sentence_id", sentence).put("is_end", isEnd);
        }
        res.put("is_truncated", "length".equals(reply.finishReason())).put("result", text)
                .put("need_clear_history", false).put("finish_reason", finishReason(reply));
        if (reply.hasToolCalls() && (isEnd == null || isEnd)) {
            SimToolCall c = reply.toolCalls().get(0);
            res.putObject("function_call").put("name", c.name()).put("arguments", c.arguments())
                    .put("thoughts", reply.text().isEmpty() ? "I need to call " + c.name() : reply.text());
            res.put("result", "");
        }
        res.putObject("usage").put("prompt_tokens", reply.inputTokens())
                .put("completion_tokens", reply.outputTokens())
                .put("total_tokens", reply.inputTokens() + reply.outputTokens());
        return res;
    }

    private static void stream(SimExchange exchange, String id, SimReply reply) throws IOException {
        SimExchange.EventStream out = exchange.stream("text/event-stream", Map.of("X-Baidu-Request-Id", id));
        if (reply.hasToolCalls()) {
            out.sse(null, response(id, reply, 0, true, ""));
        } else {
            List<String> pieces = reply.textPieces();
            int i = 0;
            for (String piece : pieces) {
                out.sse(null, response(id, reply, i, false, piece));
                i++;
            }
            out.sse(null, response(id, reply, i, true, ""));
        }
        out.end();
    }

    /** @param endpoint the model's endpoint name in the path: embedding-v1, bge_large_zh, bge_large_en, tao_8k */
    void embeddings(SimExchange exchange, String endpoint) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.path("input").isArray() || req.get("input").isEmpty()) {
            QianfanApi.v1Error(exchange, 336003, "input is empty");
            return;
        }
        if (req.get("input").size() > QianfanApi.MAX_EMBEDDING_INPUTS) {
            QianfanApi.v1Error(exchange, 336003, "the number of input texts exceeds "
                    + QianfanApi.MAX_EMBEDDING_INPUTS);
            return;
        }
        ObjectNode res = SimJson.object().put("id", "as-" + UUID.randomUUID().toString().substring(0, 8))
                .put("object", "embedding_list").put("created", System.currentTimeMillis() / 1000);
        res.set("data", embeddingData(req.get("input"), Embeddings.qianfan(endpoint)));
        int tokens = tokens(req.get("input"));
        res.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        exchange.countTokens(tokens);
        exchange.respondJson(200, res);
    }

    static ArrayNode embeddingData(JsonNode input, Embeddings.Model model) {
        ArrayNode data = SimJson.array();
        int index = 0;
        for (JsonNode text : input) {
            ObjectNode item = data.addObject().put("object", "embedding");
            item.set("embedding", Embeddings.encode(SimModel.embed(text.asText(), model.dimensions()), "float"));
            item.put("index", index++);
        }
        return data;
    }

    static int tokens(JsonNode input) {
        int n = 0;
        for (JsonNode t : input) {
            n += Math.max(1, SimModel.words(t.asText()));
        }
        return n;
    }
}
