package io.camelai.azure.inference.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.AzureInferenceConfiguration;
import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.support.chat.ChatCall;
import io.camelai.support.chat.ChatMessage;
import io.camelai.support.config.OptionValidator;
import io.camelai.support.json.AiJson;
import io.camelai.support.json.PassThrough;
import io.camelai.support.openai.OpenAiChatFormat;
import io.camelai.support.json.JsonSchemaOption;

import static io.camelai.support.config.Options.first;

/**
 * Builds a {@code /chat/completions} request from a chat call: the caller's own request (if any) first, then
 * headers, then endpoint options, each filling only what is still unset.
 */
final class AzureChatRequestMapper {

    private final JsonSchemaOption schemas;

    AzureChatRequestMapper(JsonSchemaOption schemas) {
        this.schemas = schemas;
    }

    ChatCompletionsRequest map(ChatCall call, boolean stream) {
        AzureInferenceConfiguration cfg = (AzureInferenceConfiguration) call.configuration();
        ChatCompletionsRequest req = call.nativeRequest() != null
                ? ((ChatCompletionsRequest) call.nativeRequest()).copy() : new ChatCompletionsRequest();
        List<Map<String, Object>> messages = new ArrayList<>(req.messages() == null ? List.of() : req.messages());
        if (call.systemMessage() != null) {
            messages.add(0, OpenAiChatFormat.message(ChatMessage.system(call.systemMessage())));
        }
        messages.addAll(OpenAiChatFormat.messages(call.messages()));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("An azure-inference chat needs at least one message");
        }
        req.messages(messages);
        req.model(first(call.model(), req.model(), cfg.getModel()));
        req.temperature(checked("temperature", first(call.temperature(), req.temperature(), cfg.getTemperature())));
        req.maxTokens(checked("maxTokens", first(call.maxTokens(), req.maxTokens(), cfg.getMaxTokens())));
        req.topP(first(req.topP(), cfg.getTopP()));
        req.stop(first(req.stop(), cfg.getStop()));
        req.presencePenalty(first(req.presencePenalty(), cfg.getPresencePenalty()));
        req.frequencyPenalty(first(req.frequencyPenalty(), cfg.getFrequencyPenalty()));
        req.seed(first(req.seed(), cfg.getSeed()));
        req.modalities(first(req.modalities(), cfg.getModalities()));
        if (req.responseFormat() == null && cfg.getResponseFormat() != null) {
            JsonNode schema = "json_schema".equals(cfg.getResponseFormat()) ? schemas.get(cfg.getJsonSchema()) : null;
            req.responseFormat(OpenAiChatFormat.responseFormat(cfg.getResponseFormat(), schema,
                    cfg.getJsonSchemaName(), cfg.getJsonSchemaStrict()));
        }
        if (req.tools() == null && !call.tools().isEmpty()) {
            req.tools(OpenAiChatFormat.tools(call.tools()));
        }
        if (req.toolChoice() == null) {
            req.toolChoice(OpenAiChatFormat.toolChoice(cfg.getToolChoice()));
        }
        // checked again for this exchange's configuration (CamelAiOptions may not set extra: endpoint only)
        PassThrough.check("extra.", cfg.getExtra(), ChatCompletionsRequest.FIELDS);
        if (cfg.getExtra() != null) {
            cfg.getExtra().forEach((k, v) -> {
                if (!req.extra().containsKey(k)) {
                    req.extra(k, AiJson.jsonOrString(v));
                }
            });
        }
        req.stream(stream ? Boolean.TRUE : null);
        return req;
    }

    private static <T> T checked(String option, T value) {
        OptionValidator.check(AzureInferenceConfiguration.class, option, value);
        return value;
    }
}
