package io.camelai.azure.inference.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.camelai.support.config.Printable;
import io.camelai.support.json.PassThrough;

/**
 * The body of {@code POST /chat/completions}
 * (https://learn.microsoft.com/azure/ai-foundry/model-inference/reference/reference-model-inference-chat-completions).
 * Send one as the message body to control every field; endpoint options and headers fill only the fields left null. Messages and tools are maps in the wire shape
 * ({@code {"role": "user", "content": ...}}), so image parts and new fields need no new types; {@link #extra} holds
 * top-level keys this API does not define (sent with {@code extra-parameters: pass-through}), never one of the fields
 * above ({@link #FIELDS}): the body never carries a key twice.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ChatCompletionsRequest {

    /** The body keys of the fields below (model, messages, tools, stream, ...): no extra key may name one. */
    public static final Set<String> FIELDS = PassThrough.fieldsOf(ChatCompletionsRequest.class);

    private String model;
    private List<Map<String, Object>> messages = new ArrayList<>();
    private Double temperature;
    private Double topP;
    private Integer maxTokens;
    private List<String> stop;
    private Double presencePenalty;
    private Double frequencyPenalty;
    private Long seed;
    private Map<String, Object> responseFormat;
    private List<Map<String, Object>> tools;
    private Object toolChoice;
    private List<String> modalities;
    private Boolean stream;
    @JsonIgnore
    private final Map<String, Object> extra = new LinkedHashMap<>();

    /** Extra top-level keys, sent as they are (read-only: add them with {@link #extra(String, Object)}). */
    @JsonAnyGetter
    public Map<String, Object> extra() {
        return Collections.unmodifiableMap(extra);
    }

    /**
     * Adds a top-level key this API does not define.
     *
     * @throws IllegalArgumentException when the key names a field of this request (set it with its own setter)
     */
    @JsonAnySetter
    public ChatCompletionsRequest extra(String key, Object value) {
        PassThrough.checkKey("Extra key '" + Printable.of(key) + "' of a ChatCompletionsRequest", key, FIELDS);
        extra.put(key, value);
        return this;
    }

    public String model() {
        return model;
    }

    public ChatCompletionsRequest model(String model) {
        this.model = model;
        return this;
    }

    public List<Map<String, Object>> messages() {
        return messages;
    }

    public ChatCompletionsRequest messages(List<Map<String, Object>> messages) {
        this.messages = messages;
        return this;
    }

    public Double temperature() {
        return temperature;
    }

    public ChatCompletionsRequest temperature(Double temperature) {
        this.temperature = temperature;
        return this;
    }

    public Double topP() {
        return topP;
    }

    public ChatCompletionsRequest topP(Double topP) {
        this.topP = topP;
        return this;
    }

    public Integer maxTokens() {
        return maxTokens;
    }

    public ChatCompletionsRequest maxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
        return this;
    }

    public List<String> stop() {
        return stop;
    }

    public ChatCompletionsRequest stop(List<String> stop) {
        this.stop = stop;
        return this;
    }

    public Double presencePenalty() {
        return presencePenalty;
    }

    public ChatCompletionsRequest presencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
        return this;
    }

    public Double frequencyPenalty() {
        return frequencyPenalty;
    }

    public ChatCompletionsRequest frequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
        return this;
    }

    public Long seed() {
        return seed;
    }

    public ChatCompletionsRequest seed(Long seed) {
        this.seed = seed;
        return this;
    }

    public Map<String, Object> responseFormat() {
        return responseFormat;
    }

    public ChatCompletionsRequest responseFormat(Map<String, Object> responseFormat) {
        this.responseFormat = responseFormat;
        return this;
    }

    public List<Map<String, Object>> tools() {
        return tools;
    }

    public ChatCompletionsRequest tools(List<Map<String, Object>> tools) {
        this.tools = tools;
        return this;
    }

    public Object toolChoice() {
        return toolChoice;
    }

    public ChatCompletionsRequest toolChoice(Object toolChoice) {
        this.toolChoice = toolChoice;
        return this;
    }

    public List<String> modalities() {
        return modalities;
    }

    public ChatCompletionsRequest modalities(List<String> modalities) {
        this.modalities = modalities;
        return this;
    }

    public Boolean stream() {
        return stream;
    }

    public ChatCompletionsRequest stream(Boolean stream) {
        this.stream = stream;
        return this;
    }

}
