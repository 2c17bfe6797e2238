package io.camelai.azure.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.camelai.support.testing.StrictJsonDispatcher;
import io.camelai.support.testing.Tenants;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Tenants sharing one route, each with its own API key in the endpoint URI ({@code toD}): every request carries the
 * key of the tenant whose prompt it sends, in the header {@code authHeader} names, one call after another and many at
 * once.
 */
class AzureTenantsTest {

    private static final List<String> TENANTS = List.of("a", "b", "c", "d", "e");
    private static final String ANSWER = """
            {"id":"resp-1","object":"chat.completion","created":1,"model":"m",
             "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"ok"}}],
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private final DefaultCamelContext context = new DefaultCamelContext();
    private ProducerTemplate template;

    private static String key(String tenant) {
        return "az-key-of-tenant-" + tenant;
    }

    @BeforeEach
    void start() throws Exception {
        StrictJsonDispatcher.wrap(server, new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(ANSWER).build();
            }
        });
        String endpoint = server.url("/models").toString();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").toD("azure-inference:chat?apiKey=${header.tenantKey}&authHeader=${header.how}"
                        + "&maxRetries=0&endpoint=" + endpoint);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private List<RecordedRequest> requests(int count) throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertNotNull(r, "request " + i + " reached the server");
            out.add(r);
        }
        return out;
    }

    /** Checks the credential headers of one request for its tenant; returns the tenant. */
    private static String assertOwnKey(RecordedRequest r, String how) {
        String tenant = Tenants.of(r.getBody().utf8(), TENANTS);
        String apiKey = r.getHeaders().get("api-key");
        String bearer = r.getHeaders().get("Authorization");
        switch (how) {
            case "api-key" -> {
                assertEquals(key(tenant), apiKey, "tenant " + tenant);
                assertNull(bearer);
            }
            case "bearer" -> {
                assertEquals("Bearer " + key(tenant), bearer, "tenant " + tenant);
                assertNull(apiKey);
            }
            default -> {
                assertEquals(key(tenant), apiKey, "tenant " + tenant);
                assertEquals("Bearer " + key(tenant), bearer, "tenant " + tenant);
            }
        }
        return tenant;
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-key", "bearer", "both"})
    void eachCallCarriesItsTenantsKeyOneAfterAnother(String how) throws Exception {
        List<String> order = List.of("a", "b", "c", "a", "b");

        Tenants.oneAfterAnother(template, "direct:ask", order, t -> Map.of("tenantKey", key(t), "how", how));

        List<String> seen = new ArrayList<>();
        for (RecordedRequest r : requests(order.size())) {
            seen.add(assertOwnKey(r, how));
        }
        assertEquals(order, seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-key", "bearer"})
    void eachCallCarriesItsTenantsKeyWhenManyRunAtOnce(String how) throws Exception {
        Tenants.atOnce(template, "direct:ask", TENANTS, 20, 16, t -> Map.of("tenantKey", key(t), "how", how));

        Map<String, Integer> calls = new TreeMap<>();
        for (RecordedRequest r : requests(TENANTS.size() * 20)) {
            calls.merge(assertOwnKey(r, how), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 20, "b", 20, "c", 20, "d", 20, "e", 20), calls);
    }

    @Test
    void endpointsThatDifferOnlyInTheKeyAreDistinctAndShowNoKey() {
        Tenants.oneAfterAnother(template, "direct:ask", TENANTS, t -> Map.of("tenantKey", key(t), "how", "bearer"));

        List<Endpoint> endpoints = context.getEndpoints().stream()
                .filter(AzureInferenceEndpoint.class::isInstance).toList();
        assertEquals(TENANTS.size(), endpoints.size(), "one endpoint per key");
        for (Endpoint e : endpoints) {
            for (String tenant : TENANTS) {
                assertFalse(e.toString().contains(key(tenant)), e.toString());
            }
        }
    }
}
