package io.camelai.azure.inference;

import java.util.List;

import io.camelai.support.testing.AbstractSecretsIT;

class AzureSecretsIT extends AbstractSecretsIT {

    private static final String KEY = "az-SECRET-77d1e0";

    @Override
    protected String chatUri() {
        return "azure-inference:chat?logHttp=true&maxRetries=0&apiKey=" + KEY + "&endpoint=" + sim.get().azureUrl();
    }

    @Override
    protected List<String> secrets() {
        return List.of(KEY);
    }
}
