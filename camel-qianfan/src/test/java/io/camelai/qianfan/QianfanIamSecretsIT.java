package io.camelai.qianfan;

import java.util.List;

import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.testing.AbstractSecretsIT;

/** IAM signing: the secret key signs every request and must never appear anywhere. */
class QianfanIamSecretsIT extends AbstractSecretsIT {

    private static final String SECRET = "iam-SECRET-5e1d0b";

    @Override
    protected String chatUri() {
        return "qianfan:chat?logHttp=true&maxRetries=0&accessKey=" + QianfanApi.ACCESS_KEY + "&secretKey=" + SECRET
                + "&baseUrl=" + sim.get().qianfanUrl();
    }

    @Override
    protected List<String> secrets() {
        return List.of(SECRET);
    }
}
