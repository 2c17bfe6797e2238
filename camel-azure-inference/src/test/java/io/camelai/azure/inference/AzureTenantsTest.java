package io.camelai.azure.inference;

import java.util.Map;
import java.util.stream.Stream;

import io.camelai.support.testing.AbstractTenantsWireTest;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Tenants sharing one route, each with its own API key in the endpoint URI, sent in the header {@code authHeader}
 * names ({@code api-key}, {@code Authorization: Bearer}, or both).
 */
class AzureTenantsTest extends AbstractTenantsWireTest {

    private static final String ANSWER = """
            {"id":"resp-1","object":"chat.completion","created":1,"model":"m",
             "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"ok"}}],
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    static Stream<String> authModes() {
        return Stream.of("api-key", "bearer", "both");
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
        return "azure-inference:chat?apiKey=${header.tenantKey}&authHeader=" + mode + "&maxRetries=0&endpoint="
                + serverUrl + "/models";
    }

    @Override
    protected Map<String, Object> credentials(String mode, String tenant) {
        return Map.of("tenantKey", secretOf(tenant));
    }

    @Override
    protected void assertCarriesCredentialOf(String mode, RecordedRequest chat, String tenant) {
        String apiKey = chat.getHeaders().get("api-key");
        String bearer = chat.getHeaders().get("Authorization");
        if ("bearer".equals(mode)) {
            assertNull(apiKey, "tenant " + tenant);
        } else {
            assertEquals(secretOf(tenant), apiKey, "tenant " + tenant);
        }
        if ("api-key".equals(mode)) {
            assertNull(bearer, "tenant " + tenant);
        } else {
            assertEquals("Bearer " + secretOf(tenant), bearer, "tenant " + tenant);
        }
    }

    @Override
    protected String secretOf(String tenant) {
        return "az-key-of-tenant-" + tenant;
    }

    @Override
    protected Class<? extends Endpoint> endpointType() {
        return AzureInferenceEndpoint.class;
    }

    @Override
    protected String endpointMode() {
        return "bearer";
    }
}
