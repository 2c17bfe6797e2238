package io.camelai.azure.inference;

import io.camelai.support.testing.AbstractImagesIT;

/** Images on azure-inference:chat against the simulator (which, like a multimodal deployment, takes them). */
class AzureImagesIT extends AbstractImagesIT {

    @Override
    protected String chatUri() {
        return "azure-inference:chat?apiKey=test-key&retryBackoff=10&model=Phi-4-multimodal-instruct&endpoint="
                + sim.get().azureUrl();
    }

    @Override
    protected String textOnlyModelUri() {
        return null;
    }
}
