package io.camelai.qianfan.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.qianfan.api.QianfanChatRequest;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.openai.OpenAiChatFormat;

/**
 * Builds a v2 {@code /v2/chat/completions} body (OpenAI-style): the caller's own request first, then headers, then
 * endpoint options; {@code extraParameters.*} keys go top level for what is still unset, and may never name one of
 * the {@link #FIELDS} this component writes.
 */
final class QianfanV2RequestMapper {

    static final String DEFAULT_MODEL = "ernie-lite-8k";

    /** Every top-level key a v2 body gets from this component: no extraParameters key may name one. */
    static final Set<String> FIELDS = Set.of("messages", "model", "temperature", "max_completion_tokens", "top_p",
            "penalty_score", "stop", "user", "frequency_penalty", "presence_penalty", "logprobs", "top_logprobs",
            "metadata", "response_format", "tools", "tool_choice", "stream", "stream_options");

    private QianfanV2RequestMapper() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(ChatCall call, boolean stream) {
        QianfanConfiguration cfg = (QianfanConfiguration) call.configuration();
        QianfanChatRequest own = call.nativeRequest() != null ? ((QianfanChatRequest) call.nativeRequest()).copy()
                : new QianfanChatRequest();
        Map<String, Object> body = own.fields();
        List<Object> messages = new ArrayList<>((List<Object>) body.getOrDefault("messages", List.of()));
        if (call.systemMessage() != null) {
            messages.add(0, OpenAiChatFormat.message(ChatMessage.system(call.systemMessage())));
        } else if (cfg.getSystem() != null && messages.isEmpty()) {
            messages.add(OpenAiChatFormat.message(ChatMessage.system(cfg.getSystem())));
        }
        messages.addAll(OpenAiChatFormat.messages(call.messages()));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A Qianfan chat needs at least one message");
        }
        QianfanRequestBody b = new QianfanRequestBody(body, FIELDS);
        b.set("messages", messages);
        b.fill("model", call.model(), cfg.getModel(), DEFAULT_MODEL);
        b.checked("temperature", "temperature", call.temperature(), QianfanRequestBody.modelScope(call));
        b.fill("temperature", cfg.getTemperature());
        b.checked("max_completion_tokens", "maxOutputTokens", call.maxTokens());
        b.fill("max_completion_tokens", cfg.getMaxOutputTokens());
        b.fill("top_p", cfg.getTopP()).fill("penalty_score", cfg.getPenaltyScore()).fill("stop", cfg.getStop());
        b.fill("user", call.exchange().getMessage().getHeader(QianfanConstants.USER_ID, String.class),
                cfg.getUserId());
        b.fill("frequency_penalty", cfg.getFrequencyPenalty()).fill("presence_penalty", cfg.getPresencePenalty());
        b.fill("logprobs", cfg.getLogprobs()).fill("top_logprobs", cfg.getTopLogprobs());
        b.fill("metadata", cfg.getMetadata());
        if (cfg.getResponseFormat() != null) {
            b.fill("response_format", Map.of("type", cfg.getResponseFormat()));
        }
        if (!call.tools().isEmpty()) {
            b.fill("tools", OpenAiChatFormat.tools(call.tools()));
        }
        b.fill("tool_choice", OpenAiChatFormat.toolChoice(cfg.getToolChoice()));
        // checked again for this exchange's configuration (CamelAiOptions may not set extraParameters: endpoint only)
        b.passThrough("extraParameters.", cfg.getExtraParameters());
        b.remove("stream");
        if (stream) {
            b.set("stream", true);
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("include_usage", true);
            b.fill("stream_options", options);
        }
        return body;
    }
}
