package io.camelai.cohere;

import io.camelai.support.AiHeaders;

/** Headers of the cohere component: the shared {@code CamelAi*} headers and Cohere's own. */
public final class CohereConstants implements AiHeaders {

    public static final String SCHEME = "cohere";
    public static final String DEFAULT_BASE_URL = "https://api.cohere.com";
    public static final String API_KEY_ENV = "COHERE_API_KEY";

    private CohereConstants() {
    }
}
