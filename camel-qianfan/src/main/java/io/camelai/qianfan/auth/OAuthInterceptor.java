package io.camelai.qianfan.auth;

import java.io.IOException;
import java.util.regex.Pattern;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the OAuth {@code access_token} query parameter. When the API answers error 110 (invalid) or 111 (expired) in
 * a JSON body (with HTTP 200, as Qianfan does, for plain and streaming calls alike), the token is fetched again and the
 * request sent once more; a second rejection goes to the caller as the API's error.
 */
public final class OAuthInterceptor implements Interceptor {

    private static final Pattern TOKEN_ERROR = Pattern.compile("\"error_code\"\\s*:\\s*11[01]\\b");

    private final OAuthTokens tokens;

    public OAuthInterceptor(OAuthTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String token = tokens.token();
        Response response = chain.proceed(withToken(chain.request(), token));
        if (!isTokenError(response)) {
            return response;
        }
        response.close();
        tokens.invalidate(token);
        return chain.proceed(withToken(chain.request(), tokens.token()));
    }

    private static Request withToken(Request request, String token) {
        return request.newBuilder()
                .url(request.url().newBuilder().setQueryParameter("access_token", token).build())
                .build();
    }

    /** Only a JSON body can carry the error; a stream ({@code text/event-stream}) is never peeked at. */
    static boolean isTokenError(Response response) throws IOException {
        MediaType type = response.body().contentType();
        if (type == null || !"json".equals(type.subtype())) {
            return false;
        }
        return TOKEN_ERROR.matcher(response.peekBody(512).string()).find();
    }
}
