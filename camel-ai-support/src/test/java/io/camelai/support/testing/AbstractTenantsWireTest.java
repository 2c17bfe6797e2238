package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mockwebserver3.Dispatcher;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenants sharing one route, each with its own credentials in the endpoint URI ({@code toD}): every request carries
 * the credential of the tenant whose prompt it sends ({@link Tenants}), one call after another and many at once, a
 * credential that fetches tokens fetches its own, and endpoints that differ only in their credentials are distinct
 * and show none. A component extends this with its auth modes ({@code static Stream<String> authModes()}), its
 * provider (answers, and tokens where it hands them out) and how a request shows whose credential it carries.
 */
public abstract class AbstractTenantsWireTest extends WireTestSupport {

    protected static final List<String> TENANTS = List.of("a", "b", "c", "d", "e");
    private static final List<String> ORDER = List.of("a", "b", "c", "a", "b");

    /** The provider as far as credentials go: it answers every chat, and hands out tokens where a mode fetches them. */
    protected abstract Dispatcher provider();

    /** The chat URI of an auth mode against {@code serverUrl}, its credentials taken from headers ({@code toD}). */
    protected abstract String uri(String mode, String serverUrl);

    /** The headers that give a tenant's credentials in an auth mode. */
    protected abstract Map<String, Object> credentials(String mode, String tenant);

    /** Asserts that a chat request carries the credential of {@code tenant}, whose prompt it sends. */
    protected abstract void assertCarriesCredentialOf(String mode, RecordedRequest chat, String tenant);

    /** The secret of a tenant, which its endpoint must not show. */
    protected abstract String secretOf(String tenant);

    /** The component's endpoint class and the auth mode whose endpoints are checked. */
    protected abstract Class<? extends Endpoint> endpointType();

    protected abstract String endpointMode();

    /** More checks on the endpoint of one tenant. */
    protected void assertEndpoint(Endpoint endpoint) {}

    /** Whether a request is a chat (not a token request). */
    protected boolean isChat(RecordedRequest request) {
        return true;
    }

    /** The tenants whose credentials fetched a token, in order, or null when the mode fetches none. */
    protected List<String> tokenFetches(String mode, List<RecordedRequest> requests) {
        return null;
    }

    @BeforeEach
    void answerAsTheProvider() {
        StrictJsonDispatcher.wrap(server, provider());
    }

    private String route(String mode) throws Exception {
        String mock = serverUrl();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + mode).toD(uri(mode, mock));
            }
        });
        return "direct:" + mode;
    }

    /** The tenant of each chat request, in order, each checked for its own credential. */
    private List<String> chatTenants(String mode, List<RecordedRequest> requests) {
        List<String> out = new ArrayList<>();
        for (RecordedRequest r : requests) {
            if (isChat(r)) {
                String tenant = Tenants.of(r.getBody().utf8(), TENANTS);
                assertCarriesCredentialOf(mode, r, tenant);
                out.add(tenant);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("authModes")
    void eachCallCarriesItsTenantsCredentialOneAfterAnother(String mode) throws Exception {
        Tenants.oneAfterAnother(template, route(mode), ORDER, t -> credentials(mode, t));

        List<RecordedRequest> all = takeAll();
        assertEquals(ORDER, chatTenants(mode, all));
        List<String> tokens = tokenFetches(mode, all);
        if (tokens != null) {
            assertEquals(List.of("a", "b", "c"), tokens, "one token per credential, reused by its later calls");
        }
        assertEquals(all.size(), ORDER.size() + (tokens == null ? 0 : tokens.size()), "chats and token requests only");
    }

    @ParameterizedTest
    @MethodSource("authModes")
    void eachCallCarriesItsTenantsCredentialWhenManyRunAtOnce(String mode) throws Exception {
        Tenants.atOnce(template, route(mode), TENANTS, 20, 16, t -> credentials(mode, t));

        List<RecordedRequest> all = takeAll();
        Map<String, Integer> calls = new TreeMap<>();
        chatTenants(mode, all).forEach(t -> calls.merge(t, 1, Integer::sum));
        assertEquals(Map.of("a", 20, "b", 20, "c", 20, "d", 20, "e", 20), calls);
        List<String> tokens = tokenFetches(mode, all);
        if (tokens != null) {
            assertTrue(tokens.containsAll(TENANTS), "each credential fetched its own token: " + tokens);
        }
    }

    @Test
    void endpointsThatDifferOnlyInTheirCredentialsAreDistinctAndShowNone() throws Exception {
        String mode = endpointMode();
        Tenants.oneAfterAnother(template, route(mode), TENANTS, t -> credentials(mode, t));

        List<Endpoint> endpoints = context.getEndpoints().stream().filter(endpointType()::isInstance).toList();
        assertEquals(TENANTS.size(), endpoints.size(), "one endpoint per credential");
        for (Endpoint e : endpoints) {
            for (String tenant : TENANTS) {
                assertFalse(e.toString().contains(secretOf(tenant)), e.toString());
            }
            assertEndpoint(e);
        }
    }
}
