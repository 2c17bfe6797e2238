package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cohere:connectors on the wire: every action's method, path, query and JSON body, and what the route gets. */
class CohereConnectorsWireTest extends CohereWireTestSupport {

    private static final String CONNECTOR = """
            {"connector":{"id":"my-docs","name":"My Docs","url":"https://docs.example.com/search",
             "created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z","auth_type":"oauth",
             "oauth":{"client_id":"cid","authorize_url":"https://auth.example.com/authorize",
                      "token_url":"https://auth.example.com/token","scope":"read"},"active":true}}""";

    @Test
    void createSendsTheConnectorAsGivenAndHandsBackTheCreatedOneWithItsIdInTheBody() throws Exception {
        respond(CONNECTOR);
        Map<String, Object> connector = Map.of("name", "My Docs", "url", "https://docs.example.com/search",
                "description", "Our docs", "excludes", List.of("internal"), "continue_on_failure", true,
                "oauth", Map.of("client_id", "cid", "client_secret", "s3cret",
                        "authorize_url", "https://auth.example.com/authorize",
                        "token_url", "https://auth.example.com/token", "scope", "read"));

        Message out = template.request(uri("connectors", "action=create"), e -> e.getMessage().setBody(connector))
                .getMessage();

        assertEquals("my-docs", out.getBody(Map.class).get("id"));
        assertNull(out.getHeader(CohereConstants.CONNECTOR_ID), "an input header: never written");
        assertEquals("oauth", out.getBody(Map.class).get("auth_type"));
        RecordedRequest r = take();
        assertEquals("POST /v1/connectors", r.getMethod() + " " + r.getTarget());
        assertEquals("application/json", r.getHeaders().get("Content-Type"));
        assertEquals(AiJsonOf.tree(connector), body(r));
    }

    @Test
    void aJsonTextBodyIsSentAsTheSameObject() throws Exception {
        respond(CONNECTOR);
        String json = "{\"name\":\"Search\",\"url\":\"https://s.example.com\",\"service_auth\":{\"type\":\"bearer\","
                + "\"token\":\"t\"}}";

        template.requestBody(uri("connectors", "action=create"), json);

        assertEquals(json(json), body(take()));
    }

    @Test
    void getUpdateDeleteAndAuthorizeAddressTheConnectorByIdAsOneEncodedPathSegment() throws Exception {
        respond(CONNECTOR);
        respond(CONNECTOR);
        respond("{}");
        respond("{\"redirect_url\":\"https://auth.example.com/authorize?client_id=cid\"}");
        String uri = uri("connectors", "");

        // a header picks the read action; the changing ones are the endpoint's action option
        Object got = template.request(uri, e -> action(e, "get").setHeader(CohereConstants.CONNECTOR_ID, "my docs?"))
                .getMessage().getBody();
        template.request(uri("connectors", "action=update"), e -> {
            e.getMessage().setHeader(CohereConstants.CONNECTOR_ID, "my-docs");
            e.getMessage().setBody(Map.of("active", false, "excludes", List.of("draft")));
        });
        Object deleted = template.request(uri("connectors", "action=delete"), e -> e.getMessage().setBody("my-docs"))
                .getMessage().getBody();
        Object redirect = template.request(uri("connectors",
                "action=authorize&afterTokenRedirect=https://app.example.com/done"),
                e -> e.getMessage().setHeader(CohereConstants.CONNECTOR_ID, "my-docs")).getMessage().getBody();

        assertEquals("My Docs", ((Map<?, ?>) got).get("name"));
        assertEquals("my-docs", deleted);
        assertEquals("https://auth.example.com/authorize?client_id=cid", redirect);
        assertEquals("GET /v1/connectors/my%20docs%3F", target(take()));
        RecordedRequest update = take();
        assertEquals("PATCH /v1/connectors/my-docs", target(update));
        assertEquals(json("{\"active\":false,\"excludes\":[\"draft\"]}"), body(update));
        RecordedRequest delete = take();
        assertEquals("DELETE /v1/connectors/my-docs", target(delete));
        assertEquals(0, delete.getBodySize());
        RecordedRequest authorize = take();
        assertEquals("POST /v1/connectors/my-docs/oauth/authorize?after_token_redirect="
                + "https%3A%2F%2Fapp.example.com%2Fdone", target(authorize));
        assertEquals(0, authorize.getBodySize());
        assertEquals("Bearer k", authorize.getHeaders().get("Authorization"));
    }

    @Test
    void listPagesWithLimitAndOffsetAndGivesTheTotalCount() throws Exception {
        respond("{\"connectors\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total_count\":7}");

        Message out = template.request(uri("connectors", "limit=2&offset=4"), e -> {}).getMessage();

        assertEquals(List.of(Map.of("id", "a"), Map.of("id", "b")), out.getBody());
        assertEquals(7L, out.getHeader(CohereConstants.TOTAL_COUNT));
        assertEquals("GET /v1/connectors?limit=2&offset=4", target(take()));
    }

    @Test
    void anIdThatCouldLeaveItsPathSegmentIsRefusedBeforeAnyCall() {
        for (String bad : List.of("..", "../datasets", "a/b", "a\\b", "a\nb", " ")) {
            Exchange out = template.send(uri("connectors", "action=get"),
                    e -> e.getMessage().setHeader(CohereConstants.CONNECTOR_ID, bad));
            IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, out.getException(), bad);
            assertTrue(e.getMessage().contains("for header " + CohereConstants.CONNECTOR_ID + " (or the body)"),
                    e.getMessage());
        }
        Exchange fromBody = template.send(uri("connectors", "action=delete"), e -> e.getMessage().setBody("x/../y"));
        assertTrue(fromBody.getException().getMessage().startsWith("Invalid value 'x/../y' for header "
                + CohereConstants.CONNECTOR_ID + " (or the body)"),
                fromBody.getException().getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void badRequestsFailNamingWhatIsMissingBeforeAnyCall() {
        assertTrue(failure(uri("connectors", "action=create"), Map.of("name", "x")).contains("at least name and url"));
        assertTrue(failure(uri("connectors", "action=update"), Map.of("active", true))
                .contains("for header " + CohereConstants.CONNECTOR_ID));
        assertTrue(failure(uri("connectors", "action=cancel"), null)
                .contains("allowed values are list, create, get, update, delete, authorize"));
        assertEquals(0, server.getRequestCount());
    }

    private String failure(String uri, Object body) {
        Exchange out = template.send(uri, e -> e.getMessage().setBody(body));
        return messages(out.getException());
    }

    private static Message action(Exchange e, String action) {
        e.getMessage().setHeader(CohereConstants.ACTION, action);
        return e.getMessage();
    }

    private static String target(RecordedRequest r) {
        return r.getMethod() + " " + r.getTarget();
    }

    /** The JSON tree of a value, as the component writes it. */
    static final class AiJsonOf {
        static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
            return io.camelai.support.json.AiJson.mapper().valueToTree(value);
        }
    }
}
