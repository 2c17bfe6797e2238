package io.camelai.cohere;

import io.camelai.support.testing.AbstractImagesIT;

/** Images on cohere:chat (v2) against the simulator: Command A Vision takes them, Command R refuses them. */
class CohereImagesIT extends AbstractImagesIT {

    @Override
    protected String chatUri() {
        return "cohere:chat?apiKey=test-key&retryBackoff=10&model=command-a-vision-07-2025&baseUrl="
                + sim.get().cohereUrl();
    }

    @Override
    protected String textOnlyModelUri() {
        return "cohere:chat?apiKey=test-key&retryBackoff=10&model=command-r-08-2024&baseUrl=" + sim.get().cohereUrl();
    }
}
