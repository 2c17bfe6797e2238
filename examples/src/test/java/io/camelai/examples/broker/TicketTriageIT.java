package io.camelai.examples.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.cohere.CohereComponent;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.model.SimReply;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The triage routes of {@link TicketTriageExample} on the embedded broker against the simulator, with the
 * component's retries ({@code maxRetries=2}: 3 attempts a call) and Camel's redeliveries configured small, so faults
 * show how they combine: every ticket comes out exactly once, none is lost. One broker and one Camel context for all
 * tests (the routes stay; each test leaves every queue empty).
 */
class TicketTriageIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_MS = 20_000;

    private static EmbeddedBroker broker;
    private static CamelContext context;
    private static ProducerTemplate template;
    private static ConsumerTemplate consumer;

    private final List<String> tickets = List.of(
            ticket("T-1", "We were charged twice for the subscription, please refund"),
            ticket("T-2", "The service is down, the dashboard does not load"),
            ticket("T-3", "I cannot log in, the password reset email never arrives"));
    private final List<String> answers = List.of(
            answer("Pro subscription", "normal", "Charged twice."),
            answer("Dashboard", "high", "The service is down."),
            answer("Login", "normal", "No password reset email."));

    @BeforeAll
    static void startBrokerAndRoutes() throws Exception {
        broker = EmbeddedBroker.start(7);
        context = new DefaultCamelContext();
        context.addComponent("jms", JmsComponent.jmsComponentTransacted(broker.connectionFactory()));
        CohereConfiguration cohere = context.getComponent("cohere", CohereComponent.class).getConfiguration();
        cohere.setBaseUrl(sim.get().cohereUrl());
        cohere.setApiKey("simulator-key");
        cohere.setMaxRetries(2);
        cohere.setRetryBackoff(10);
        Properties redelivery = new Properties();
        redelivery.put("triage.maximumRedeliveries", "1");
        redelivery.put("triage.redeliveryDelay", "20");
        context.getPropertiesComponent().setOverrideProperties(redelivery);
        context.addRoutes(new TicketTriageRoutes());
        context.start();
        template = context.createProducerTemplate();
        consumer = context.createConsumerTemplate();
    }

    @AfterAll
    static void stopRoutesThenBroker() throws Exception {
        context.stop();
        broker.close();
    }

    @AfterEach
    void nothingIsLeftOnAnyQueue() {
        for (String queue : List.of("tickets", "tickets.triaged", "tickets.failed", EmbeddedBroker.DLQ)) {
            assertEquals(0, broker.messageCount(queue), "messages left on " + queue);
        }
    }

    @Test
    void everyTicketIsClassifiedExtractedAndSentOnOnceWithTheOriginalTicketKept() throws Exception {
        submitAll();

        List<JsonNode> out = triaged(3);
        assertEquals(List.of("T-1", "T-2", "T-3"), out.stream().map(t -> t.get("id").asText()).toList());
        assertEquals(List.of("billing", "outage", "account"),
                out.stream().map(t -> t.get("category").asText()).toList());
        assertEquals("We were charged twice for the subscription, please refund", out.get(0).get("text").asText());
        assertEquals("Pro subscription", out.get(0).get("product").asText());
        assertEquals("high", out.get(1).get("urgency").asText());
        assertEquals("No password reset email.", out.get(2).get("summary").asText());

        List<RecordedRequest> requests = sim.get().requests();
        assertEquals(List.of("/v1/classify", "/v2/chat", "/v1/classify", "/v2/chat", "/v1/classify", "/v2/chat"),
                requests.stream().map(RecordedRequest::path).toList());
        JsonNode classify = requests.get(0).json();
        assertEquals("We were charged twice for the subscription, please refund", classify.at("/inputs/0").asText());
        assertEquals(TicketTriageRoutes.EXAMPLES.size(), classify.get("examples").size());
        JsonNode chat = requests.get(1).json();
        assertEquals("system", chat.at("/messages/0/role").asText());
        assertTrue(chat.at("/messages/0/content").asText().startsWith("Read the support ticket. Answer with one JSON"
                + " object: product (the product concerned), urgency (low, normal or high)"), chat.toString());
        assertEquals("user", chat.at("/messages/1/role").asText());
        assertEquals("We were charged twice for the subscription, please refund",
                chat.at("/messages/1/content").asText(), "the prompt is the ticket's text, not its JSON");
        assertEquals("json_object", chat.at("/response_format/type").asText());
        assertEquals("[\"low\",\"normal\",\"high\"]",
                chat.at("/response_format/json_schema/properties/urgency/enum").toString(), "the schema resource");
        awaitIdle();
    }

    @Test
    void ticketsAreNeitherLostNorDuplicatedWhileTheProviderAnswers429And503() throws Exception {
        sim.get().fault(Fault.status(503).message("overloaded").times(3).onPath("/v1/classify"));
        sim.get().fault(Fault.status(429).retryAfterMillis(20).message("slow down").times(4).onPath("/v2/chat"));
        submitAll();

        List<JsonNode> out = triaged(3);
        assertEquals(List.of("T-1", "T-2", "T-3"), out.stream().map(t -> t.get("id").asText()).toList());
        assertEquals(List.of("Pro subscription", "Dashboard", "Login"),
                out.stream().map(t -> t.get("product").asText()).toList(), "each ticket got its own answer");
        awaitIdle();
        List<String> paths = sim.get().requests().stream().map(RecordedRequest::path).toList();
        // T-1: 3 refused classify calls use up the component's 3 attempts, Camel's one redelivery of the enrich
        // passes; 3 refused chat calls, and the exchange has no redelivery left (Camel counts them per exchange):
        // the transaction rolls back, the broker delivers T-1 again, the 4th 429 is retried by the component
        List<String> t1 = List.of("/v1/classify", "/v1/classify", "/v1/classify", "/v1/classify",
                "/v2/chat", "/v2/chat", "/v2/chat",
                "/v1/classify", "/v2/chat", "/v2/chat");
        assertEquals(t1, paths.subList(0, t1.size()));
        assertEquals(List.of("/v1/classify", "/v2/chat", "/v1/classify", "/v2/chat"),
                paths.subList(t1.size(), paths.size()), "T-2 and T-3 at the first attempt");
    }

    @Test
    void whenCamelGivesUpTooTheBrokerRedeliversTheTicketAndItIsStillSentOnOnce() throws Exception {
        // (maxRetries + 1) x (maximumRedeliveries + 1) = 3 x 2 = 6 refused calls fail the exchange: the transaction
        // rolls back and the broker delivers T-1 again, which is then classified again and extracted
        sim.get().fault(Fault.status(503).message("overloaded").times(6).onPath("/v2/chat"));
        submitAll();

        List<JsonNode> out = triaged(3);
        assertEquals(List.of("T-1", "T-2", "T-3"), out.stream().map(t -> t.get("id").asText()).toList());
        assertEquals("Pro subscription", out.get(0).get("product").asText());
        awaitIdle();
        List<String> paths = sim.get().requests().stream().map(RecordedRequest::path).toList();
        assertEquals(List.of("/v1/classify", "/v2/chat", "/v2/chat", "/v2/chat", "/v2/chat", "/v2/chat", "/v2/chat",
                "/v1/classify", "/v2/chat"), paths.subList(0, 9), "T-1: delivered twice, 6 + 1 chat calls");
        assertEquals(9 + 4, paths.size());
    }

    @Test
    void aClassifyCallInsideEnrichIsRedeliveredByTheTriageRouteOnlyNotAgainByTheClassifyRoute() throws Exception {
        sim.get().fault(Fault.status(503).message("overloaded").times(6).onPath("/v1/classify"));
        submitAll();

        assertEquals(List.of("T-1", "T-2", "T-3"),
                triaged(3).stream().map(t -> t.get("id").asText()).toList());
        awaitIdle();
        List<String> paths = sim.get().requests().stream().map(RecordedRequest::path).toList();
        assertEquals(List.of("/v1/classify", "/v1/classify", "/v1/classify", "/v1/classify", "/v1/classify",
                "/v1/classify", "/v1/classify", "/v2/chat"), paths.subList(0, 8),
                "T-1: 3 x 2 refused classify calls, then the broker's redelivery");
        assertEquals(8 + 4, paths.size());
    }

    @Test
    void aTicketThatIsNotUsableJsonIsSetAsideWithTheReasonBeforeAnyModelCall() throws Exception {
        template.sendBody(TicketTriageRoutes.IN, "{\"id\": \"T-9\", \"text\": 42}");

        Exchange failed = consumer.receive(TicketTriageRoutes.FAILED, WAIT_MS);
        assertNotNull(failed, "nothing came to tickets.failed");
        assertEquals("{\"id\": \"T-9\", \"text\": 42}", failed.getMessage().getBody(String.class));
        assertEquals("ticket: field text must be a non-blank string of at most 4000 characters",
                failed.getMessage().getHeader(TicketTriageRoutes.FAILURE));
        awaitIdle();
        assertEquals(0, sim.get().requestCount());
    }

    @Test
    void aProviderRefusalSetsTheTicketAsideAsItCameWithoutRedelivery() throws Exception {
        sim.get().fault(Fault.status(400).message("invalid request: inputs too long").onPath("/v1/classify"));
        template.sendBody(TicketTriageRoutes.IN, tickets.get(0));

        Exchange failed = consumer.receive(TicketTriageRoutes.FAILED, WAIT_MS);
        assertNotNull(failed, "nothing came to tickets.failed");
        assertEquals(tickets.get(0), failed.getMessage().getBody(String.class),
                "the ticket as it came, not the prompt");
        assertTrue(failed.getMessage().getHeader(TicketTriageRoutes.FAILURE, String.class).contains("400"),
                failed.getMessage().getHeaders().toString());
        awaitIdle();
        assertEquals(List.of("/v1/classify"), sim.get().requests().stream().map(RecordedRequest::path).toList());
    }

    @Test
    void anAnswerThatIsNotTheAskedJsonSetsThatTicketAsideAndTheNextIsTriaged() throws Exception {
        sim.get().enqueue(SimReply.text("Sure! The product is the subscription."), SimReply.text(answers.get(1)));
        template.sendBody(TicketTriageRoutes.IN, tickets.get(0));
        template.sendBody(TicketTriageRoutes.IN, tickets.get(1));

        Exchange failed = consumer.receive(TicketTriageRoutes.FAILED, WAIT_MS);
        assertNotNull(failed, "nothing came to tickets.failed");
        assertEquals(tickets.get(0), failed.getMessage().getBody(String.class), "the ticket as it came");
        assertTrue(failed.getMessage().getHeader(TicketTriageRoutes.FAILURE, String.class)
                .startsWith("model answer: not JSON"), failed.getMessage().getHeaders().toString());
        assertEquals("T-2", triaged(1).get(0).get("id").asText());
        awaitIdle();
    }

    private void submitAll() {
        answers.forEach(a -> sim.get().enqueue(SimReply.text(a)));
        tickets.forEach(t -> template.sendBody(TicketTriageRoutes.IN, t));
    }

    /** The next {@code n} messages of tickets.triaged, as JSON. */
    private List<JsonNode> triaged(int n) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = consumer.receiveBody(TicketTriageRoutes.OUT, WAIT_MS, String.class);
            assertNotNull(body, "only " + i + " of " + n + " triaged tickets came");
            out.add(JSON.readTree(body));
        }
        return out;
    }

    /**
     * Waits until the input queue is empty (each ticket's output was committed with its acknowledgement), then checks
     * that no second copy of any ticket came out.
     */
    private void awaitIdle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (broker.messageCount("tickets") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, broker.messageCount("tickets"), "tickets still waiting");
        assertNull(consumer.receiveBodyNoWait(TicketTriageRoutes.OUT), "a ticket came out twice");
        assertEquals(0, broker.messageCount("tickets.triaged"), "a ticket came out twice");
    }

    private static String ticket(String id, String text) {
        return "{\"id\": \"" + id + "\", \"customer\": \"ACME\", \"text\": \"" + text + "\"}";
    }

    private static String answer(String product, String urgency, String summary) {
        return "{\"product\": \"" + product + "\", \"urgency\": \"" + urgency + "\", \"summary\": \"" + summary + "\"}";
    }
}
