package io.camelai.azure.inference;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entra ID authentication with a TokenCredential bean: the token is sent as a bearer, cached, and renewed before it expires. */
class AzureTokenCredentialIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    /** Hands out numbered tokens valid for {@code lifetimeSeconds}, recording the scopes asked for. */
    static final class CountingCredential implements TokenCredential {
        final List<List<String>> scopes = new ArrayList<>();
        long lifetimeSeconds = 3600;

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.fromSupplier(() -> getTokenSync(request));
        }

        @Override
        public synchronized AccessToken getTokenSync(TokenRequestContext request) {
            scopes.add(request.getScopes());
            return new AccessToken("entra-token-" + scopes.size(), OffsetDateTime.now().plusSeconds(lifetimeSeconds));
        }
    }

    private final CountingCredential credential = new CountingCredential();

    private String uri(String options) {
        context.getRegistry().bind("entra", credential);
        return "azure-inference:chat?tokenCredential=#entra&model=m&endpoint=" + sim.get().azureUrl() + options;
    }

    @Test
    void theTokenIsSentAsABearerForTheConfiguredScopeAndCached() {
        String uri = uri("&scope=https://cognitiveservices.azure.com/.default");
        assertEquals("Simulated answer to: one", template.requestBody(uri, "one", String.class));
        assertEquals("Simulated answer to: two", template.requestBody(uri, "two", String.class));

        assertEquals(List.of(List.of("https://cognitiveservices.azure.com/.default")), credential.scopes,
                "one token for both calls");
        RecordedRequest r = sim.get().takeRequest();
        assertEquals("Bearer entra-token-1", r.header("Authorization"));
        assertNull(r.header("api-key"), "no key is sent with a token credential");
    }

    @Test
    void aTokenCloseToItsExpiryIsRenewedFirst() {
        credential.lifetimeSeconds = 60; // inside the two-minute renewal margin: every call gets a fresh one
        String uri = uri("");
        template.requestBody(uri, "one", String.class);
        template.requestBody(uri, "two", String.class);
        assertEquals(2, credential.scopes.size());
        assertEquals(List.of("https://ml.azure.com/.default"), credential.scopes.get(0), "the default scope");
        sim.get().takeRequest();
        assertTrue(sim.get().takeRequest().header("Authorization").endsWith("entra-token-2"));
    }

    @Test
    void theRegistrysOnlyTokenCredentialIsUsedWhenTheEndpointSetsNoCredential() {
        context.getRegistry().bind("entra", credential);

        assertEquals("Simulated answer to: one", template.requestBody("azure-inference:chat?model=m&endpoint="
                + sim.get().azureUrl(), "one", String.class));

        assertEquals("Bearer entra-token-1", sim.get().takeRequest().header("Authorization"), "autowired");
    }

    @Test
    void anApiKeyOnTheEndpointWinsOverTheRegistrysTokenCredential() {
        context.getRegistry().bind("entra", credential);

        template.requestBody("azure-inference:chat?model=m&apiKey=az-key-1234&authHeader=api-key&endpoint="
                + sim.get().azureUrl(), "one", String.class);

        RecordedRequest r = sim.get().takeRequest();
        assertEquals("az-key-1234", r.header("api-key"));
        assertNull(r.header("Authorization"));
        assertTrue(credential.scopes.isEmpty(), "no token was asked for");
    }
}
