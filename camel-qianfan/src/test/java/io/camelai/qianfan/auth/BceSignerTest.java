package io.camelai.qianfan.auth;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * bce-auth-v1 vectors, reproduced exactly. Vectors 1 and 2 are the published ones of Baidu's JavaScript BCE SDK tests
 * (github.com/ecomfe/baidubce-sdk, test/sdk/auth.spec.js); vectors 3 and 4 are Qianfan-style requests (signed
 * {@code host;x-bce-date}, and the Python SDK's {@code content-type;host;x-bce-date}) computed independently with the
 * algorithm of https://cloud.baidu.com/doc/Reference/s/njwvz1yfu.
 */
class BceSignerTest {

    private static final String TS_2014 = BceSigner.timestamp(Instant.ofEpochSecond(1402639056));
    private static final String TS_2024 = BceSigner.timestamp(Instant.ofEpochSecond(1718000000));

    @Test
    void timestampsAreUtcSeconds() {
        assertEquals("2014-06-13T05:57:36Z", TS_2014);
        assertEquals("2024-06-10T06:13:20Z", TS_2024);
    }

    @Test
    void vector1GenericPutWithQueryAndDefaultSignedHeaders() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("A", null);
        query.put("b", "");
        query.put("C", "d");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "bce.baidu.com");
        headers.put("abc", "123");
        headers.put("x-bce-meta-key1", "ABC");
        assertEquals("bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/host;x-bce-meta-key1/"
                + "80c9672aca2ea9af4bb40b9a8ff458d72df94e97d550840727f3a929af271d25",
                BceSigner.authorization("my_ak", "my_sk", TS_2014, 1800, "PUT", "/v1/bucket/object1", query,
                        BceSigner.defaultHeadersToSign(headers)));
    }

    @Test
    void vector2GenericDeleteWithContentHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Content-Length", "0");
        headers.put("User-Agent", "This is the user-agent");
        assertEquals("bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/content-length;content-type/"
                + "c9386b15d585960ae5e6972f73ed92a9a682dc81025480ba5b41206d3e489822",
                BceSigner.authorization("my_ak", "my_sk", TS_2014, 1800, "DELETE", "/v1/test-bucket1361199862",
                        Map.of(), BceSigner.defaultHeadersToSign(headers)));
    }

    @Test
    void vector3QianfanChatJavaSdkStyle() {
        Map<String, String> signed = Map.of("host", "aip.baidubce.com", "x-bce-date", TS_2024);
        String path = "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions";
        assertEquals("bce-auth-v1/my_ak/2024-06-10T06:13:20Z/1800/host;x-bce-date/"
                + "c4c4a0b9b9a90a2b9d03dc8c6d8ddb1d857223aefb107512ec7ddcbca7bd9e4f",
                BceSigner.authorization("my_ak", "my_sk", TS_2024, 1800, "POST", path, Map.of(), signed));
        assertEquals("bce-auth-v1/my_ak/2024-06-10T06:13:20Z/300/host;x-bce-date/"
                + "ac06279d4f9cb4e1a1d2ebccbb10881b727438ce69a906f71991b37c8cd5f05e",
                BceSigner.authorization("my_ak", "my_sk", TS_2024, 300, "POST", path, Map.of(), signed));
    }

    @Test
    void vector3PythonSdkStyleSignsContentTypeToo() {
        Map<String, String> signed = Map.of("Content-Type", "application/json", "host", "aip.baidubce.com",
                "x-bce-date", TS_2024);
        assertEquals("bce-auth-v1/my_ak/2024-06-10T06:13:20Z/300/content-type;host;x-bce-date/"
                + "c4c6c53170edf1b265c6b0da6e536d261eaa3f3f2283dfaa0cba9a0f739dd394",
                BceSigner.authorization("my_ak", "my_sk", TS_2024, 300, "POST",
                        "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions", Map.of(), signed));
    }

    @Test
    void vector4IamBearerTokenFetchWithQuery() {
        assertEquals("bce-auth-v1/my_ak/2024-06-10T06:13:20Z/1800/host;x-bce-date/"
                + "ab0720b74513eaeb3cb6cb4ffe565f3083d70e74a2c5a747f31b90e64a57ba88",
                BceSigner.authorization("my_ak", "my_sk", TS_2024, 1800, "GET", "/v1/BCE-BEARER/token",
                        Map.of("expireInSeconds", "3600"),
                        Map.of("host", "iam.bj.baidubce.com", "x-bce-date", TS_2024)));
    }

    @Test
    void encodingFollowsRfc3986() {
        assertEquals("2024-06-10T06%3A13%3A20Z", BceSigner.uriEncode("2024-06-10T06:13:20Z"));
        assertEquals("a%20b%2Fc~_.-", BceSigner.uriEncode("a b/c~_.-"));
        assertEquals("/a%20b/c", BceSigner.canonicalUri("/a b/c"));
        assertEquals("%E4%BD%A0", BceSigner.uriEncode("你"));
    }
}
