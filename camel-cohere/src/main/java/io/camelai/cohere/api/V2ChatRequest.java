package io.camelai.cohere.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/**
 * The body of {@code POST /v2/chat}. Send one as the message body to control every field; endpoint options and
 * headers fill only the fields left null. Serialised with snake_case keys, nulls omitted.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class V2ChatRequest {

    private String model;
    private List<V2Message> messages = new ArrayList<>();
    private Boolean stream;
    private List<Map<String, Object>> tools;
    private Boolean strictTools;
    private List<Object> documents;
    private Map<String, Object> citationOptions;
    private Map<String, Object> responseFormat;
    private String safetyMode;
    private Integer maxTokens;
    private List<String> stopSequences;
    private Double temperature;
    private Long seed;
    private Double frequencyPenalty;
    private Double presencePenalty;
    private Integer k;
    private Double p;
    private Boolean logprobs;
    private String toolChoice;
    private Map<String, Object> thinking;
    private Integer priority;

    public String model() {
        return model;
    }

    public V2ChatRequest model(String model) {
        this.model = model;
        return this;
    }

    public List<V2Message> messages() {
        return messages;
    }

    public V2ChatRequest messages(List<V2Message> messages) {
        this.messages = messages;
        return this;
    }

    public V2ChatRequest addMessage(V2Message message) {
        this.messages.add(message);
        return this;
    }

    public Boolean stream() {
        return stream;
    }

    public V2ChatRequest stream(Boolean stream) {
        this.stream = stream;
        return this;
    }

    public List<Map<String, Object>> tools() {
        return tools;
    }

    /** {@code [{type: "function", function: {name, description, parameters}}]}. */
    public V2ChatRequest tools(List<Map<String, Object>> tools) {
        this.tools = tools;
        return this;
    }

    public Boolean strictTools() {
        return strictTools;
    }

    public V2ChatRequest strictTools(Boolean strictTools) {
        this.strictTools = strictTools;
        return this;
    }

    public List<Object> documents() {
        return documents;
    }

    /** Strings, or {@code {id?, data: {...}}} objects. */
    public V2ChatRequest documents(List<Object> documents) {
        this.documents = documents;
        return this;
    }

    public Map<String, Object> citationOptions() {
        return citationOptions;
    }

    public V2ChatRequest citationOptions(Map<String, Object> citationOptions) {
        this.citationOptions = citationOptions;
        return this;
    }

    public Map<String, Object> responseFormat() {
        return responseFormat;
    }

    public V2ChatRequest responseFormat(Map<String, Object> responseFormat) {
        this.responseFormat = responseFormat;
        return this;
    }

    public String safetyMode() {
        return safetyMode;
    }

    public V2ChatRequest safetyMode(String safetyMode) {
        this.safetyMode = safetyMode;
        return this;
    }

    public Integer maxTokens() {
        return maxTokens;
    }

    public V2ChatRequest maxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
        return this;
    }

    public List<String> stopSequences() {
        return stopSequences;
    }

    public V2ChatRequest stopSequences(List<String> stopSequences) {
        this.stopSequences = stopSequences;
        return this;
    }

    public Double temperature() {
        return temperature;
    }

    public V2ChatRequest temperature(Double temperature) {
        this.temperature = temperature;
        return this;
    }

    public Long seed() {
        return seed;
    }

    public V2ChatRequest seed(Long seed) {
        this.seed = seed;
        return this;
    }

    public Double frequencyPenalty() {
        return frequencyPenalty;
    }

    public V2ChatRequest frequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
        return this;
    }

    public Double presencePenalty() {
        return presencePenalty;
    }

    public V2ChatRequest presencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
        return this;
    }

    public Integer k() {
        return k;
    }

    public V2ChatRequest k(Integer k) {
        this.k = k;
        return this;
    }

    public Double p() {
        return p;
    }

    public V2ChatRequest p(Double p) {
        this.p = p;
        return this;
    }

    public Boolean logprobs() {
        return logprobs;
    }

    public V2ChatRequest logprobs(Boolean logprobs) {
        this.logprobs = logprobs;
        return this;
    }

    public String toolChoice() {
        return toolChoice;
    }

    /** {@code REQUIRED} or {@code NONE}. */
    public V2ChatRequest toolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
        return this;
    }

    public Map<String, Object> thinking() {
        return thinking;
    }

    public V2ChatRequest thinking(Map<String, Object> thinking) {
        this.thinking = thinking;
        return this;
    }

    public Integer priority() {
        return priority;
    }

    public V2ChatRequest priority(Integer priority) {
        this.priority = priority;
        return this;
    }
}
