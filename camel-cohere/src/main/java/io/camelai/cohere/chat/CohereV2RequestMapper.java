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
import io.camelai.support.MessageHeaders;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.SystemMessageRule;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.json.RequestBody;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.output.StructuredOutput;

/**
 * Builds a {@code /v2/chat} body from a chat call: the caller's own request (if any), then headers
 * ({@code CamelAiModel}, {@code CamelAiTemperature}, {@code CamelAiMaxTokens} win over it), then endpoint options,
 * each filling only what is still unset; the values sent are checked against the option's range. {@code extra.*}
 * keys go top level for what is still unset, never one of {@link V2ChatRequest#FIELDS}.
 */
final class CohereV2RequestMapper {

    private final JsonSchemaOption schemas;
    private final StructuredOutput output;

    CohereV2RequestMapper(JsonSchemaOption schemas, StructuredOutput output) {
        this.schemas = schemas;
        this.output = output;
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

    Map<String, Object> map(ChatCall<CohereConfiguration> call, boolean stream) {
        CohereConfiguration cfg = call.configuration();
        RequestBody b = RequestBody.of(call.nativeRequest(), V2ChatRequest.FIELDS, CohereConfiguration.class);
        List<Object> messages = b.list("messages");
        String system = SystemMessageRule.added(call, SystemMessageRule.hasSystemRole(messages), cfg.getPreamble());
        if (system != null) {
            messages.add(0, V2Message.system(system));
        }
        for (ChatMessage m : call.messages()) {
            messages.add(message(m));
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A Cohere v2 chat needs at least one message");
        }
        b.set("messages", messages);
        b.override("model", call.model()).fill("model", cfg.getModel());
        b.override("temperature", call.temperature()).fill("temperature", cfg.getTemperature())
                .check("temperature", "temperature");
        b.override("max_tokens", call.maxTokens()).fill("max_tokens", cfg.getMaxTokens())
                .check("max_tokens", "maxTokens");
        b.fill("p", cfg.getP()).fill("k", cfg.getK()).fill("seed", cfg.getSeed());
        b.fill("stop_sequences", cfg.getStopSequences()).check("stop_sequences", "stopSequences");
        b.fill("frequency_penalty", cfg.getFrequencyPenalty()).fill("presence_penalty", cfg.getPresencePenalty());
        b.fill("safety_mode", cfg.getSafetyMode());
        if (!call.tools().isEmpty()) {
            // the same function shape as OpenAI's (https://docs.cohere.com/v2/reference/chat)
            b.fill("tools", OpenAiChatFormat.tools(call.tools()));
        }
        b.fill("strict_tools", cfg.getStrictTools()).fill("logprobs", cfg.getLogprobs());
        b.fill("tool_choice", cfg.getToolChoice()).fill("priority", cfg.getPriority());
        b.fill("documents",
                documents(MessageHeaders.get(call.exchange().getMessage(), CohereConstants.DOCUMENTS, List.class)));
        b.fill("citation_options", cfg.getCitationQuality() == null ? null : Map.of("mode", cfg.getCitationQuality()));
        if (!b.has("response_format") && (cfg.getResponseFormat() != null || output.schema() != null)) {
            // outputClass: json_object with the class's json_schema (https://docs.cohere.com/reference/chat)
            Map<String, Object> format = new LinkedHashMap<>();
            format.put("type", output.schema() != null ? "json_object" : cfg.getResponseFormat());
            JsonNode schema = output.schema() != null ? output.schema() : schemas.get(cfg.getJsonSchema());
            if (schema != null) {
                format.put("json_schema", schema);
            }
            b.fill("response_format", format);
        }
        if (!b.has("thinking") && cfg.getThinking() != null) {
            Map<String, Object> thinking = new LinkedHashMap<>();
            thinking.put("type", cfg.getThinking());
            if (cfg.getThinkingTokenBudget() != null) {
                thinking.put("token_budget", cfg.getThinkingTokenBudget());
            }
            b.fill("thinking", thinking);
        }
        b.passThrough("extra.", cfg.getExtra());
        return b.stream(stream).map();
    }

    static V2Message message(ChatMessage m) {
        return switch (m.role()) {
            case SYSTEM -> V2Message.system(m.content());
            // images as image_url content parts for vision models (https://docs.cohere.com/docs/image-inputs)
            case USER -> m.parts().isEmpty()
                    ? V2Message.user(m.content())
                    : new V2Message("user", OpenAiChatFormat.contentParts(m), null, null, null);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
