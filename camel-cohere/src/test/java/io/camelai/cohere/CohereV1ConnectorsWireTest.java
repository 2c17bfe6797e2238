package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import io.camelai.support.testing.LogCapture;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full v1 connector objects on the wire (id, user_access_token, continue_on_failure, options): the endpoint offers the
 * connectors, the CamelCohereConnectors header only picks among them (with a user's token). And the clientName option
 * as X-Client-Name on every call.
 */
class CohereV1ConnectorsWireTest extends CohereWireTestSupport {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

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
    void theConnectorsHeaderPicksAmongTheOfferedConnectorsAndCarriesAUsersAccessToken() throws Exception {
        respond("{\"text\":\"ok\"}");

        template.requestBodyAndHeader(uri("chat", "apiVersion=v1&connectors=web-search,gdrive,team-wiki"
                + "&connectorsContinueOnFailure=false"
                + "&connectorOptions.gdrive.folder=reports"),
                "Hi", CohereConstants.CONNECTORS, List.of(
                        Map.of("id", "gdrive", "user_access_token", "user-token"), "web-search"));

        assertEquals(json("""
                [{"id":"gdrive","user_access_token":"user-token","continue_on_failure":false,
                  "options":{"folder":"reports"}},
                 {"id":"web-search","continue_on_failure":false}]
                """), body(take()).get("connectors"), "team-wiki was not picked; the options come from the endpoint");
    }

    @Test
    void aConnectorTheEndpointDoesNotOfferCannotBeAddedByTheHeader() {
        for (String options : List.of("apiVersion=v1", "apiVersion=v1&connectors=web-search")) {
            Exchange out = template.send(uri("chat", options), e -> {
                e.getMessage().setBody("Hi");
                e.getMessage().setHeader(CohereConstants.CONNECTORS, List.of("internal-hr-files"));
            });

            IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException());
            assertTrue(e.getMessage().startsWith("Header CamelCohereConnectors names the connector"
                    + " 'internal-hr-files', which this endpoint does not offer"),
                    e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aUsersAccessTokenIsMaskedInTheHttpLogLikeTheApiKey() throws Exception {
        respond("{\"text\":\"ok\"}");

        template.requestBodyAndHeader(uri("chat", "apiVersion=v1&connectors=gdrive&logHttp=true"), "Hi",
                CohereConstants.CONNECTORS, List.of(Map.of("id", "gdrive", "user_access_token",
                        "users-secret-oauth-token")));

        assertTrue(logs.all().contains("\"user_access_token\":\"******\""), "the request body was logged, masked");
        logs.assertNoSecret("users-secret-oauth-token");
        assertEquals("users-secret-oauth-token", body(take()).at("/connectors/0/user_access_token").asText());
    }

    @Test
    void badConnectorsFailNamingTheHeaderOrOptionBeforeAnyCall() {
        Exchange unknownKey = template.send(uri("chat", "apiVersion=v1&connectors=x"), e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(CohereConstants.CONNECTORS, List.of(Map.of("id", "x", "options",
                    Map.of("site", "attacker.example"))));
        });
        assertTrue(messages(unknownKey.getException()).contains("the key 'options'"),
                messages(unknownKey.getException()));

        Exchange noId = template.send(uri("chat", "apiVersion=v1&connectors=x"), e -> {
            e.getMessage().setBody("Hi");
            e.getMessage().setHeader(CohereConstants.CONNECTORS, List.of(Map.of("user_access_token", "t")));
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
