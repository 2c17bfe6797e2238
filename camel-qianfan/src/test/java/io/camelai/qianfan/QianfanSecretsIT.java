package io.camelai.qianfan;

import java.util.List;

import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.testing.AbstractSecretsIT;

/** App keys (OAuth): neither the keys nor the access token in the URL may leak. */
class QianfanSecretsIT extends AbstractSecretsIT {

    @Override
    protected String chatUri() {
        return "qianfan:chat?logHttp=true&maxRetries=0&apiKey=" + QianfanApi.APP_KEY + "&secretKey="
                + QianfanApi.APP_SECRET + "&baseUrl=" + sim.get().qianfanUrl() + "&authUrl=" + sim.get().qianfanUrl();
    }

    @Override
    protected List<String> secrets() {
        return List.of(QianfanApi.APP_KEY, QianfanApi.APP_SECRET, "24.sim");
    }

    @Override
    protected List<String> echoedSecrets() {
        return List.of(QianfanApi.APP_KEY, QianfanApi.APP_SECRET);
    }
}
