package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full v1 connector objects on the wire (id, user_access_token, continue_on_failure, options), and the clientName
 * option as X-Client-Name on every call.
 */
class CohereV1ConnectorsWireTest extends CohereWireTestSupport {

    @Test
    void theConnectorsOptionSendsFullObjectsWithContinueOnFailureAndEachConnectorsOptions() throws Exception {
        respond("{\"text\":\"ok\"}");

        template.requestBody(uri("chat", "apiVersion=v1&connectors=web-search,my-docs"
                                         + "&connectorsContinueOnFailure=true"
                                         + "&connectorOptions.web-search.site=example.com"
                                         + "&connectorOptions.my-docs.filters={\"lang\":\"en\"}"), "Hi");

        assertEquals(json("""
                [{"id":"web-search","continue_on_failure":true,"options":{"site":"example.com"}},
                 {"id":"my-docs","continue_on_failure":true,"options":{"filters":{"lang":"en"}}}]
                """), body(take()).get("connectors"));
    }

    @Test
    void theConnectorsHeaderReplacesTheOptionAndCarriesAUsersAccessToken() throws Exception {
        respond("{\"text\":\"ok\"}");

        template.requestBodyAndHeader(uri("chat", "apiVersion=v1&connectors=web-search&connectorsContinueOnFailure=false"),
                "Hi", CohereConstants.CONNECTORS, List.of(
                        Map.of("id", "gdrive", "user_access_token", "user-token", "continue_on_failure", true,
                                "options", Map.of("folder", "reports")),
                        "web-search"));

        assertEquals(json("""
                [{"id":"gdrive","user_access_token":"user-token","continue_on_failure":true,
                  "options":{"folder":"reports"}},
                 {"id":"web-search","continue_on_failure":false}]
                """), body(take()).get("connectors"));
    }

    @Test
    void badConnectorsFailNamingTheHeaderOrOptionBeforeAnyCall() {
        Exchange unknownKey = template.send(uri("chat", "apiVersion=v1"), e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(CohereConstants.CONNECTORS, List.of(Map.of("id", "x", "token", "t")));
        });
        assertTrue(messages(unknownKey.getException()).contains("the key 'token'"), messages(unknownKey.getException()));

        Exchange noId = template.send(uri("chat", "apiVersion=v1"), e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(CohereConstants.CONNECTORS, List.of(Map.of("options", Map.of())));
        });
        assertTrue(messages(noId.getException()).contains("needs an id"), messages(noId.getException()));

        Exchange strayOptions = template.send(uri("chat", "apiVersion=v1&connectors=web-search"
                                                          + "&connectorOptions.other.site=x"),
                e -> e.getMessage().setBody("Hi"));
        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, strayOptions.getException());
        assertTrue(e.getMessage().contains("connectorOptions names the connector 'other'"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void clientNameIsSentAsXClientNameOnChatAndAccountCalls() throws Exception {
        respond("{\"text\":\"ok\"}");
        respond("{\"connectors\":[]}");

        template.requestBody(uri("chat", "apiVersion=v1&clientName=camel-shop"), "Hi");
        template.requestBody(uri("connectors", "clientName=camel-shop"), (Object) null);

        RecordedRequest chat = take();
        assertEquals("camel-shop", chat.getHeaders().get("X-Client-Name"));
        assertEquals("Bearer k", chat.getHeaders().get("Authorization"));
        assertEquals("camel-shop", take().getHeaders().get("X-Client-Name"));
    }

    @Test
    void withoutClientNameNoXClientNameHeaderIsSent() throws Exception {
        respond("{\"text\":\"ok\"}");
        template.requestBody(uri("chat", "apiVersion=v1"), "Hi");
        assertEquals(null, take().getHeaders().get("X-Client-Name"));
    }
}
