package io.camelai.qianfan;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelai.qianfan.auth.BceSigner;
import io.camelai.support.testing.AbstractTenantsWireTest;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.camel.Endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Tenants sharing one route, each with its own credentials in the endpoint URI, in every auth mode: v1 IAM
 * signatures, v1 OAuth application keys (a token fetched and cached per credential), v2 bearer tokens, and v2 bearer
 * tokens obtained from IAM. The server checks every credential as Qianfan would and answers with tokens of its own
 * per tenant; every chat request must carry its tenant's credential.
 */
class QianfanTenantsTest extends AbstractTenantsWireTest {

    private static final Pattern BCE_AUTH = Pattern.compile("bce-auth-v1/([^/]+)/([^/]+)/1800/host;x-bce-date/\\w+");
    private static final String OAUTH_TOKEN = "/oauth/2.0/token";
    private static final String IAM_BEARER_TOKEN = "/v1/BCE-BEARER/token";
    private static final String V1_OK = """
            {"id":"as-1","object":"chat.completion","created":1,"result":"ok","is_truncated":false,
             "need_clear_history":false,"finish_reason":"normal",
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";
    private static final String V2_OK = """
            {"id":"as-v2","object":"chat.completion","created":1,"model":"ernie-lite-8k",
             "choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";

    static Stream<String> authModes() {
        return Stream.of("iam", "oauth", "v2", "v2iam");
    }

    private static String accessKey(String tenant) {
        return "ak-" + tenant;
    }

    private static String tenantOfAccessKey(String accessKey) {
        return accessKey != null && accessKey.startsWith("ak-") ? accessKey.substring(3) : null;
    }

    /** Qianfan as far as credentials go: it checks them and hands out tokens of its own per tenant. */
    @Override
    protected Dispatcher provider() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                if (path.equals(OAUTH_TOKEN)) {
                    String tenant = tenantOfAccessKey(r.getUrl().queryParameter("client_id"));
                    return tenant == null || !secretOf(tenant).equals(r.getUrl().queryParameter("client_secret"))
                            ? jsonResponse(200,
                                    "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}")
                            : jsonResponse(200, "{\"access_token\":\"24.token-of-" + tenant
                                    + "\",\"expires_in\":2592000}");
                }
                if (path.equals(IAM_BEARER_TOKEN)) {
                    String tenant = signer(r, "GET", path, Map.of("expireInSeconds", "1800"));
                    return tenant == null
                            ? new MockResponse.Builder().code(401).build()
                            : jsonResponse(200, "{\"token\":\"bearer-of-" + tenant
                                    + "\",\"expireTime\":\"2099-01-01T00:00:00Z\"}");
                }
                return jsonResponse(200, path.startsWith("/v2/") ? V2_OK : V1_OK);
            }
        };
    }

    /** The tenant whose secret key signed the request (bce-auth-v1 recomputed), or null. */
    private String signer(RecordedRequest r, String method, String path, Map<String, String> query) {
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
        String expected = BceSigner.authorization(accessKey(tenant), secretOf(tenant), date, 1800, method, path,
                query, Map.of("host", r.getUrl().host(), "x-bce-date", date));
        return expected.equals(auth) ? tenant : null;
    }

    @Override
    protected String uri(String mode, String serverUrl) {
        String common = "&maxRetries=0&baseUrl=" + serverUrl + "&authUrl=" + serverUrl;
        return switch (mode) {
            case "iam" -> "qianfan:chat?accessKey=${header.ak}&secretKey=${header.sk}" + common;
            case "oauth" -> "qianfan:chat?apiKey=${header.ak}&secretKey=${header.sk}" + common;
            case "v2" -> "qianfan:chat?apiVersion=v2&bearerToken=${header.token}" + common;
            default -> "qianfan:chat?apiVersion=v2&accessKey=${header.ak}&secretKey=${header.sk}" + common;
        };
    }

    @Override
    protected Map<String, Object> credentials(String mode, String tenant) {
        return "v2".equals(mode)
                ? Map.of("token", "bt-" + tenant)
                : Map.of("ak", accessKey(tenant), "sk", secretOf(tenant));
    }

    @Override
    protected void assertCarriesCredentialOf(String mode, RecordedRequest chat, String tenant) {
        switch (mode) {
            case "iam" -> assertEquals(tenant, signer(chat, "POST", chat.getUrl().encodedPath(), Map.of()),
                    "the call of tenant " + tenant + " is signed with its own keys: "
                            + chat.getHeaders().get("Authorization"));
            case "oauth" -> assertEquals("24.token-of-" + tenant, chat.getUrl().queryParameter("access_token"),
                    "tenant " + tenant);
            case "v2" -> assertEquals("Bearer bt-" + tenant, chat.getHeaders().get("Authorization"),
                    "tenant " + tenant);
            default -> assertEquals("Bearer bearer-of-" + tenant, chat.getHeaders().get("Authorization"),
                    "tenant " + tenant);
        }
    }

    @Override
    protected boolean isChat(RecordedRequest request) {
        return request.getUrl().encodedPath().contains("chat");
    }

    /** Each credential's token requests: OAuth names it in {@code client_id}, IAM signs them with it. */
    @Override
    protected List<String> tokenFetches(String mode, List<RecordedRequest> requests) {
        String path = switch (mode) {
            case "oauth" -> OAUTH_TOKEN;
            case "v2iam" -> IAM_BEARER_TOKEN;
            default -> null;
        };
        return path == null
                ? null
                : requests.stream().filter(r -> r.getUrl().encodedPath().equals(path))
                        .map(r -> "oauth".equals(mode)
                                ? tenantOfAccessKey(r.getUrl().queryParameter("client_id"))
                                : signer(r, "GET", path, Map.of("expireInSeconds", "1800")))
                        .toList();
    }

    @Override
    protected String secretOf(String tenant) {
        return "sk-of-tenant-" + tenant;
    }

    @Override
    protected Class<? extends Endpoint> endpointType() {
        return QianfanEndpoint.class;
    }

    @Override
    protected String endpointMode() {
        return "oauth";
    }

    @Override
    protected void assertEndpoint(Endpoint endpoint) {
        assertNotNull(((QianfanEndpoint) endpoint).oauthTokens(), "each endpoint has its own token cache");
    }
}
