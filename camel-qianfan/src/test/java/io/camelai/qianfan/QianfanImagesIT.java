package io.camelai.qianfan;

import io.camelai.support.testing.AbstractImagesIT;

/** Images on qianfan:chat v2 against the simulator: an ERNIE VL model takes them, ernie-lite-8k refuses them. */
class QianfanImagesIT extends AbstractImagesIT {

    private String uri(String model) {
        return "qianfan:chat?apiVersion=v2&bearerToken=bce-v3/ALTAK-test/secret&retryBackoff=10&model=" + model
                + "&baseUrl=" + sim.get().qianfanUrl();
    }

    @Override
    protected String chatUri() {
        return uri("ernie-4.5-turbo-vl-32k");
    }

    @Override
    protected String textOnlyModelUri() {
        return uri("ernie-lite-8k");
    }
}
