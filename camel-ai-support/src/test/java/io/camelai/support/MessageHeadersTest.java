package io.camelai.support;

import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MessageHeadersTest {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final Message message = new DefaultMessage(context);

    @BeforeEach
    void start() {
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    @Test
    void aMessageWithoutHeadersAnswersNull() {
        assertNull(MessageHeaders.get(message, AiHeaders.MODEL));
        assertNull(MessageHeaders.get(message, AiHeaders.TEMPERATURE, Double.class));
    }

    @Test
    void aHeaderIsFoundWhateverItsCase() {
        message.setHeader("camelaitemperature", 0.5);

        assertEquals(0.5, MessageHeaders.get(message, AiHeaders.TEMPERATURE, Double.class));
        assertEquals(0.5, MessageHeaders.get(message, AiHeaders.TEMPERATURE));
        assertNull(MessageHeaders.get(message, AiHeaders.MODEL));
    }
}
