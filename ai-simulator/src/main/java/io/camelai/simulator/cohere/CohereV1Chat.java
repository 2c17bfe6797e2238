package io.camelai.simulator.cohere;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
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

/**
 * {@code POST /v1/chat} (https://docs.cohere.com/v1/reference/chat): {@code message} + {@code chat_history}
 * + {@code tool_results},
 * answered as one JSON body, or streamed as newline-delimited JSON ({@code application/stream+json}), or as SSE when
 * the request carries {@code Accepts: text/event-stream}.
 */
final class CohereV1Chat {

    private final CohereConnectors connectors;

    CohereV1Chat(CohereConnectors connectors) {
        this.connectors = connectors;
    }

    void handle(SimExchange exchange, SimModel model) throws IOException {
        JsonNode req = exchange.json();
        if (req == null || !req.has("message")) {
            CohereApi.error(exchange, 400, "invalid request: message must be provided");
            return;
        }
        if (!req.get("message").isTextual()) {
            // v1 takes text only: image content parts are a v2 feature
            CohereApi.error(exchange, 400, "invalid request: message must be a string");
            return;
        }
        if (req.has("tool_results") && !req.has("tools")) {
            CohereApi.error(exchange, 400, "invalid request: tool_results requires tools");
            return;
        }
        String connectorProblem = connectors.checkChat(req);
        if (connectorProblem != null) {
            CohereApi.error(exchange, 400, connectorProblem);
            return;
        }
        SimReply reply = model.reply(request(req));
        exchange.countTokens(reply.inputTokens() + reply.outputTokens());
        String generationId = UUID.randomUUID().toString();
        ObjectNode response = response(generationId, reply, req);
        connectors.ground(req, response, generationId);
        if (!req.path("stream").asBoolean(false)) {
            exchange.respondJson(200, response, Map.of("x-debug-trace-id", generationId));
            return;
        }
        boolean sse = "text/event-stream".equals(exchange.header("Accepts"));
        SimExchange.EventStream out = exchange.stream(sse ? "text/event-stream" : "application/stream+json",
                Map.of("x-debug-trace-id", generationId));
        emit(out, sse, event("stream-start").put("generation_id", generationId));
        if (reply.hasToolCalls()) {
            String plan = response.path("text").asText();
            emit(out, sse, event("tool-calls-chunk").put("text", plan));
            int index = 0;
            for (SimToolCall c : reply.toolCalls()) {
                ObjectNode named = event("tool-calls-chunk");
                named.putObject("tool_call_delta").put("index", index).put("name", c.name());
                emit(out, sse, named);
                String args = c.arguments();
                int half = args.length() / 2;
                for (String fragment : new String[]{args.substring(0, half), args.substring(half)}) {
                    ObjectNode d = event("tool-calls-chunk");
                    d.putObject("tool_call_delta").put("index", index).put("parameters", fragment);
                    emit(out, sse, d);
                }
                index++;
            }
            ObjectNode gen = event("tool-calls-generation").put("text", plan);
            gen.set("tool_calls", response.get("tool_calls"));
            emit(out, sse, gen);
        } else {
            for (String piece : reply.textPieces()) {
                emit(out, sse, event("text-generation").put("text", piece));
            }
        }
        ObjectNode end = event("stream-end").put("is_finished", true).put("finish_reason",
                response.get("finish_reason").asText());
        end.set("response", response);
        emit(out, sse, end);
        out.end();
    }

    private static ObjectNode event(String type) {
        return SimJson.object().put("is_finished", false).put("event_type", type);
    }

    private static void emit(SimExchange.EventStream out, boolean sse, ObjectNode event) throws IOException {
        if (sse) {
            out.sse(null, event);
        } else {
            out.line(event);
        }
    }

    static SimRequest request(JsonNode req) {
        List<SimMessage> messages = new ArrayList<>();
        if (req.hasNonNull("preamble")) {
            messages.add(SimMessage.of("system", req.get("preamble").asText()));
        }
        int calls = 0;
        for (JsonNode h : req.path("chat_history")) {
            String role = h.path("role").asText();
            switch (role) {
                case "CHATBOT" -> {
                    List<SimToolCall> tc = new ArrayList<>();
                    for (JsonNode c : h.path("tool_calls")) {
                        tc.add(new SimToolCall("v1-" + calls++, c.path("name").asText(),
                                SimJson.write(c.path("parameters"))));
                    }
                    messages.add(new SimMessage("assistant", h.path("message").asText(""), tc, null, null));
                }
                case "TOOL" -> results(h.path("tool_results"), messages);
                case "SYSTEM" -> messages.add(SimMessage.of("system", h.path("message").asText("")));
                default -> messages.add(SimMessage.of("user", h.path("message").asText("")));
            }
        }
        if (req.has("tool_results") && req.get("tool_results").size() > 0) {
            results(req.get("tool_results"), messages);
        } else {
            messages.add(SimMessage.of("user", req.path("message").asText("")));
        }
        List<SimTool> tools = new ArrayList<>();
        for (JsonNode t : req.path("tools")) {
            tools.add(new SimTool(t.path("name").asText(), schema(t.path("parameter_definitions"))));
        }
        List<String> stops = new ArrayList<>();
        req.path("stop_sequences").forEach(s -> stops.add(s.asText()));
        Integer maxTokens = req.hasNonNull("max_tokens") ? req.get("max_tokens").asInt() : null;
        return new SimRequest(SimJson.text(req, "model"), messages, tools, maxTokens, stops,
                SimFormat.cohere(req.get("response_format"), "schema"));
    }

    private static void results(JsonNode results, List<SimMessage> messages) {
        for (JsonNode r : results) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode o : r.path("outputs")) {
                sb.append(SimJson.write(o));
            }
            messages.add(new SimMessage("tool", sb.toString(), null, null, r.path("call").path("name").asText()));
        }
    }

    /** v1 parameter_definitions (Python type names) as a JSON Schema object, for the model's arguments. */
    private static ObjectNode schema(JsonNode definitions) {
        ObjectNode schema = SimJson.object().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        Iterator<Map.Entry<String, JsonNode>> it = definitions.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> d = it.next();
            String type = switch (d.getValue().path("type").asText("str")) {
                case "int" -> "integer";
                case "float" -> "number";
                case "bool" -> "boolean";
                case "list" -> "array";
                case "dict" -> "object";
                default -> "string";
            };
            props.putObject(d.getKey()).put("type", type);
        }
        return schema;
    }

    /**
     * The conversation after this turn, as the v1 API returns it: the request's chat_history, then this turn's
     * USER message (or TOOL results), then the CHATBOT reply with its tool calls.
     */
    private static ArrayNode chatHistory(JsonNode req, ObjectNode res) {
        ArrayNode history = SimJson.array();
        req.path("chat_history").forEach(history::add);
        if (req.path("tool_results").size() > 0) {
            history.addObject().put("role", "TOOL").set("tool_results", req.get("tool_results"));
        } else {
            history.addObject().put("role", "USER").put("message", req.path("message").asText(""));
        }
        ObjectNode bot = history.addObject().put("role", "CHATBOT").put("message", res.path("text").asText(""));
        if (res.has("tool_calls")) {
            bot.set("tool_calls", res.get("tool_calls"));
        }
        return history;
    }

    private static ObjectNode response(String generationId, SimReply reply, JsonNode req) {
        ObjectNode res = SimJson.object().put("response_id", UUID.randomUUID().toString())
                .put("generation_id", generationId);
        if (reply.hasToolCalls()) {
            res.put("text", reply.text().isEmpty() ? "I will call the tools." : reply.text());
            ArrayNode calls = res.putArray("tool_calls");
            for (SimToolCall c : reply.toolCalls()) {
                ObjectNode call = calls.addObject().put("name", c.name());
                JsonNode params = SimJson.readOrNull(c.arguments());
                call.set("parameters", params != null && params.isObject() ? params : SimJson.object());
            }
        } else {
            res.put("text", reply.text());
        }
        res.put("finish_reason", CohereV2Chat.finishReason(reply).equals("TOOL_CALL")
                ? "COMPLETE"
                : CohereV2Chat.finishReason(reply));
        if (req.path("search_queries_only").asBoolean(false)) {
            res.put("text", "");
            res.putArray("search_queries").addObject().put("text", req.path("message").asText())
                    .put("generation_id", generationId);
        }
        if (req.path("documents").size() > 0) {
            ArrayNode citations = res.putArray("citations");
            String text = res.path("text").asText();
            citations.addObject().put("start", 0).put("end", text.length()).put("text", text)
                    .putArray("document_ids").add(req.get("documents").get(0).path("id").asText("doc_0"));
            res.set("documents", req.get("documents"));
        }
        res.set("chat_history", chatHistory(req, res));
        ObjectNode meta = res.putObject("meta");
        meta.putObject("api_version").put("version", "1");
        meta.set("billed_units", CohereV2Chat.usage(reply).get("billed_units"));
        meta.set("tokens", CohereV2Chat.usage(reply).get("tokens"));
        return res;
    }
}
