package io.camelai.azure.inference.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelai.support.config.Printable;
import io.camelai.support.json.PassThrough;
import io.camelai.support.json.WireRequest;

/**
 * The body of {@code POST /chat/completions}
 * (https://learn.microsoft.com/azure/ai-foundry/model-inference/reference/reference-model-inference-chat-completions).
 * Send one as the message body to control every field; endpoint options and headers fill only the fields left unset. Messages and tools are maps in the wire shape
 * ({@code {"role": "user", "content": ...}}), so image parts and new fields need no new types; {@link #extra} holds
 * top-level keys this API does not define (sent with {@code extra-parameters: pass-through}), never one of the fields
 * above ({@link #FIELDS}): the body never carries a key twice.
 */
public class ChatCompletionsRequest extends WireRequest<ChatCompletionsRequest> {

    /** The body keys of the fields below (model, messages, tools, stream, ...): no extra key may name one. */
    public static final Set<String> FIELDS = Set.of("messages", "model", "temperature", "top_p", "max_tokens",
            "stop", "presence_penalty", "frequency_penalty", "seed", "response_format", "tools", "tool_choice",
            "modalities", "stream");

    /** Extra top-level keys, sent as they are (read-only: add them with {@link #extra(String, Object)}). */
    public Map<String, Object> extra() {
        Map<String, Object> extra = new LinkedHashMap<>(fields());
        extra.keySet().removeAll(FIELDS);
        return Collections.unmodifiableMap(extra);
    }

    /**
     * Adds a top-level key this API does not define.
     *
     * @throws IllegalArgumentException when the key names a field of this request (set it with its own setter)
     */
    public ChatCompletionsRequest extra(String key, Object value) {
        PassThrough.checkKey("Extra key '" + Printable.of(key) + "' of a ChatCompletionsRequest", key, FIELDS);
        return put(key, value);
    }

    public List<Map<String, Object>> messages() {
        return get("messages", new TypeReference<>() {
        });
    }

    public ChatCompletionsRequest messages(List<Map<String, Object>> messages) {
        return set("messages", messages);
    }

    public String model() {
        return get("model", String.class);
    }

    public ChatCompletionsRequest model(String model) {
        return set("model", model);
    }

    public Double temperature() {
        return get("temperature", Double.class);
    }

    public ChatCompletionsRequest temperature(Double temperature) {
        return set("temperature", temperature);
    }

    public Double topP() {
        return get("top_p", Double.class);
    }

    public ChatCompletionsRequest topP(Double topP) {
        return set("top_p", topP);
    }

    public Integer maxTokens() {
        return get("max_tokens", Integer.class);
    }

    public ChatCompletionsRequest maxTokens(Integer maxTokens) {
        return set("max_tokens", maxTokens);
    }

    public List<String> stop() {
        return get("stop", new TypeReference<>() {
        });
    }

    public ChatCompletionsRequest stop(List<String> stop) {
        return set("stop", stop);
    }

    public Double presencePenalty() {
        return get("presence_penalty", Double.class);
    }

    public ChatCompletionsRequest presencePenalty(Double presencePenalty) {
        return set("presence_penalty", presencePenalty);
    }

    public Double frequencyPenalty() {
        return get("frequency_penalty", Double.class);
    }

    public ChatCompletionsRequest frequencyPenalty(Double frequencyPenalty) {
        return set("frequency_penalty", frequencyPenalty);
    }

    public Long seed() {
        return get("seed", Long.class);
    }

    public ChatCompletionsRequest seed(Long seed) {
        return set("seed", seed);
    }

    public Map<String, Object> responseFormat() {
        return get("response_format", new TypeReference<>() {
        });
    }

    public ChatCompletionsRequest responseFormat(Map<String, Object> responseFormat) {
        return set("response_format", responseFormat);
    }

    public List<Map<String, Object>> tools() {
        return get("tools", new TypeReference<>() {
        });
    }

    public ChatCompletionsRequest tools(List<Map<String, Object>> tools) {
        return set("tools", tools);
    }

    public Object toolChoice() {
        return get("tool_choice", Object.class);
    }

    public ChatCompletionsRequest toolChoice(Object toolChoice) {
        return set("tool_choice", toolChoice);
    }

    public List<String> modalities() {
        return get("modalities", new TypeReference<>() {
        });
    }

    public ChatCompletionsRequest modalities(List<String> modalities) {
        return set("modalities", modalities);
    }

    public Boolean stream() {
        return get("stream", Boolean.class);
    }

    public ChatCompletionsRequest stream(Boolean stream) {
        return set("stream", stream);
    }
}
