package io.camelai.cohere;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenants sharing one route, each with its own API key in the endpoint URI ({@code toD}): every request carries the
 * key of the tenant whose prompt it sends, one call after another and many at once.
 */
class CohereTenantsTest {

    private static final List<String> TENANTS = List.of("a", "b", "c", "d", "e");
    private static final String ANSWER = """
            {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"ok"}]},
             "usage":{"billed_units":{"input_tokens":1,"output_tokens":1}}}""";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private final DefaultCamelContext context = new DefaultCamelContext();
    private ProducerTemplate template;

    private static String key(String tenant) {
        return "co-key-of-tenant-" + tenant;
    }

    @BeforeEach
    void start() throws Exception {
        StrictJsonDispatcher.wrap(server, new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(ANSWER).build();
            }
        });
        String base = "http://127.0.0.1:" + server.getPort();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").toD("cohere:chat?apiKey=${header.tenantKey}&maxRetries=0&baseUrl=" + base);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private static Map<String, Object> headers(String tenant) {
        return Map.of("tenantKey", key(tenant));
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

    private static String assertOwnKey(RecordedRequest r) {
        String tenant = Tenants.of(r.getBody().utf8(), TENANTS);
        assertEquals("Bearer " + key(tenant), r.getHeaders().get("Authorization"),
                "the call of tenant " + tenant + " carries its own key");
        return tenant;
    }

    @Test
    void eachCallCarriesItsTenantsKeyOneAfterAnother() throws Exception {
        List<String> order = List.of("a", "b", "c", "a", "b");

        Tenants.oneAfterAnother(template, "direct:ask", order, CohereTenantsTest::headers);

        List<String> seen = new ArrayList<>();
        for (RecordedRequest r : requests(order.size())) {
            seen.add(assertOwnKey(r));
        }
        assertEquals(order, seen);
    }

    @Test
    void eachCallCarriesItsTenantsKeyWhenManyRunAtOnce() throws Exception {
        Tenants.atOnce(template, "direct:ask", TENANTS, 20, 16, CohereTenantsTest::headers);

        Map<String, Integer> calls = new java.util.TreeMap<>();
        for (RecordedRequest r : requests(TENANTS.size() * 20)) {
            calls.merge(assertOwnKey(r), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 20, "b", 20, "c", 20, "d", 20, "e", 20), calls);
    }

    @Test
    void endpointsThatDifferOnlyInTheKeyAreDistinctAndShowNoKey() {
        Tenants.oneAfterAnother(template, "direct:ask", TENANTS, CohereTenantsTest::headers);

        List<Endpoint> endpoints = context.getEndpoints().stream().filter(CohereEndpoint.class::isInstance).toList();
        assertEquals(TENANTS.size(), endpoints.size(), "one endpoint per key");
        for (Endpoint e : endpoints) {
            for (String tenant : TENANTS) {
                assertFalse(e.toString().contains(key(tenant)), e.toString());
            }
            assertTrue(e.toString().contains("apiKey=xxxxxx"), e.toString());
        }
    }
}
