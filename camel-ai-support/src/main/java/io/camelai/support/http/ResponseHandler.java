package io.camelai.support.http;

import java.io.IOException;

import io.camelai.support.AiHttpException;
import okhttp3.Response;

/**
 * Reads a successful (2xx) response. It may throw {@link AiHttpException} for providers that report errors with
 * HTTP 200 (Qianfan v1); a retryable one is retried like any other failure.
 */
@FunctionalInterface
public interface ResponseHandler<T> {

    T handle(Response response) throws IOException, AiHttpException;
}
