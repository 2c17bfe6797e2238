package io.camelai.qianfan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelai.qianfan.auth.BceSigner;
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
 * Tenants sharing one route, each with its own credentials in the endpoint URI ({@code toD}), in every auth mode:
 * v1 IAM signatures, v1 OAuth application keys (a token fetched and cached per credential), v2 bearer tokens, and v2
 * bearer tokens obtained from IAM. The server checks every credential as Qianfan would and answers with tokens of
 * its own per tenant; every chat request must carry its tenant's credential.
 */
class QianfanTenantsTest {

    private static final List<String> TENANTS = List.of("a", "b", "c", "d", "e");
    private static final List<String> ORDER = List.of("a", "b", "c", "a", "b");
    private static final Pattern BCE_AUTH = Pattern.compile("bce-auth-v1/([^/]+)/([^/]+)/1800/host;x-bce-date/\\w+");
    private static final String V1_OK = """
            {"id":"as-1","object":"chat.completion","created":1,"result":"ok","is_truncated":false,
             "need_clear_history":false,"finish_reason":"normal",
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";
    private static final String V2_OK = """
            {"id":"as-v2","object":"chat.completion","created":1,"model":"ernie-lite-8k",
             "choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    private final DefaultCamelContext context = new DefaultCamelContext();
    private ProducerTemplate template;

    private static String accessKey(String tenant) {
        return "ak-" + tenant;
    }

    private static String secretKey(String tenant) {
        return "sk-of-tenant-" + tenant;
    }

    private static String tenantOfAccessKey(String accessKey) {
        return accessKey.startsWith("ak-") ? accessKey.substring(3) : null;
    }

    private static Map<String, Object> keys(String tenant) {
        return Map.of("ak", accessKey(tenant), "sk", secretKey(tenant));
    }

    /** Qianfan as far as credentials go: it checks them and hands out tokens of its own per tenant. */
    private final class FakeQianfan extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String path = r.getUrl().encodedPath();
            if (path.equals("/oauth/2.0/token")) {
                String tenant = tenantOfAccessKey(r.getUrl().queryParameter("client_id"));
                if (tenant == null || !secretKey(tenant).equals(r.getUrl().queryParameter("client_secret"))) {
                    return json("{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}");
                }
                return json("{\"access_token\":\"24.token-of-" + tenant + "\",\"expires_in\":2592000}");
            }
            if (path.equals("/v1/BCE-BEARER/token")) {
                String tenant = signer(r, "GET", path, Map.of("expireInSeconds", "1800"));
                return tenant == null
                        ? new MockResponse.Builder().code(401).build()
                        : json("{\"token\":\"bearer-of-" + tenant + "\",\"expireTime\":\"2099-01-01T00:00:00Z\"}");
            }
            return json(path.startsWith("/v2/") ? V2_OK : V1_OK);
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    /** The tenant whose secret key signed the request (bce-auth-v1 recomputed), or null. */
    private static String signer(RecordedRequest r, String method, String path, Map<String, String> query) {
        String auth = r.getHeaders().get("Authorization");
        Matcher m = auth == null ? null : BCE_AUTH.matcher(auth);
        if (m == null || !m.matches()) {
            return null;
        }
        String tenant = tenantOfAccessKey(m.group(1));
        String date = r.getHeaders().get("x-bce-date");
        if (tenant == null || !m.group(2).equals(date)) {
            return null;
        }
        String expected = BceSigner.authorization(accessKey(tenant), secretKey(tenant), date, 1800, method, path,
                query, Map.of("host", "127.0.0.1", "x-bce-date", date));
        return expected.equals(auth) ? tenant : null;
    }

    @BeforeEach
    void start() throws Exception {
        StrictJsonDispatcher.wrap(server, new FakeQianfan());
        String mock = "http://127.0.0.1:" + server.getPort();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                String common = "&maxRetries=0&baseUrl=" + mock + "&authUrl=" + mock;
                from("direct:iam").toD("qianfan:chat?accessKey=${header.ak}&secretKey=${header.sk}" + common);
                from("direct:oauth").toD("qianfan:chat?apiKey=${header.ak}&secretKey=${header.sk}" + common);
                from("direct:v2").toD("qianfan:chat?apiVersion=v2&bearerToken=${header.token}" + common);
                from("direct:v2iam").toD("qianfan:chat?apiVersion=v2&accessKey=${header.ak}&secretKey=${header.sk}"
                        + common);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    /** Every request the server got, token requests and chats alike. */
    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(0, TimeUnit.SECONDS)) != null;) {
            out.add(r);
        }
        return out;
    }

    private static List<RecordedRequest> chats(List<RecordedRequest> all) {
        return all.stream().filter(r -> r.getUrl().encodedPath().contains("chat")).toList();
    }

    private static List<String> tokenRequests(List<RecordedRequest> all, String path) {
        return all.stream().filter(r -> r.getUrl().encodedPath().equals(path))
                .map(r -> r.getUrl().queryParameter("client_id") != null
                        ? tenantOfAccessKey(r.getUrl().queryParameter("client_id"))
                        : signer(r, "GET", path, Map.of("expireInSeconds", "1800")))
                .toList();
    }

    // ---- v1 IAM signatures

    private static String assertSignedByItsTenant(RecordedRequest r) {
        String tenant = Tenants.of(r.getBody().utf8(), TENANTS);
        assertEquals(tenant, signer(r, "POST", r.getUrl().encodedPath(), Map.of()),
                "the call of tenant " + tenant + " is signed with its own keys: "
                        + r.getHeaders().get("Authorization"));
        return tenant;
    }

    @Test
    void iamCallsAreSignedWithTheirTenantsKeysOneAfterAnother() throws Exception {
        Tenants.oneAfterAnother(template, "direct:iam", ORDER, QianfanTenantsTest::keys);

        List<String> seen = new ArrayList<>();
        for (RecordedRequest r : requests()) {
            seen.add(assertSignedByItsTenant(r));
        }
        assertEquals(ORDER, seen);
    }

    @Test
    void iamCallsAreSignedWithTheirTenantsKeysWhenManyRunAtOnce() throws Exception {
        Tenants.atOnce(template, "direct:iam", TENANTS, 20, 16, QianfanTenantsTest::keys);

        Map<String, Integer> calls = new TreeMap<>();
        for (RecordedRequest r : requests()) {
            calls.merge(assertSignedByItsTenant(r), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 20, "b", 20, "c", 20, "d", 20, "e", 20), calls);
    }

    // ---- v1 OAuth application keys

    private static String assertOwnAccessToken(RecordedRequest r) {
        String tenant = Tenants.of(r.getBody().utf8(), TENANTS);
        assertEquals("24.token-of-" + tenant, r.getUrl().queryParameter("access_token"), "tenant " + tenant);
        return tenant;
    }

    @Test
    void oauthCallsCarryTheTokenOfTheirTenantsKeysAndEachCredentialFetchesItsOwnOnce() throws Exception {
        Tenants.oneAfterAnother(template, "direct:oauth", ORDER, QianfanTenantsTest::keys);

        List<RecordedRequest> all = requests();
        assertEquals(List.of("a", "b", "c"), tokenRequests(all, "/oauth/2.0/token"),
                "one token per credential, reused by its later calls");
        List<String> seen = new ArrayList<>();
        for (RecordedRequest r : chats(all)) {
            seen.add(assertOwnAccessToken(r));
        }
        assertEquals(ORDER, seen);
    }

    @Test
    void oauthCallsCarryTheTokenOfTheirTenantsKeysWhenManyRunAtOnce() throws Exception {
        Tenants.atOnce(template, "direct:oauth", TENANTS, 20, 16, QianfanTenantsTest::keys);

        List<RecordedRequest> all = requests();
        Map<String, Integer> calls = new TreeMap<>();
        for (RecordedRequest r : chats(all)) {
            calls.merge(assertOwnAccessToken(r), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 20, "b", 20, "c", 20, "d", 20, "e", 20), calls);
        assertTrue(tokenRequests(all, "/oauth/2.0/token").containsAll(TENANTS));
    }

    // ---- v2 bearer tokens, given or obtained from IAM

    private static String assertBearer(RecordedRequest r, String prefix) {
        String tenant = Tenants.of(r.getBody().utf8(), TENANTS);
        assertEquals("Bearer " + prefix + tenant, r.getHeaders().get("Authorization"), "tenant " + tenant);
        return tenant;
    }

    @Test
    void v2CallsCarryTheirTenantsBearerTokenOneAfterAnotherAndAtOnce() throws Exception {
        Tenants.oneAfterAnother(template, "direct:v2", ORDER, t -> Map.of("token", "bt-" + t));
        List<String> seen = new ArrayList<>();
        for (RecordedRequest r : requests()) {
            seen.add(assertBearer(r, "bt-"));
        }
        assertEquals(ORDER, seen);

        Tenants.atOnce(template, "direct:v2", TENANTS, 20, 16, t -> Map.of("token", "bt-" + t));
        Map<String, Integer> calls = new TreeMap<>();
        for (RecordedRequest r : requests()) {
            calls.merge(assertBearer(r, "bt-"), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 20, "b", 20, "c", 20, "d", 20, "e", 20), calls);
    }

    @Test
    void v2CallsCarryTheBearerTokenIamGaveTheirTenantsKeys() throws Exception {
        Tenants.oneAfterAnother(template, "direct:v2iam", ORDER, QianfanTenantsTest::keys);

        List<RecordedRequest> all = requests();
        assertEquals(List.of("a", "b", "c"), tokenRequests(all, "/v1/BCE-BEARER/token"),
                "each credential signs its own token request, once");
        List<String> seen = new ArrayList<>();
        for (RecordedRequest r : chats(all)) {
            seen.add(assertBearer(r, "bearer-of-"));
        }
        assertEquals(ORDER, seen);

        Tenants.atOnce(template, "direct:v2iam", TENANTS, 20, 16, QianfanTenantsTest::keys);
        Map<String, Integer> calls = new TreeMap<>();
        for (RecordedRequest r : chats(requests())) {
            calls.merge(assertBearer(r, "bearer-of-"), 1, Integer::sum);
        }
        assertEquals(Map.of("a", 20, "b", 20, "c", 20, "d", 20, "e", 20), calls);
    }

    @Test
    void endpointsThatDifferOnlyInTheirKeysAreDistinctAndShowNoKey() {
        Tenants.oneAfterAnother(template, "direct:oauth", TENANTS, QianfanTenantsTest::keys);

        List<Endpoint> endpoints = context.getEndpoints().stream().filter(QianfanEndpoint.class::isInstance).toList();
        assertEquals(TENANTS.size(), endpoints.size(), "one endpoint per credential");
        for (Endpoint e : endpoints) {
            for (String tenant : TENANTS) {
                assertFalse(e.toString().contains(secretKey(tenant)), e.toString());
            }
            assertNotNull(((QianfanEndpoint) e).oauthTokens(), "each endpoint has its own token cache");
        }
    }
}
