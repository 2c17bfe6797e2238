package io.camelai.cohere;

import java.util.Map;
import java.util.stream.Stream;

import io.camelai.support.testing.AbstractTenantsWireTest;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tenants sharing one route, each with its own API key in the endpoint URI, sent as {@code Authorization: Bearer}. */
class CohereTenantsTest extends AbstractTenantsWireTest {

    private static final String ANSWER = """
            {"id":"r-1","finish_reason":"COMPLETE","message":{"role":"assistant","content":[{"type":"text","text":"ok"}]},
             "usage":{"billed_units":{"input_tokens":1,"output_tokens":1}}}""";

    static Stream<String> authModes() {
        return Stream.of("api-key");
    }

    @Override
    protected Dispatcher provider() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return jsonResponse(200, ANSWER);
            }
        };
    }

    @Override
    protected String uri(String mode, String serverUrl) {
        return "cohere:chat?apiKey=${header.tenantKey}&maxRetries=0&baseUrl=" + serverUrl;
    }

    @Override
    protected Map<String, Object> credentials(String mode, String tenant) {
        return Map.of("tenantKey", secretOf(tenant));
    }

    @Override
    protected void assertCarriesCredentialOf(String mode, RecordedRequest chat, String tenant) {
        assertEquals("Bearer " + secretOf(tenant), chat.getHeaders().get("Authorization"),
                "the call of tenant " + tenant + " carries its own key");
    }

    @Override
    protected String secretOf(String tenant) {
        return "co-key-of-tenant-" + tenant;
    }

    @Override
    protected Class<? extends Endpoint> endpointType() {
        return CohereEndpoint.class;
    }

    @Override
    protected String endpointMode() {
        return "api-key";
    }

    @Override
    protected void assertEndpoint(Endpoint endpoint) {
        assertTrue(endpoint.toString().contains("apiKey=xxxxxx"), endpoint.toString());
    }
}
