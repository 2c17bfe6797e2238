package io.camelai.qianfan;

import java.util.List;

import io.camelai.support.testing.AbstractSecretsIT;

/** v2 with a console API key as the bearer token. */
class QianfanV2SecretsIT extends AbstractSecretsIT {

    private static final String TOKEN = "bce-v3/ALTAK-SECRET/7f3c2a91";

    @Override
    protected String chatUri() {
        return "qianfan:chat?apiVersion=v2&logHttp=true&maxRetries=0&bearerToken=" + TOKEN + "&baseUrl="
                + sim.get().qianfanUrl();
    }

    @Override
    protected List<String> secrets() {
        return List.of("ALTAK-SECRET/7f3c2a91");
    }

    @Override
    protected List<String> echoedSecrets() {
        return List.of(TOKEN);
    }
}
