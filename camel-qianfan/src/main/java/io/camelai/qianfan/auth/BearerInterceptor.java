package io.camelai.qianfan.auth;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/** Sends {@code Authorization: Bearer}; a 401 for an IAM-obtained token gets one retry with a new token. */
public final class BearerInterceptor implements Interceptor {

    private final BearerTokens tokens;

    public BearerInterceptor(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String token = tokens.token();
        Response response = chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer " + token).build());
        if (response.code() != 401 || !tokens.refreshable()) {
            return response;
        }
        response.close();
        tokens.invalidate(token);
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer " + tokens.token()).build());
    }
}
