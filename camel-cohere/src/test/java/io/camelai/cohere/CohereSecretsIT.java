package io.camelai.cohere;

import java.util.List;

import io.camelai.support.testing.AbstractSecretsIT;

class CohereSecretsIT extends AbstractSecretsIT {

    private static final String KEY = "co-SECRET-4f2a9c";

    @Override
    protected String chatUri() {
        return "cohere:chat?logHttp=true&maxRetries=0&apiKey=" + KEY + "&baseUrl=" + sim.get().cohereUrl();
    }

    @Override
    protected List<String> secrets() {
        return List.of(KEY);
    }
}
