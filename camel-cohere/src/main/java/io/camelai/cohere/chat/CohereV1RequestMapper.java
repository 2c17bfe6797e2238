package io.camelai.cohere.chat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.api.V1ChatRequest;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.SystemMessageRule;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.http.SecretMasker;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.json.RequestBody;
import io.camelai.support.output.StructuredOutput;

/**
 * Builds a {@code /v1/chat} body: the last user turn is {@code message}, earlier turns {@code chat_history} (USER,
 * CHATBOT with {@code tool_calls}, SYSTEM, TOOL), results answering the last turn's tool calls {@code tool_results}
 * (with an empty message, as v1 expects), tools as {@code parameter_definitions} with Python type names;
 * {@code extra.*} keys for what is still unset, never one of {@link V1ChatRequest#FIELDS}.
 */
final class CohereV1RequestMapper {

    /** How a refused image names this API and the one to use (https://docs.cohere.com/docs/image-inputs). */
    static final String NO_IMAGES = "A Cohere apiVersion=v1 chat (use apiVersion=v2 with a vision model such as"
            + " command-a-vision-07-2025)";

    private final JsonSchemaOption schemas;
    private final StructuredOutput output;
    /** Where a user's connector access token goes, so logs and messages never show it. */
    private final SecretMasker masker;

    CohereV1RequestMapper(JsonSchemaOption schemas, StructuredOutput output, SecretMasker masker) {
        this.masker = masker;
        this.schemas = schemas;
        this.output = output;
    }

    Map<String, Object> map(ChatCall<CohereConfiguration> call, boolean stream) {
        CohereConfiguration cfg = call.configuration();
        RequestBody b = RequestBody.of(call.nativeRequest(), V1ChatRequest.FIELDS, CohereConfiguration.class);
        List<ChatMessage> conversation = call.messages();
        int end = conversation.size();
        List<ChatMessage> results = new ArrayList<>();
        while (end > 0 && conversation.get(end - 1).role() == Role.TOOL) {
            results.add(0, conversation.get(--end));
        }
        List<Object> history = b.list("chat_history");
        if (!results.isEmpty()) {
            history.addAll(history(conversation.subList(0, end)));
            b.set("message", "").set("tool_results", toolResults(results, conversation.subList(0, end)));
        } else if (end > 0) {
            ChatMessage last = conversation.get(end - 1);
            if (last.role() != Role.USER) {
                throw new IllegalArgumentException("A Cohere v1 chat must end with a user message (or tool results);"
                        + " the conversation ends with a " + last.role() + " message");
            }
            history.addAll(history(conversation.subList(0, end - 1)));
            b.set("message", last.textOnly(NO_IMAGES));
        }
        if (!b.has("message")) {
            throw new IllegalArgumentException("A Cohere v1 chat needs a message");
        }
        if (!history.isEmpty()) {
            b.set("chat_history", history);
        }
        b.fill("model", call.model(), cfg.getModel());
        b.fill("preamble", SystemMessageRule.added(call, false, cfg.getPreamble()));
        b.fill("temperature", call.temperature(), cfg.getTemperature());
        b.fill("max_tokens", call.maxTokens(), cfg.getMaxTokens());
        b.fill("max_input_tokens", cfg.getMaxInputTokens()).fill("k", cfg.getK()).fill("p", cfg.getP());
        b.fill("seed", cfg.getSeed()).fill("stop_sequences", cfg.getStopSequences());
        b.fill("frequency_penalty", cfg.getFrequencyPenalty()).fill("presence_penalty", cfg.getPresencePenalty());
        // v1 spells "no safety instruction" NONE where v2 says OFF: accept either on both versions
        b.fill("safety_mode", "OFF".equals(cfg.getSafetyMode()) ? "NONE" : cfg.getSafetyMode());
        b.fill("conversation_id", call.exchange().getMessage().getHeader(CohereConstants.CONVERSATION_ID,
                String.class), cfg.getConversationId());
        b.fill("connectors", CohereV1Connectors.of(cfg, call.exchange().getMessage(), masker));
        b.fill("prompt_truncation", cfg.getPromptTruncation()).fill("search_queries_only", cfg.getSearchQueriesOnly());
        b.fill("documents", documents(call.exchange().getMessage().getHeader(CohereConstants.DOCUMENTS,
                List.class)));
        b.fill("citation_quality", cfg.getCitationQuality()).fill("force_single_step", cfg.getForceSingleStep());
        b.fill("raw_prompting", cfg.getRawPrompting()).fill("return_prompt", cfg.getReturnPrompt());
        if (!b.has("response_format") && (cfg.getResponseFormat() != null || output.schema() != null)) {
            // outputClass: json_object with the class's schema (https://docs.cohere.com/v1/reference/chat)
            Map<String, Object> format = new LinkedHashMap<>();
            format.put("type", output.schema() != null ? "json_object" : cfg.getResponseFormat());
            JsonNode schema = output.schema() != null ? output.schema() : schemas.get(cfg.getJsonSchema());
            if (schema != null) {
                format.put("schema", schema);
            }
            b.fill("response_format", format);
        }
        if (!call.tools().isEmpty()) {
            b.fill("tools", tools(call.tools()));
        } else if (b.has("tool_results")) {
            // v1 rejects tool_results without tools: describe the called tools from the calls themselves
            b.fill("tools", toolsFromCalls(conversation));
        }
        b.passThrough("extra.", cfg.getExtra());
        return b.stream(stream).map();
    }

    private static List<Object> history(List<ChatMessage> messages) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            switch (m.role()) {
                case SYSTEM -> entry.put("role", "SYSTEM");
                case USER -> entry.put("role", "USER");
                case ASSISTANT -> entry.put("role", "CHATBOT");
                case TOOL -> {
                    List<ChatMessage> group = new ArrayList<>();
                    while (i < messages.size() && messages.get(i).role() == Role.TOOL) {
                        group.add(messages.get(i++));
                    }
                    i--;
                    entry.put("role", "TOOL");
                    entry.put("tool_results", toolResults(group, messages));
                    out.add(entry);
                    continue;
                }
            }
            // a v2 turn keeps its plan apart from its (empty) text; v1 carries the plan as the message
            String text = (m.content() == null || m.content().isBlank()) && m.toolPlan() != null
                    ? m.toolPlan()
                    : m.textOnly(NO_IMAGES);
            entry.put("message", text == null ? "" : text);
            if (m.hasToolCalls()) {
                entry.put("tool_calls", m.toolCalls().stream().map(CohereV1RequestMapper::call).toList());
            }
            out.add(entry);
        }
        return out;
    }

    /** Each result with the call it answers (found by id among the assistant turns), its output as a list of objects. */
    private static List<Object> toolResults(List<ChatMessage> results, List<ChatMessage> before) {
        List<Object> out = new ArrayList<>();
        for (ChatMessage r : results) {
            ToolCall call = null;
            for (ChatMessage m : before) {
                for (ToolCall c : m.toolCalls()) {
                    if (c.id() != null && c.id().equals(r.toolCallId())) {
                        call = c;
                    }
                }
            }
            if (call == null) {
                call = new ToolCall(r.toolCallId(), r.name() == null ? "unknown" : r.name(), "{}");
            }
            JsonNode output = AiJson.readTreeOrNull(r.content());
            Object outputs = output != null && output.isObject()
                    ? List.of(output)
                    : output != null && output.isArray()
                            ? output
                            : List.of(Map.of("result", String.valueOf(r.content())));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("call", call(call));
            result.put("outputs", outputs);
            out.add(result);
        }
        return out;
    }

    private static Map<String, Object> call(ToolCall c) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("name", c.name());
        JsonNode params = AiJson.readTreeOrNull(c.arguments());
        call.put("parameters", params != null && params.isObject() ? params : Map.of());
        return call;
    }

    /** v1 documents are maps of strings: Maps as they are, other values as {@code {"text": value}}. */
    private static List<Object> documents(List<?> documents) {
        if (documents == null || documents.isEmpty()) {
            return null;
        }
        return documents.stream().map(d -> d instanceof Map<?, ?> ? (Object) d : Map.of("text", String.valueOf(d)))
                .toList();
    }

    /** JSON Schema objects as v1 {@code parameter_definitions} with Python type names. */
    static List<Map<String, Object>> tools(List<ToolDefinition> tools) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolDefinition t : tools) {
            Map<String, Object> tool = new LinkedHashMap<>();
            tool.put("name", t.name());
            tool.put("description", t.description() != null ? t.description() : t.name());
            Map<String, Object> params = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            t.parameters().path("required").forEach(r -> required.add(r.asText()));
            Iterator<Map.Entry<String, JsonNode>> it = t.parameters().path("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                Map<String, Object> def = new LinkedHashMap<>();
                def.put("type", pythonType(p.getValue().path("type").asText("string")));
                if (p.getValue().hasNonNull("description")) {
                    def.put("description", p.getValue().get("description").asText());
                }
                def.put("required", required.contains(p.getKey()));
                params.put(p.getKey(), def);
            }
            if (!params.isEmpty()) {
                tool.put("parameter_definitions", params);
            }
            out.add(tool);
        }
        return out;
    }

    /** Minimal definitions of the tools a conversation called, their parameters typed from the call arguments. */
    static List<Map<String, Object>> toolsFromCalls(List<ChatMessage> conversation) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (ChatMessage m : conversation) {
            for (ToolCall c : m.toolCalls()) {
                Map<String, Object> tool = byName.computeIfAbsent(c.name(), n -> {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("name", n);
                    t.put("description", n);
                    t.put("parameter_definitions", new LinkedHashMap<String, Object>());
                    return t;
                });
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) tool.get("parameter_definitions");
                JsonNode args = AiJson.readTreeOrNull(c.arguments());
                if (args != null) {
                    args.fields().forEachRemaining(a -> params.putIfAbsent(a.getKey(),
                            Map.of("type", pythonType(jsonType(a.getValue())), "required", false)));
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static String jsonType(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "string";
    }

    static String pythonType(String jsonType) {
        return switch (jsonType) {
            case "integer" -> "int";
            case "number" -> "float";
            case "boolean" -> "bool";
            case "array" -> "list";
            case "object" -> "dict";
            default -> "str";
        };
    }
}
