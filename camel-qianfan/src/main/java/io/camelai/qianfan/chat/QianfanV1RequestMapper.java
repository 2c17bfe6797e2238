package io.camelai.qianfan.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.support.MessageHeaders;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.chat.Role;
import io.camelai.support.chat.SystemMessageRule;
import io.camelai.support.chat.ToolCall;
import io.camelai.support.chat.ToolDefinition;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.RequestBody;
import io.camelai.support.output.StructuredOutput;

/**
 * Builds a v1 chat body: system messages go to {@code system} (v1 has no system role), tool
 * calls to the assistant's {@code function_call} and tool results to {@code function} messages with the tool's name,
 * tools to {@code functions}. Precedence: the caller's own request, then headers, then endpoint options.
 */
final class QianfanV1RequestMapper {

    /** Every top-level key a v1 body gets from this component (extraParameters.* go inside extra_parameters). */
    static final Set<String> FIELDS = Set.of("messages", "system", "temperature", "top_p", "top_k", "penalty_score",
            "stop", "disable_search", "enable_citation", "enable_trace", "min_output_tokens", "max_output_tokens",
            "response_format", "user_id", "logprobs", "top_logprobs", "frequency_penalty", "presence_penalty",
            "enable_system_memory", "system_memory_id", "enable_user_memory", "user_memory_extract_level",
            "metadata", "extra_parameters", "functions", "tool_choice", "stream");

    /** How a refused image names this API and the one to use (https://cloud.baidu.com/doc/qianfan-api/s/rm7u7qdiq). */
    static final String NO_IMAGES = "A Qianfan apiVersion=v1 chat (use apiVersion=v2 with a vision model such as"
            + " ernie-4.5-turbo-vl-32k)";

    /** What v1 is told instead of a schema parameter it does not have; the schema follows. */
    static final String SCHEMA_INSTRUCTION = "Answer with one JSON object only, no other text, that conforms to"
            + " this JSON Schema:\n";

    private final QianfanFunctionExtras functionExtras;
    private final StructuredOutput output;

    QianfanV1RequestMapper(QianfanFunctionExtras functionExtras, StructuredOutput output) {
        this.functionExtras = functionExtras;
        this.output = output;
    }

    Map<String, Object> map(ChatCall<QianfanConfiguration> call, boolean stream) {
        QianfanConfiguration cfg = call.configuration();
        RequestBody b = RequestBody.of(call.nativeRequest(), FIELDS, QianfanConfiguration.class);
        List<Object> messages = b.list("messages");
        List<String> systems = new ArrayList<>();
        for (ChatMessage m : call.messages()) {
            if (m.role() == Role.SYSTEM) {
                systems.add(m.content());
            } else {
                messages.add(message(m));
            }
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A Qianfan chat needs at least one user message");
        }
        b.set("messages", messages);
        b.fill("system", systems.isEmpty() ? null : String.join("\n", systems),
                SystemMessageRule.added(call, false, cfg.getSystem()));
        if (output.schema() != null) {
            // v1's response_format is only text or json_object (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/clntwmv7t):
            // the schema goes to the system instruction, after the route's own
            Object system = b.map().get("system");
            b.set("system", (system == null ? "" : system + "\n\n") + SCHEMA_INSTRUCTION
                    + AiJson.writeString(output.schema()));
            b.fill("response_format", "json_object");
        }
        b.fill("temperature", call.temperature(), cfg.getTemperature());
        b.fill("top_p", cfg.getTopP()).fill("top_k", cfg.getTopK()).fill("penalty_score", cfg.getPenaltyScore());
        b.fill("stop", cfg.getStop()).fill("disable_search", cfg.getDisableSearch());
        b.fill("enable_citation", cfg.getEnableCitation()).fill("enable_trace", cfg.getEnableTrace());
        b.fill("min_output_tokens", cfg.getMinOutputTokens());
        b.fill("max_output_tokens", call.maxTokens(), cfg.getMaxOutputTokens());
        b.fill("response_format", cfg.getResponseFormat());
        b.fill("user_id", MessageHeaders.get(call.exchange().getMessage(), QianfanConstants.USER_ID, String.class),
                cfg.getUserId());
        b.fill("logprobs", cfg.getLogprobs()).fill("top_logprobs", cfg.getTopLogprobs());
        b.fill("frequency_penalty", cfg.getFrequencyPenalty()).fill("presence_penalty", cfg.getPresencePenalty());
        b.fill("enable_system_memory", cfg.getEnableSystemMemory()).fill("system_memory_id", cfg.getSystemMemoryId());
        b.fill("enable_user_memory", cfg.getEnableUserMemory());
        b.fill("user_memory_extract_level", cfg.getUserMemoryExtractLevel());
        b.fill("metadata", cfg.getMetadata());
        if (cfg.getExtraParameters() != null && !b.has("extra_parameters")) {
            Map<String, Object> extra = new LinkedHashMap<>();
            cfg.getExtraParameters().forEach((k, v) -> extra.put(k, AiJson.jsonOrString(v)));
            b.fill("extra_parameters", extra);
        }
        if (!call.tools().isEmpty()) {
            b.fill("functions", functions(call.tools(), functionExtras));
        }
        b.fill("tool_choice", cfg.getToolChoice() == null
                ? null
                : Map.of("type", "function", "function", Map.of("name", cfg.getToolChoice())));
        return b.stream(stream).map();
    }

    static Map<String, Object> message(ChatMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (m.role()) {
            case USER -> {
                out.put("role", "user");
                out.put("content", m.textOnly(NO_IMAGES));
            }
            case ASSISTANT -> {
                out.put("role", "assistant");
                out.put("content", m.content() == null ? "" : m.content());
                if (m.hasToolCalls()) {
                    // v1 carries one function call per assistant turn (the API never asks for more at once)
                    ToolCall c = m.toolCalls().get(0);
                    out.put("function_call", Map.of("name", c.name(), "arguments", c.arguments()));
                }
            }
            case TOOL -> {
                out.put("role", "function");
                out.put("name", m.name());
                out.put("content", m.content());
            }
            default -> throw new IllegalStateException("system messages go to the system field");
        }
        return out;
    }

    static List<Map<String, Object>> functions(List<ToolDefinition> tools, QianfanFunctionExtras extras) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolDefinition t : tools) {
            Map<String, Object> fn = new LinkedHashMap<>();
            fn.put("name", t.name());
            // description is required by the v1 API
            fn.put("description", t.description() != null ? t.description() : t.name());
            fn.put("parameters", t.parameters());
            extras.addTo(fn, t.name());
            out.add(fn);
        }
        return out;
    }
}
