package io.camelai.cohere.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.api.V2ChatRequest;
import io.camelai.cohere.api.V2Message;
import io.camelai.cohere.api.V2ToolCall;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.JsonSchemaOption;

import static io.camelai.support.config.Options.first;

/**
 * Builds a {@code /v2/chat} request from a chat call: the caller's own request (if any) first, then headers, then
 * endpoint options, each filling only what is still unset. Header overrides are checked against the option's range.
 */
final class CohereV2RequestMapper {

    private final JsonSchemaOption schemas;

    CohereV2RequestMapper(JsonSchemaOption schemas) {
        this.schemas = schemas;
    }

    /** v2 documents: Strings as they are, Maps as {@code {"id"?, "data": {...}}} (an {@code id} key becomes the id). */
    static List<Object> documents(List<?> documents) {
        if (documents == null || documents.isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>(documents.size());
        for (Object d : documents) {
            if (d instanceof Map<?, ?> m && !m.containsKey("data")) {
                Map<String, Object> data = new LinkedHashMap<>();
                m.forEach((k, v) -> {
                    if (!"id".equals(k)) {
                        data.put(String.valueOf(k), v);
                    }
                });
                Map<String, Object> doc = new LinkedHashMap<>();
                if (m.get("id") != null) {
                    doc.put("id", String.valueOf(m.get("id")));
                }
                doc.put("data", data);
                out.add(doc);
            } else {
                out.add(d instanceof Map<?, ?> ? d : String.valueOf(d));
            }
        }
        return out;
    }

    V2ChatRequest map(ChatCall call, boolean stream) {
        CohereConfiguration cfg = (CohereConfiguration) call.configuration();
        V2ChatRequest req = call.nativeRequest() != null
                ? ((V2ChatRequest) call.nativeRequest()).copy() : new V2ChatRequest();
        List<V2Message> messages = new ArrayList<>(req.messages() == null ? List.of() : req.messages());
        String system = call.systemMessage() != null ? call.systemMessage() : cfg.getPreamble();
        // a request given as the body that has its own system message is sent as given: no second one is added
        if (system != null && messages.stream().noneMatch(m -> "system".equals(m.role()))) {
            messages.add(0, V2Message.system(system));
        }
        for (ChatMessage m : call.messages()) {
            messages.add(message(m));
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A Cohere v2 chat needs at least one message");
        }
        req.messages(messages);
        req.model(first(call.model(), req.model(), cfg.getModel()));
        req.temperature(checked("temperature", first(call.temperature(), req.temperature(), cfg.getTemperature())));
        req.maxTokens(checked("maxTokens", first(call.maxTokens(), req.maxTokens(), cfg.getMaxTokens())));
        req.p(first(req.p(), cfg.getP()));
        req.k(first(req.k(), cfg.getK()));
        req.seed(first(req.seed(), cfg.getSeed()));
        req.stopSequences(checked("stopSequences", first(req.stopSequences(), cfg.getStopSequences())));
        req.frequencyPenalty(first(req.frequencyPenalty(), cfg.getFrequencyPenalty()));
        req.presencePenalty(first(req.presencePenalty(), cfg.getPresencePenalty()));
        req.safetyMode(first(req.safetyMode(), cfg.getSafetyMode()));
        if (req.tools() == null && !call.tools().isEmpty()) {
            req.tools(tools(call.tools()));
        }
        req.strictTools(first(req.strictTools(), cfg.getStrictTools()));
        req.logprobs(first(req.logprobs(), cfg.getLogprobs()));
        req.toolChoice(first(req.toolChoice(), cfg.getToolChoice()));
        req.priority(first(req.priority(), cfg.getPriority()));
        if (req.documents() == null) {
            req.documents(documents(call.exchange().getMessage().getHeader(CohereConstants.DOCUMENTS, List.class)));
        }
        if (req.citationOptions() == null && cfg.getCitationQuality() != null) {
            req.citationOptions(Map.of("mode", cfg.getCitationQuality()));
        }
        if (req.responseFormat() == null && cfg.getResponseFormat() != null) {
            Map<String, Object> format = new LinkedHashMap<>();
            format.put("type", cfg.getResponseFormat());
            JsonNode schema = schemas.get(cfg.getJsonSchema());
            if (schema != null) {
                format.put("json_schema", schema);
            }
            req.responseFormat(format);
        }
        if (req.thinking() == null && cfg.getThinking() != null) {
            Map<String, Object> thinking = new LinkedHashMap<>();
            thinking.put("type", cfg.getThinking());
            if (cfg.getThinkingTokenBudget() != null) {
                thinking.put("token_budget", cfg.getThinkingTokenBudget());
            }
            req.thinking(thinking);
        }
        req.stream(stream ? Boolean.TRUE : null);
        return req;
    }

    private <T> T checked(String option, T value) {
        OptionValidator.check(CohereConfiguration.class, option, value);
        return value;
    }

    static V2Message message(ChatMessage m) {
        return switch (m.role()) {
            case SYSTEM -> V2Message.system(m.content());
            case USER -> V2Message.user(m.content());
            case ASSISTANT -> m.hasToolCalls() ? assistantWithCalls(m) : V2Message.assistant(m.content());
            case TOOL -> new V2Message("tool", toolContent(m.content()), null, null, m.toolCallId());
        };
    }

    /**
     * An assistant turn that asked for tools goes back as Cohere's tool-use flow sends it: its {@code tool_calls} and
     * its {@code tool_plan} (https://docs.cohere.com/v2/docs/tool-use). A turn without a plan of its own (from v1,
     * another provider, or written by hand) sends its text as the plan; text next to a plan stays the content.
     */
    private static V2Message assistantWithCalls(ChatMessage m) {
        boolean ownPlan = m.toolPlan() != null;
        return new V2Message("assistant", ownPlan ? blankToNull(m.content()) : null,
                ownPlan ? m.toolPlan() : blankToNull(m.content()), toolCalls(m.toolCalls()), null);
    }

    private static List<V2ToolCall> toolCalls(List<ToolCall> calls) {
        return calls.stream().map(c -> V2ToolCall.of(c.id(), c.name(), c.arguments())).toList();
    }

    /** A tool result as a document part when it is a JSON object (so it can be cited), else as text. */
    private static Object toolContent(String json) {
        JsonNode node = AiJson.readTreeOrNull(json);
        if (node != null && node.isObject()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("type", "document");
            part.put("document", Map.of("data", node));
            return List.of(part);
        }
        return json == null ? "" : json;
    }

    static List<Map<String, Object>> tools(List<ToolDefinition> tools) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolDefinition t : tools) {
            Map<String, Object> fn = new LinkedHashMap<>();
            fn.put("name", t.name());
            if (t.description() != null) {
                fn.put("description", t.description());
            }
            fn.put("parameters", t.parameters());
            out.add(Map.of("type", "function", "function", fn));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
