package io.camelai.azure.inference.chat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.AzureInferenceConfiguration;
import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.json.JsonSchemaOption;
import io.camelai.support.json.RequestBody;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.output.StructuredOutput;

/**
 * Builds a {@code /chat/completions} body from a chat call on the shared OpenAI-style request: the caller's own
 * request (if any), then headers ({@code CamelAiModel}, {@code CamelAiTemperature}, {@code CamelAiMaxTokens} win
 * over it), then endpoint options, each filling only what is still unset; {@code extra.*} keys for the rest.
 */
final class AzureChatRequestMapper {

    private final JsonSchemaOption schemas;
    private final StructuredOutput output;

    AzureChatRequestMapper(JsonSchemaOption schemas, StructuredOutput output) {
        this.schemas = schemas;
        this.output = output;
    }

    Map<String, Object> map(ChatCall<AzureInferenceConfiguration> call, boolean stream) {
        AzureInferenceConfiguration cfg = call.configuration();
        RequestBody b = OpenAiChatFormat.body(call, ChatCompletionsRequest.FIELDS, AzureInferenceConfiguration.class,
                null, "An azure-inference");
        b.override("model", call.model()).fill("model", cfg.getModel());
        b.override("temperature", call.temperature()).fill("temperature", cfg.getTemperature())
                .check("temperature", "temperature");
        b.override("max_tokens", call.maxTokens()).fill("max_tokens", cfg.getMaxTokens())
                .check("max_tokens", "maxTokens");
        b.fill("top_p", cfg.getTopP()).fill("stop", cfg.getStop()).fill("presence_penalty", cfg.getPresencePenalty());
        b.fill("frequency_penalty", cfg.getFrequencyPenalty()).fill("seed", cfg.getSeed());
        b.fill("modalities", cfg.getModalities());
        if (!b.has("response_format") && output.schema() != null) {
            // outputClass: json_schema, strict unless jsonSchemaStrict=false
            // (https://learn.microsoft.com/en-us/rest/api/aifoundry/model-inference/get-chat-completions/get-chat-completions)
            b.fill("response_format", OpenAiChatFormat.responseFormat("json_schema", output.schema(),
                    cfg.getJsonSchemaName() != null ? cfg.getJsonSchemaName() : output.schemaName(),
                    cfg.getJsonSchemaStrict() == null || cfg.getJsonSchemaStrict()));
        } else if (!b.has("response_format") && cfg.getResponseFormat() != null) {
            JsonNode schema = "json_schema".equals(cfg.getResponseFormat()) ? schemas.get(cfg.getJsonSchema()) : null;
            b.fill("response_format", OpenAiChatFormat.responseFormat(cfg.getResponseFormat(), schema,
                    cfg.getJsonSchemaName(), cfg.getJsonSchemaStrict()));
        }
        // checked again for this exchange's configuration (CamelAiOptions may not set extra: endpoint only)
        b.passThrough("extra.", cfg.getExtra());
        return OpenAiChatFormat.finish(b, call, cfg.getToolChoice(), stream, null);
    }
}
