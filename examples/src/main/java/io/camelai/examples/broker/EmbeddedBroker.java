package io.camelai.examples.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An ActiveMQ Artemis broker inside the example's JVM, reached through the in-VM transport (no socket, no files):
 * the example brings its own broker, as a test would. A real deployment points the JMS component at its broker
 * instead; nothing in the routes changes.
 * <p>
 * A message whose transaction rolled back is redelivered at once, to the head of its queue (so one consumer keeps the
 * queue's order); after {@value #MAX_DELIVERY_ATTEMPTS} deliveries it goes to the dead-letter queue {@value #DLQ}
 * instead of being dropped (expired messages too).
 */
public final class EmbeddedBroker implements AutoCloseable {

    public static final String DLQ = "DLQ";
    static final int MAX_DELIVERY_ATTEMPTS = 5;

    private final EmbeddedActiveMQ server;
    private final String url;

    private EmbeddedBroker(EmbeddedActiveMQ server, String url) {
        this.server = server;
        this.url = url;
    }

    /** Starts a broker with in-VM server id {@code id} (one id per broker in a JVM). */
    public static EmbeddedBroker start(int id) throws Exception {
        AddressSettings everyAddress = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DLQ))
                // nothing here sets an expiry; were one set, expired messages would be set aside too
                .setExpiryAddress(SimpleString.of(DLQ))
                .setAutoCreateDeadLetterResources(false)
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(0L);
        Configuration config = new ConfigurationImpl()
                .setName("camel-ai-example-broker-" + id)
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://" + id)
                .addAddressSetting("#", everyAddress)
                .addQueueConfiguration(QueueConfiguration.of(DLQ).setRoutingType(RoutingType.ANYCAST));
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(config);
        server.start();
        return new EmbeddedBroker(server, "vm://" + id);
    }

    /** A JMS connection factory for this broker. */
    public ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(url);
    }

    /** Messages in a queue, delivered but not yet acknowledged ones included; 0 for a queue that does not exist. */
    public long messageCount(String queue) {
        var q = server.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
