package io.camelai.cohere;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.camelai.simulator.AiSimulator;
import io.camelai.support.testing.AbstractDocSnippetsIT;
import io.camelai.support.tools.AiTool;
import io.camelai.support.tools.AiToolParam;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;

/**
 * The YAML examples of the Cohere page, and of the llm-tool-calls page (whose examples call cohere:chat), run
 * against the simulator.
 */
class CohereDocSnippetsIT extends AbstractDocSnippetsIT {

    /** The {@code #flights} bean the llm-tool-calls examples offer to the model. */
    public static class Flights {
        @AiTool(name = "next_flight", description = "Returns the next flight between two cities")
        public String nextFlight(@AiToolParam(name = "from") String from, @AiToolParam(name = "to") String to) {
            return "{\"flight\":\"AZ 123\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
        }
    }

    @Override
    protected List<Path> adocs() {
        return List.of(Path.of("src/main/docs/cohere-component.adoc"),
                Path.of("../camel-ai-support/src/main/docs/llm-tool-calls-component.adoc"));
    }

    @Override
    protected String scheme() {
        return CohereConstants.SCHEME;
    }

    @Override
    protected List<String> operations() {
        return Arrays.stream(CohereOperation.values()).map(CohereOperation::uriName).toList();
    }

    @Override
    protected void configure(CamelContext context, AiSimulator simulator) {
        CohereComponent cohere = context.getComponent(CohereConstants.SCHEME, CohereComponent.class);
        cohere.getConfiguration().setBaseUrl(simulator.cohereUrl());
        cohere.getConfiguration().setApiKey("test-key");
        cohere.getConfiguration().setPollInterval(10);
        context.getRegistry().bind("flights", new Flights());
    }

    @Override
    protected Map<String, Consumer<Message>> samples() {
        return Map.of(
                "direct:rerank", m -> {
                    m.setBody(List.of("Carson City is the capital of Nevada.",
                            "Washington, D.C. is the capital of the United States."));
                    m.setHeader(CohereConstants.QUERY, "What is the capital of the United States?");
                },
                "direct:classify", m -> {
                    m.setBody(List.of("Confirm your email address"));
                    m.setHeader(CohereConstants.EXAMPLES, List.of(
                            Map.of("text", "Dermatologists don't like her!", "label", "Spam"),
                            Map.of("text", "Hello, open to this?", "label", "Spam"),
                            Map.of("text", "Please confirm your email address", "label", "Not spam"),
                            Map.of("text", "Your parcel will be delivered today", "label", "Not spam")));
                },
                "direct:upload", CohereDocSnippetsIT::jsonl,
                "direct:embed-file", CohereDocSnippetsIT::jsonl,
                "direct:create-connector", m -> m.setBody("""
                        {"name": "Team Wiki", "url": "https://wiki.example.com/search"}"""));
    }

    private static void jsonl(Message m) {
        m.setBody("{\"text\": \"Camel routes messages\"}\n{\"text\": \"Cohere embeds texts\"}\n"
                .getBytes(StandardCharsets.UTF_8));
    }
}
