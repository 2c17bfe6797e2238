package io.camelai.examples.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelai.examples.ExampleEnvironment;
import io.camelai.simulator.model.SimReply;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.main.Main;

/**
 * Message-driven enrichment on a real broker: starts an embedded ActiveMQ Artemis, puts the sample tickets
 * ({@code tickets/sample-tickets.jsonl}) on the {@code tickets} queue, lets {@link TicketTriageRoutes} classify and
 * extract each one, logs every enriched ticket that arrives on {@code tickets.triaged} and stops when all have come
 * through. Cohere is the embedded simulator unless COHERE_API_KEY is set; the simulator echoes questions, so the
 * example scripts the JSON answers a model would give ({@code tickets/simulated-answers.jsonl}).
 */
public final class TicketTriageExample {

    private TicketTriageExample() {}

    public static void main(String[] args) throws Exception {
        List<String> tickets = lines("tickets/sample-tickets.jsonl");
        Main main = new Main();
        try (EmbeddedBroker broker = EmbeddedBroker.start(0);
                ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            env.cohereSimulator().ifPresent(sim -> lines("tickets/simulated-answers.jsonl")
                    .forEach(answer -> sim.enqueue(SimReply.text(answer))));
            main.bind("jms", JmsComponent.jmsComponentTransacted(broker.connectionFactory()));
            main.configure().addRoutesBuilder(new TicketTriageRoutes());
            AtomicInteger done = new AtomicInteger();
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:tickets?repeatCount=1").routeId("submit")
                            .setBody(constant(tickets)).split(body())
                            .to(TicketTriageRoutes.IN);
                    from(TicketTriageRoutes.OUT).routeId("triaged")
                            .log("Triaged: ${body}")
                            .process(e -> finishedOne(main, done, tickets.size()));
                    from(TicketTriageRoutes.FAILED).routeId("failed")
                            .log(LoggingLevel.INFO, "Set aside: ${body} (${header.TicketFailure})")
                            .process(e -> finishedOne(main, done, tickets.size()));
                }
            });
            main.run(args);
        }
    }

    private static void finishedOne(Main main, AtomicInteger done, int total) {
        if (done.incrementAndGet() == total) {
            main.completed();
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = TicketTriageExample.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
