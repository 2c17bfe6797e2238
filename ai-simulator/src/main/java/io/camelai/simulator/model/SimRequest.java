package io.camelai.simulator.model;

import java.util.List;

/**
 * A chat request as the simulated model sees it: the conversation, the tools, the generation limits the reply
 * honours (max tokens, stop sequences) and the answer format (text, JSON, JSON of a schema).
 */
public record SimRequest(String model, List<SimMessage> messages, List<SimTool> tools, Integer maxTokens,
        List<String> stopSequences, SimFormat format) {

    public SimRequest {
        messages = messages == null ? List.of() : List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
        stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
        format = format == null ? SimFormat.TEXT : format;
    }

    /** A request for a text answer. */
    public SimRequest(String model, List<SimMessage> messages, List<SimTool> tools, Integer maxTokens,
            List<String> stopSequences) {
        this(model, messages, tools, maxTokens, stopSequences, SimFormat.TEXT);
    }

    /** This request with another answer format. */
    public SimRequest withFormat(SimFormat newFormat) {
        return new SimRequest(model, messages, tools, maxTokens, stopSequences, newFormat);
    }

    public SimMessage last() {
        return messages.isEmpty() ? SimMessage.of("user", "") : messages.get(messages.size() - 1);
    }

    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).isUser()) {
                return messages.get(i).text();
            }
        }
        return "";
    }

    /** How many images the last user message carries. */
    public int lastUserImages() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).isUser()) {
                return messages.get(i).images();
            }
        }
        return 0;
    }

    /** How many assistant turns with tool calls the conversation already has: the round of a tool loop. */
    public int toolRounds() {
        return (int) messages.stream().filter(m -> !m.toolCalls().isEmpty()).count();
    }
}
