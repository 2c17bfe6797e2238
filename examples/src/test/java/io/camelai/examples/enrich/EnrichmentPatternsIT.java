package io.camelai.examples.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereComponent;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.model.ClaimCheckOperation;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Camel's enrichment patterns with the AI components, as the README shows them: the message keeps its body and gains
 * the model's answer. The prompt is the body of the call (a {@code transform} inside {@code enrich}, a variable sent
 * by {@code toV}, a {@code transform} between the claim check's push and pop).
 */
class EnrichmentPatternsIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static final String REVIEW = "The parcel arrived two days late and the box was damaged.";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CohereConfiguration cohere = context.getComponent("cohere", CohereComponent.class).getConfiguration();
        cohere.setBaseUrl(sim.get().cohereUrl());
        cohere.setApiKey("simulator-key");
        cohere.setRetryBackoff(10);
        return context;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.put("azure.endpoint", sim.get().azureUrl());
        p.put("azure.key", "simulator-key");
        return p;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // enrich: the call works on a copy; the strategy decides what the original gains
                from("direct:enrich-header")
                        .enrich("direct:summarize", (original, summary) -> {
                            original.getMessage().setHeader("Summary", summary.getMessage().getBody(String.class));
                            return original;
                        });
                // no error handler of its own: a failure goes to the caller's (an error handler here would mark the
                // exchange exhausted, and the caller's onException would not see it)
                from("direct:summarize").errorHandler(noErrorHandler())
                        .transform(simple("Summarize in one line: ${body}"))
                        .to("cohere:chat?model=command-a-03-2025");

                from("direct:enrich-field")
                        .enrich("direct:sentiment", (original, answer) -> {
                            Map<String, Object> ticket = new LinkedHashMap<>(original.getMessage().getBody(Map.class));
                            ticket.put("sentiment", answer.getMessage().getBody(String.class));
                            original.getMessage().setBody(ticket);
                            return original;
                        });
                from("direct:sentiment").errorHandler(noErrorHandler())
                        .transform(simple("One word, positive or negative: ${body[text]}"))
                        .to("cohere:chat?model=command-a-03-2025");

                // a failed call: the message as it came goes aside (useOriginalMessage), not the prompt
                from("direct:enrich-or-aside")
                        .onException(AiHttpException.class).handled(true).useOriginalMessage().to("mock:aside").end()
                        .enrich("direct:summarize", (original, summary) -> {
                            original.getMessage().setHeader("Summary", summary.getMessage().getBody(String.class));
                            return original;
                        });

                // toV: the prompt goes from one variable, the answer comes back in another
                from("direct:to-variable")
                        .setVariable("prompt", simple("Translate to French: ${body}"))
                        .toV("cohere:chat?model=command-a-03-2025", "prompt", "french");

                // toV without a send variable: the body is the prompt, and stays the body
                from("direct:to-variable-body")
                        .toV("azure-inference:chat?model=sim-chat-model&endpoint={{azure.endpoint}}"
                                + "&apiKey={{azure.key}}", null, "answer");

                // claim check: the original is pushed aside while the body is the prompt and the answer
                from("direct:claim-check")
                        .claimCheck(ClaimCheckOperation.Push)
                        .transform(simple("Summarize in one line: ${body}"))
                        .to("cohere:chat?model=command-a-03-2025")
                        .setVariable("summary", body())
                        .claimCheck(ClaimCheckOperation.Pop)
                        .setHeader("Summary", variable("summary"));
            }
        };
    }

    @Test
    void enrichKeepsTheOriginalBodyAndHeadersAndAddsTheAnswerAsAHeader() {
        Exchange out = template.request("direct:enrich-header", e -> {
            e.getMessage().setBody(REVIEW);
            e.getMessage().setHeader("ReviewId", "R-7");
        });

        assertEquals(REVIEW, out.getMessage().getBody());
        assertEquals("R-7", out.getMessage().getHeader("ReviewId"));
        assertEquals("Simulated answer to: Summarize in one line: " + REVIEW, out.getMessage().getHeader("Summary"));
        assertNull(out.getMessage().getHeader(AiHeaders.OUTPUT_TOKENS), "the call's headers stayed on its copy");
        assertEquals("Summarize in one line: " + REVIEW, userMessage(sim.get().takeRequest()));
    }

    @Test
    void enrichCanAddTheAnswerAsAFieldOfTheOriginalRecord() {
        Map<String, Object> review = Map.of("id", "R-8", "text", REVIEW);
        Object out = template.requestBody("direct:enrich-field", review);

        assertEquals(Map.of("id", "R-8", "text", REVIEW,
                "sentiment", "Simulated answer to: One word, positive or negative: " + REVIEW), out);
        assertEquals("One word, positive or negative: " + REVIEW, userMessage(sim.get().takeRequest()));
    }

    @Test
    void toVSendsThePromptVariableAndKeepsTheAnswerAndItsHeadersInVariables() {
        Exchange out = template.request("direct:to-variable", e -> {
            e.getMessage().setBody(REVIEW);
            e.getMessage().setHeader("ReviewId", "R-9");
        });

        assertEquals(REVIEW, out.getMessage().getBody(), "the body is the message as it came");
        assertEquals("Simulated answer to: Translate to French: " + REVIEW, out.getVariable("french"));
        assertEquals("STOP", String.valueOf(out.getVariable("header:french." + AiHeaders.FINISH_REASON)));
        assertEquals(Map.of("ReviewId", "R-9"), out.getMessage().getHeaders(),
                "the message's headers are restored: the answer's are variables");
        assertEquals("Translate to French: " + REVIEW, userMessage(sim.get().takeRequest()));
    }

    @Test
    void toVWithoutASendVariableSendsTheBodyAndKeepsIt() {
        Exchange out = template.request("direct:to-variable-body", e -> e.getMessage().setBody(REVIEW));

        assertEquals(REVIEW, out.getMessage().getBody());
        assertEquals("Simulated answer to: " + REVIEW, out.getVariable("answer"));
        RecordedRequest request = sim.get().takeRequest();
        assertEquals("/models/chat/completions", request.path());
        assertEquals(REVIEW, userMessage(request));
    }

    @Test
    void claimCheckRestoresTheOriginalBodyAfterTheCall() {
        Exchange out = template.request("direct:claim-check", e -> {
            e.getMessage().setBody(REVIEW);
            e.getMessage().setHeader("ReviewId", "R-10");
        });

        assertEquals(REVIEW, out.getMessage().getBody());
        assertEquals("R-10", out.getMessage().getHeader("ReviewId"));
        assertEquals("Simulated answer to: Summarize in one line: " + REVIEW, out.getMessage().getHeader("Summary"));
        assertEquals("Summarize in one line: " + REVIEW, userMessage(sim.get().takeRequest()));
    }

    @Test
    void aCallTheComponentRetriedSuccessfullyEnrichesTheMessageOnce() {
        sim.get().fault(Fault.status(429).retryAfterMillis(20).message("slow down"));
        Exchange out = template.request("direct:enrich-header", e -> e.getMessage().setBody(REVIEW));

        assertEquals(REVIEW, out.getMessage().getBody());
        assertEquals("Simulated answer to: Summarize in one line: " + REVIEW, out.getMessage().getHeader("Summary"));
        assertEquals(2, sim.get().requestCount(), "the 429, then the retry after the asked 20 ms");
    }

    @Test
    void aFailedCallInsideEnrichLeavesTheFailedCopysMessageSoTheErrorHandlerTakesTheOriginal() throws Exception {
        sim.get().fault(Fault.status(400).message("invalid request: too long"));
        Exchange out = template.request("direct:enrich-header", e -> e.getMessage().setBody(REVIEW));

        AiHttpException failure = assertInstanceOf(AiHttpException.class, out.getException());
        assertEquals(400, failure.getStatusCode());
        assertEquals("Summarize in one line: " + REVIEW, out.getMessage().getBody(),
                "Camel's enrich copies the failed copy's message onto the exchange: the body is the prompt");

        MockEndpoint aside = getMockEndpoint("mock:aside");
        aside.expectedBodiesReceived(REVIEW);
        sim.get().fault(Fault.status(400).message("invalid request: too long"));
        template.sendBody("direct:enrich-or-aside", REVIEW);
        aside.assertIsSatisfied();
    }

    @Test
    void theReadmeYamlRouteEnrichesWithToV() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                PluginHelper.getRoutesLoader(getContext())
                        .loadRoutes(ResourceHelper.resolveMandatoryResource(getContext(),
                                "classpath:routes/enrich.camel.yaml"));
            }
        });
        Exchange out = template.request("direct:yaml-enrich", e -> e.getMessage().setBody(REVIEW));

        assertEquals(REVIEW, out.getMessage().getBody());
        assertEquals("Simulated answer to: Summarize in one line: " + REVIEW, out.getMessage().getHeader("Summary"));
        assertEquals("Summarize in one line: " + REVIEW, userMessage(sim.get().takeRequest()));
    }

    private static String userMessage(RecordedRequest request) {
        List<JsonNode> users = request.json().get("messages").findParents("role").stream()
                .filter(m -> m.get("role").asText().equals("user")).toList();
        assertEquals(1, users.size(), request.bodyText());
        JsonNode content = users.get(0).get("content");
        return content.isTextual() ? content.asText() : content.at("/0/text").asText();
    }
}
