package io.camelai.support.tools;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"city", "origin_city", "destinationCity", "_id", "zone2"})
    void plainArgumentNamesMayBeHeaders(String name) {
        assertTrue(ToolHeaders.allowed(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bcc", " Bcc", "bcc", "To", "cc", "From", "Subject", "Reply-To", "reply_to", "Sender",
            "kafka.OVERRIDE_TOPIC", "kafkaKey", "JMSDestination", "jmsReplyTo", "JMSXGroupID",
            "Authorization", "authorization", "Cookie", "Host", "Content-Type", "ContentType",
            "CamelHttpUri", "camelFileName", " CamelFileName", "CAMELFileName", "HttpMethod",
            "http_uri", "ProxyAuthorization", "breadcrumbId", "AMQ_SCHEDULED_DELAY", "_AMQ_DUPL_ID",
            "Destination", "city ", "1city", "", "a.b", "x-y", "café"})
    void namesAComponentActsOnOrThatAreNotPlainIdentifiersAreNot(String name) {
        assertFalse(ToolHeaders.allowed(name), name);
    }
}
