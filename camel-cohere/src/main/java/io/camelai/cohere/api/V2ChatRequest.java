package io.camelai.cohere.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelai.support.json.WireRequest;

/**
 * The body of {@code POST /v2/chat} (https://docs.cohere.com/v2/reference/chat). Send one as the message body to
 * control every field; endpoint options and headers fill only the fields left unset. Keys are the API's snake_case
 * names.
 */
public class V2ChatRequest extends WireRequest<V2ChatRequest> {

    /** The body keys of the fields below. */
    public static final Set<String> FIELDS = Set.of("messages", "model", "stream", "tools", "strict_tools",
            "documents", "citation_options", "response_format", "safety_mode", "max_tokens", "stop_sequences",
            "temperature", "seed", "frequency_penalty", "presence_penalty", "k", "p", "logprobs", "tool_choice",
            "thinking", "priority");

    public List<V2Message> messages() {
        return get("messages", new TypeReference<>() {
        });
    }

    public V2ChatRequest messages(List<V2Message> messages) {
        return set("messages", messages);
    }

    public V2ChatRequest addMessage(V2Message message) {
        list("messages").add(message);
        return this;
    }

    public String model() {
        return get("model", String.class);
    }

    public V2ChatRequest model(String model) {
        return set("model", model);
    }

    public Boolean stream() {
        return get("stream", Boolean.class);
    }

    public V2ChatRequest stream(Boolean stream) {
        return set("stream", stream);
    }

    public List<Map<String, Object>> tools() {
        return get("tools", new TypeReference<>() {
        });
    }

    /** {@code [{type: "function", function: {name, description, parameters}}]}. */
    public V2ChatRequest tools(List<Map<String, Object>> tools) {
        return set("tools", tools);
    }

    public Boolean strictTools() {
        return get("strict_tools", Boolean.class);
    }

    public V2ChatRequest strictTools(Boolean strictTools) {
        return set("strict_tools", strictTools);
    }

    public List<Object> documents() {
        return get("documents", new TypeReference<>() {
        });
    }

    /** Strings, or {@code {id?, data: {...}}} objects. */
    public V2ChatRequest documents(List<Object> documents) {
        return set("documents", documents);
    }

    public Map<String, Object> citationOptions() {
        return get("citation_options", new TypeReference<>() {
        });
    }

    public V2ChatRequest citationOptions(Map<String, Object> citationOptions) {
        return set("citation_options", citationOptions);
    }

    public Map<String, Object> responseFormat() {
        return get("response_format", new TypeReference<>() {
        });
    }

    public V2ChatRequest responseFormat(Map<String, Object> responseFormat) {
        return set("response_format", responseFormat);
    }

    public String safetyMode() {
        return get("safety_mode", String.class);
    }

    public V2ChatRequest safetyMode(String safetyMode) {
        return set("safety_mode", safetyMode);
    }

    public Integer maxTokens() {
        return get("max_tokens", Integer.class);
    }

    public V2ChatRequest maxTokens(Integer maxTokens) {
        return set("max_tokens", maxTokens);
    }

    public List<String> stopSequences() {
        return get("stop_sequences", new TypeReference<>() {
        });
    }

    public V2ChatRequest stopSequences(List<String> stopSequences) {
        return set("stop_sequences", stopSequences);
    }

    public Double temperature() {
        return get("temperature", Double.class);
    }

    public V2ChatRequest temperature(Double temperature) {
        return set("temperature", temperature);
    }

    public Long seed() {
        return get("seed", Long.class);
    }

    public V2ChatRequest seed(Long seed) {
        return set("seed", seed);
    }

    public Double frequencyPenalty() {
        return get("frequency_penalty", Double.class);
    }

    public V2ChatRequest frequencyPenalty(Double frequencyPenalty) {
        return set("frequency_penalty", frequencyPenalty);
    }

    public Double presencePenalty() {
        return get("presence_penalty", Double.class);
    }

    public V2ChatRequest presencePenalty(Double presencePenalty) {
        return set("presence_penalty", presencePenalty);
    }

    public Integer k() {
        return get("k", Integer.class);
    }

    public V2ChatRequest k(Integer k) {
        return set("k", k);
    }

    public Double p() {
        return get("p", Double.class);
    }

    public V2ChatRequest p(Double p) {
        return set("p", p);
    }

    public Boolean logprobs() {
        return get("logprobs", Boolean.class);
    }

    public V2ChatRequest logprobs(Boolean logprobs) {
        return set("logprobs", logprobs);
    }

    public String toolChoice() {
        return get("tool_choice", String.class);
    }

    /** {@code REQUIRED} or {@code NONE}. */
    public V2ChatRequest toolChoice(String toolChoice) {
        return set("tool_choice", toolChoice);
    }

    public Map<String, Object> thinking() {
        return get("thinking", new TypeReference<>() {
        });
    }

    public V2ChatRequest thinking(Map<String, Object> thinking) {
        return set("thinking", thinking);
    }

    public Integer priority() {
        return get("priority", Integer.class);
    }

    public V2ChatRequest priority(Integer priority) {
        return set("priority", priority);
    }
}
