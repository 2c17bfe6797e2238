package io.camelai.qianfan.auth;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Signs every request with {@code bce-auth-v1} as the Java SDK does: {@code host} (the host name, no port) and
 * {@code x-bce-date} signed, one timestamp for both the header and the signature. Each retry is signed anew.
 */
public final class IamSigningInterceptor implements Interceptor {

    private final String accessKey;
    private final String secretKey;
    private final int expirationSeconds;
    private final Clock clock;

    public IamSigningInterceptor(String accessKey, String secretKey, int expirationSeconds, Clock clock) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.expirationSeconds = expirationSeconds;
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(sign(chain.request()));
    }

    /** The request with its {@code x-bce-date} and {@code Authorization} headers. */
    public Request sign(Request request) {
        String timestamp = BceSigner.timestamp(clock.instant());
        HttpUrl url = request.url();
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        String authorization = BceSigner.authorization(accessKey, secretKey, timestamp, expirationSeconds,
                request.method(), url.encodedPath().isEmpty() ? "/" : decodedPath(url), query,
                Map.of("host", url.host(), "x-bce-date", timestamp));
        return request.newBuilder()
                .header("x-bce-date", timestamp)
                .header("Authorization", authorization)
                .build();
    }

    private static String decodedPath(HttpUrl url) {
        return "/" + String.join("/", url.pathSegments());
    }
}
