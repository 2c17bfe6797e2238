package io.camelai.qianfan.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.support.MessageHeaders;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.json.RequestBody;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.output.StructuredOutput;

/**
 * Builds a v2 {@code /v2/chat/completions} body on the shared OpenAI-style request: the caller's own request first,
 * then headers, then endpoint options; {@code extraParameters.*} keys go top level for what is still unset, and may
 * never name one of the {@link #FIELDS} this component writes.
 */
final class QianfanV2RequestMapper {

    static final String DEFAULT_MODEL = "ernie-lite-8k";

    /** Every top-level key a v2 body gets from this component: no extraParameters key may name one. */
    static final Set<String> FIELDS = Set.of("messages", "model", "temperature", "max_completion_tokens", "top_p",
            "penalty_score", "stop", "user", "frequency_penalty", "presence_penalty", "logprobs", "top_logprobs",
            "metadata", "response_format", "tools", "tool_choice", "stream", "stream_options");

    private QianfanV2RequestMapper() {}

    static Map<String, Object> map(ChatCall<QianfanConfiguration> call, boolean stream, StructuredOutput output) {
        QianfanConfiguration cfg = call.configuration();
        RequestBody b = OpenAiChatFormat.body(call, FIELDS, QianfanConfiguration.class, cfg.getSystem(),
                "A Qianfan");
        b.fill("model", call.model(), cfg.getModel(), DEFAULT_MODEL);
        b.fill("temperature", call.temperature(), cfg.getTemperature());
        b.fill("max_completion_tokens", call.maxTokens(), cfg.getMaxOutputTokens());
        b.fill("top_p", cfg.getTopP()).fill("penalty_score", cfg.getPenaltyScore()).fill("stop", cfg.getStop());
        b.fill("user", MessageHeaders.get(call.exchange().getMessage(), QianfanConstants.USER_ID, String.class),
                cfg.getUserId());
        b.fill("frequency_penalty", cfg.getFrequencyPenalty()).fill("presence_penalty", cfg.getPresencePenalty());
        b.fill("logprobs", cfg.getLogprobs()).fill("top_logprobs", cfg.getTopLogprobs());
        b.fill("metadata", cfg.getMetadata());
        if (output.schema() != null) {
            // outputClass: the OpenAI-compatible json_schema format (https://cloud.baidu.com/doc/qianfan-api/s/3m7of64lb)
            b.fill("response_format", OpenAiChatFormat.responseFormat("json_schema", output.schema(),
                    output.schemaName(), true));
        }
        b.fill("response_format", cfg.getResponseFormat() == null ? null : Map.of("type", cfg.getResponseFormat()));
        // checked again for this exchange's configuration (CamelAiOptions may not set extraParameters: endpoint only)
        b.passThrough("extraParameters.", cfg.getExtraParameters());
        Map<String, Object> streamOptions = new LinkedHashMap<>();
        streamOptions.put("include_usage", true);
        return OpenAiChatFormat.finish(b, call, cfg.getToolChoice(), stream, streamOptions);
    }
}
