package io.camelai.qianfan;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHeaders;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.chat.Usage;
import io.camelai.support.config.Credentials;
import io.camelai.support.testing.ChatStreams;
import io.camelai.support.testing.StrictJsonDispatcher;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelai.qianfan.QianfanWireTest.OK;
import static io.camelai.qianfan.QianfanWireTest.V1_CHAT;
import static io.camelai.qianfan.QianfanWireTest.assertSigned;
import static io.camelai.qianfan.QianfanWireTest.body;
import static io.camelai.qianfan.QianfanWireTest.json;
import static io.camelai.qianfan.QianfanWireTest.messages;
import static io.camelai.qianfan.QianfanWireTest.sse;
import static io.camelai.qianfan.QianfanWireTest.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token flows against MockWebServer: OAuth app keys (fetch, reuse, refresh on 111 and before expiry, a failed
 * fetch that does not leak the secret), v2 bearer tokens (fixed or obtained from IAM) and missing credentials.
 */
class QianfanAuthWireTest {

    private static final String SECRET = "app-secret-S3cr3t";
    private static final String TOKEN_TARGET = "/oauth/2.0/token?grant_type=client_credentials&client_id=app-key"
            + "&client_secret=" + SECRET;

    @StartStop
    private final MockWebServer server = StrictJsonDispatcher.install(new MockWebServer(), null);
    private final DefaultCamelContext context = new DefaultCamelContext();
    private ProducerTemplate template;

    @AfterEach
    void noRequestBodyHadADuplicateKey() {
        StrictJsonDispatcher.verify(server);
    }

    @AfterEach
    void cleanUp() {
        Credentials.environment(null);
        context.stop();
    }

    private String mock() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private String oauth() {
        return "qianfan:chat?apiKey=app-key&secretKey=" + SECRET + "&retryBackoff=1&baseUrl=" + mock() + "&authUrl="
                + mock();
    }

    private String v2(String options) {
        return "qianfan:chat?apiVersion=v2&retryBackoff=1&baseUrl=" + mock() + options;
    }

    private Exchange send(String uri, Object body) {
        if (template == null) {
            context.start();
            template = context.createProducerTemplate();
        }
        return template.send(uri, e -> e.getMessage().setBody(body));
    }

    private static String token(String token, long expiresIn) {
        return "{\"refresh_token\":\"25.refresh\",\"expires_in\":" + expiresIn + ",\"session_key\":\"sk-x\","
                + "\"access_token\":\"" + token + "\",\"scope\":\"public brain_all_scope\",\"session_secret\":\"ss\"}";
    }

    private void assertTokenRequest(RecordedRequest r) {
        assertEquals("POST", r.getMethod());
        assertEquals(TOKEN_TARGET, r.getTarget());
        assertEquals(0, r.getBodySize());
    }

    private static void assertChatWithToken(RecordedRequest r, String token) {
        assertEquals("POST", r.getMethod());
        assertEquals(V1_CHAT + "ernie-lite-8k?access_token=" + token, r.getTarget());
        assertNull(r.getHeaders().get("Authorization"), "OAuth calls carry no Authorization header");
    }

    // ---- OAuth application keys

    @Test
    void theFirstCallFetchesATokenAndTheNextOneReusesIt() throws Exception {
        server.enqueue(json(token("24.first", 2_592_000)));
        server.enqueue(json(OK));
        server.enqueue(json(OK));

        assertEquals("fine", send(oauth(), "hi").getMessage().getBody());
        assertEquals("fine", send(oauth(), "again").getMessage().getBody());

        assertEquals(3, server.getRequestCount(), "one token request for two calls");
        assertTokenRequest(take(server));
        assertChatWithToken(take(server), "24.first");
        assertChatWithToken(take(server), "24.first");
    }

    @Test
    void anExpiredTokenIsFetchedAgainOnceAndTheCallRetriedWithTheNewOne() throws Exception {
        server.enqueue(json(token("24.old", 2_592_000)));
        server.enqueue(json("{\"error_code\":111,\"error_msg\":\"Access token expired\"}"));
        server.enqueue(json(token("24.new", 2_592_000)));
        server.enqueue(json(OK));

        Exchange out = send(oauth(), "hi");

        assertNull(out.getException());
        assertEquals("fine", out.getMessage().getBody());
        assertEquals(4, server.getRequestCount());
        assertTokenRequest(take(server));
        assertChatWithToken(take(server), "24.old");
        assertTokenRequest(take(server));
        assertChatWithToken(take(server), "24.new");
        assertEquals(2, context.getEndpoint(oauth(), QianfanEndpoint.class).oauthTokens().fetches());
    }

    @Test
    void aRejectedTokenRequestFailsNamingTheProblemButNotTheSecret() throws Exception {
        server.enqueue(
                json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));

        Exchange out = send(oauth(), "hi");

        assertNotNull(out.getException());
        String messages = messages(out.getException());
        assertTrue(messages.contains("Client authentication failed"), messages);
        assertFalse(messages.contains(SECRET), messages);
        assertEquals(1, server.getRequestCount(), "no chat call without a token, and no retry");
        assertTokenRequest(take(server));
    }

    @Test
    void theTokenIsRefreshedATenthOfItsLifetimeBeforeItExpires() throws Exception {
        QianfanWireTest.MutableClock clock = new QianfanWireTest.MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
        context.getEndpoint(oauth(), QianfanEndpoint.class).clock(clock);
        server.enqueue(json(token("24.one", 1000)));
        server.enqueue(json(OK));
        server.enqueue(json(OK));
        server.enqueue(json(token("24.two", 1000)));
        server.enqueue(json(OK));

        assertNull(send(oauth(), "at t0").getException());
        clock.advanceSeconds(850);
        assertNull(send(oauth(), "at t0+850s").getException());
        clock.advanceSeconds(100);
        assertNull(send(oauth(), "at t0+950s").getException());

        assertEquals(5, server.getRequestCount());
        assertTokenRequest(take(server));
        assertChatWithToken(take(server), "24.one");
        assertChatWithToken(take(server), "24.one");
        assertTokenRequest(take(server));
        assertChatWithToken(take(server), "24.two");
    }

    // ---- v2: bearer tokens

    private static final String V2_OK = """
            {"id":"as-v2","object":"chat.completion","created":1,"model":"ernie-lite-8k",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":2,"completion_tokens":1,"total_tokens":3}}""";

    @Test
    void v2SendsTheBearerTokenTheAppIdAndOpenAiStyleFields() throws Exception {
        server.enqueue(json(V2_OK));

        Exchange out = send(v2("&bearerToken=bce-v3/x/y&appId=app-1&maxOutputTokens=100"), "hi");

        assertNull(out.getException());
        assertEquals("Hello", out.getMessage().getBody());
        assertEquals(3L, out.getMessage().getHeader(AiHeaders.TOTAL_TOKENS));
        RecordedRequest r = take(server);
        assertEquals("POST", r.getMethod());
        assertEquals("/v2/chat/completions", r.getTarget());
        assertEquals("Bearer bce-v3/x/y", r.getHeaders().get("Authorization"));
        assertEquals("app-1", r.getHeaders().get("appid"));
        assertEquals(QianfanWireTest.tree("""
                {"messages":[{"role":"user","content":"hi"}],"model":"ernie-lite-8k","max_completion_tokens":100}"""),
                body(r));
    }

    @Test
    void aV2StreamAsksForUsage() throws Exception {
        server.enqueue(sse("""
                {"id":"as-v2s","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"}}]}""", """
                {"id":"as-v2s","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}""", """
                {"id":"as-v2s","choices":[],"usage":{"prompt_tokens":2,"completion_tokens":2,"total_tokens":4}}""",
                "[DONE]"));

        context.start();
        List<ChatChunk> chunks = ChatStreams.chunks(context, v2("&bearerToken=bce-v3/x/y&stream=true"), "hi");

        assertEquals(List.of("Hel", "lo", ""), chunks.stream().map(ChatChunk::text).toList());
        assertEquals(Usage.of(2, 2, 4), chunks.get(2).result().usage());
        RecordedRequest r = take(server);
        assertNull(r.getHeaders().get("appid"), "no appid header without the appId option");
        JsonNode body = body(r);
        assertTrue(body.get("stream").asBoolean());
        assertEquals(QianfanWireTest.tree("{\"include_usage\":true}"), body.get("stream_options"));
    }

    @Test
    void v2WithAnAccessKeyGetsASignedIamTokenFirst() throws Exception {
        server.enqueue(json("""
                {"userId":"u-1","token":"bce-v3/ALTAK-iam/tok","status":"enable","createTime":"2025-01-01T00:00:00Z",
                 "expireTime":"2099-01-01T00:00:00Z"}"""));
        server.enqueue(json(V2_OK));
        server.enqueue(json(V2_OK));

        assertEquals("Hello", send(v2("&accessKey=ak&secretKey=sk&authUrl=" + mock()), "hi").getMessage().getBody());
        assertEquals("Hello", send(v2("&accessKey=ak&secretKey=sk&authUrl=" + mock()), "hi").getMessage().getBody());

        assertEquals(3, server.getRequestCount(), "the IAM token is reused");
        RecordedRequest tokenRequest = take(server);
        assertEquals("GET", tokenRequest.getMethod());
        assertEquals("/v1/BCE-BEARER/token?expireInSeconds=1800", tokenRequest.getTarget());
        assertSigned(tokenRequest, "GET", "/v1/BCE-BEARER/token", Map.of("expireInSeconds", "1800"));
        for (int i = 0; i < 2; i++) {
            RecordedRequest chat = take(server);
            assertEquals("/v2/chat/completions", chat.getTarget());
            assertEquals("Bearer bce-v3/ALTAK-iam/tok", chat.getHeaders().get("Authorization"));
        }
    }

    // ---- missing credentials

    @Test
    void missingCredentialsFailTheRouteStartNamingTheOptionsAndVariables() throws Exception {
        Credentials.environment(name -> null);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat").to("qianfan:chat?baseUrl=" + mock());
            }
        });

        Exception e = assertThrows(Exception.class, context::start);

        String messages = messages(e);
        for (String name : List.of("accessKey", "apiKey", "QIANFAN_ACCESS_KEY", "QIANFAN_AK")) {
            assertTrue(messages.contains(name), name + " named in: " + messages);
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void credentialsFromTheEnvironmentAreUsedWhenTheUriHasNone() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("QIANFAN_ACCESS_KEY", "ak", "QIANFAN_SECRET_KEY", "sk"));
        Credentials.environment(env::get);
        server.enqueue(json(OK));

        assertNull(send("qianfan:chat?baseUrl=" + mock(), "hi").getException());

        assertSigned(take(server), "POST", V1_CHAT + "ernie-lite-8k", Map.of());
    }
}
