package io.camelai.qianfan.recorded;

import java.util.List;

import io.camelai.support.AiHttpException;
import io.camelai.support.chat.ChatChunk;
import io.camelai.support.testing.RecordedTrafficTestSupport;
import io.camelai.support.testing.Recording;
import mockwebserver3.RecordedRequest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Qianfan errors and v2: the v1 error bodies Qianfan delivers with HTTP 200 (assembled from the documented
 * {@code error_code}/{@code error_msg} fields and messages, no recording being public), the OAuth token refresh on
 * 110/111, and v2 replayed from the fixtures Baidu's own SDK tests against (no public v2 recording was found). The
 * provenance of each fixture is in its {@code source} and in src/test/resources/recorded/README.md.
 */
class QianfanErrorsAndV2RecordedTrafficTest extends RecordedTrafficTestSupport {

    private static final String COMPLETIONS_PRO = "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions_pro";

    private String iam(String options) {
        return "qianfan:chat?accessKey=ak&secretKey=sk&retryBackoff=1&model=ERNIE-4.0-8K&baseUrl=" + serverUrl()
                + "&" + options;
    }

    private String oauth() {
        return "qianfan:chat?apiKey=app-key&secretKey=app-secret&maxRetries=0&model=ERNIE-4.0-8K&baseUrl="
                + serverUrl() + "&authUrl=" + serverUrl();
    }

    private AiHttpException failure(String uri, Object body) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> template.requestBody(uri, body));
        return assertInstanceOf(AiHttpException.class, e.getCause(), messages(e));
    }

    /** Queues: token 1, the rejection, token 2, the recorded answer. */
    private void tokenRejectedThenAnswered(String rejection) {
        Recording tokens = Recording.load("recorded/qianfan/oauth-token.json");
        tokens.get(0).enqueue(server);
        Recording.load(rejection).only().enqueue(server);
        tokens.get(1).enqueue(server);
        Recording.load("recorded/qianfan/v1-chat.json").only().enqueue(server);
    }

    private void assertTokenFetch(RecordedRequest r) {
        assertEquals("POST", r.getMethod());
        assertEquals("/oauth/2.0/token", r.getUrl().encodedPath());
        assertEquals("client_credentials", r.getUrl().queryParameter("grant_type"));
        assertEquals("app-key", r.getUrl().queryParameter("client_id"));
    }

    private void assertTokenRefreshedOnce(Message out) throws Exception {
        assertTokenFetch(take());
        RecordedRequest rejected = take();
        assertEquals(COMPLETIONS_PRO, rejected.getUrl().encodedPath());
        assertEquals("24.REDACTED-ACCESS-1", rejected.getUrl().queryParameter("access_token"));
        assertTokenFetch(take());
        RecordedRequest retried = take();
        assertEquals("24.REDACTED-ACCESS-2", retried.getUrl().queryParameter("access_token"), "the new token");
        assertEquals(json(rejected), json(retried), "the same request, sent again");
        assertEquals("你好！很高兴与你交流。有什么我可以帮助你的吗？请随时告诉我。", out.getBody(String.class));
    }

    @Test
    void error110InAnHttp200BodyRefetchesTheTokenAndRetriesOnce() throws Exception {
        tokenRejectedThenAnswered("recorded/qianfan/v1-error-110.json");

        Message out = template.request(oauth(), e -> e.getMessage().setBody("hello!")).getMessage();

        assertTokenRefreshedOnce(out);
    }

    @Test
    void error111ExpiredTokenRefetchesTheTokenAndRetriesOnce() throws Exception {
        tokenRejectedThenAnswered("recorded/qianfan/v1-error-111.json");

        Message out = template.request(oauth(), e -> e.getMessage().setBody("hello!")).getMessage();

        assertTokenRefreshedOnce(out);
    }

    @Test
    void aNewTokenRejectedAgainGoesToTheRouteAsQianfansError() {
        Recording tokens = Recording.load("recorded/qianfan/oauth-token.json");
        Recording rejection = Recording.load("recorded/qianfan/v1-error-110.json");
        tokens.get(0).enqueue(server);
        rejection.only().enqueue(server);
        tokens.get(1).enqueue(server);
        rejection.only().enqueue(server);

        AiHttpException e = failure(oauth(), "hello!");

        assertEquals(200, e.getStatusCode());
        assertEquals("110", e.getErrorCode());
        assertEquals("Access token invalid or no longer valid", e.getProviderMessage());
        assertRequestCount(4);
    }

    @Test
    void error336003InAnHttp200BodyIsANonRetryableError() {
        replay("recorded/qianfan/v1-error-336003.json");

        AiHttpException e = failure(iam("maxRetries=3"), "hello!");

        assertEquals(200, e.getStatusCode(), "Qianfan v1 reports the error in the body of an HTTP 200");
        assertEquals("336003", e.getErrorCode());
        assertEquals("Invalid parameter", e.getProviderMessage());
        assertFalse(e.isRetryable());
        assertRequestCount(1);
    }

    @Test
    void theQpsLimitError18IsRetriedAndTheRetryGetsTheRecordedAnswer() throws Exception {
        Recording.load("recorded/qianfan/v1-error-18.json").only().enqueue(server);
        Recording.load("recorded/qianfan/v1-chat.json").only().enqueue(server);

        String text = template.requestBody(iam("maxRetries=1"), "hello!", String.class);

        assertEquals("你好！很高兴与你交流。有什么我可以帮助你的吗？请随时告诉我。", text);
        assertEquals(json(take()), json(take()), "the retry sends the same body");
    }

    @Test
    void theQpsLimitError18WithoutRetriesLeftIsRetryable() {
        replay("recorded/qianfan/v1-error-18.json");

        AiHttpException e = failure(iam("maxRetries=0"), "hello!");

        assertEquals("18", e.getErrorCode());
        assertEquals("Open api qps request limit reached", e.getProviderMessage());
        assertTrue(e.isRetryable());
    }

    private String v2(String options) {
        return "qianfan:chat?apiVersion=v2&bearerToken=bce-v3/ALTAK-test/secret&maxRetries=0&baseUrl=" + serverUrl()
                + "&" + options;
    }

    @Test
    void theSdksV2StreamGivesItsThreeDeltasAndEndsAtDone() throws Exception {
        Recording rec = replay("recorded/qianfan/v2-chat-stream.json");

        List<ChatChunk> chunks = stream(v2("model=ernie-4.0-8k&stream=true"), "你好");

        RecordedRequest r = take();
        assertEquals("/v2/chat/completions", r.getUrl().encodedPath());
        assertEquals("Bearer bce-v3/ALTAK-test/secret", r.getHeaders().get("Authorization"));
        assertEquals(rec.only().requestJson(), Recording.without(json(r), "stream_options"));
        assertEquals(json("{\"include_usage\":true}"), json(r).path("stream_options"),
                "this component also asks for the usage of the stream");
        String text = "model `ernie-4.0-8k` is answering, received message: `0你好`"
                + "model `ernie-4.0-8k` is answering, received message: `1你好`"
                + "model `ernie-4.0-8k` is answering, received message: `2你好`";
        assertEquals(text, text(chunks));
        assertEquals(text, end(chunks).result().text());
        assertEquals("as-5j1w2wzna2", end(chunks).result().responseId());
        assertEquals(2L, end(chunks).result().usage().inputTokens());
    }

    /** The model that answered goes to CamelAiResponseModel. */
    @Test
    void aV2StreamReportsTheAnsweringModelInTheResponseModelHeader() throws Exception {
        replay("recorded/qianfan/v2-chat-stream.json");

        ChatChunk end = end(stream(v2("model=ernie-4.0-8k&stream=true"), "你好"));

        assertEquals("ernie-4.0-8k", ((Message) end).getHeader("CamelAiResponseModel"));
    }

    @Test
    void theSdksV2400BecomesAnErrorWithItsCodeAndMessage() {
        replay("recorded/qianfan/v2-error-400.json");

        AiHttpException e = failure(v2("model=ernie-4.0-8k"), "你好");

        assertEquals(400, e.getStatusCode());
        assertEquals("invalid_argument", e.getErrorCode());
        assertEquals("the length of messages must be an odd number", e.getProviderMessage());
        assertFalse(e.isRetryable());
    }
}
