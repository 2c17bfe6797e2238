package io.camelai.support.http;

import java.io.IOException;
import java.util.Map;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds fixed headers to every request that does not set them already: API keys (Cohere's bearer token, Azure's
 * {@code api-key} and bearer), client names. The values are never logged by this project.
 */
public final class StaticHeaders implements Interceptor {

    private final Map<String, String> headers;

    public StaticHeaders(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder b = request.newBuilder();
        headers.forEach((name, value) -> {
            if (request.header(name) == null) {
                b.addHeader(name, value); // absent: no need for header()'s scan to remove it first
            }
        });
        return chain.proceed(b.build());
    }

    @Override
    public String toString() {
        // the values are credentials
        return "StaticHeaders" + headers.keySet();
    }
}
