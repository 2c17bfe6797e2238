package io.camelai.support;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import io.camelai.support.config.AiConfiguration;
import io.camelai.support.http.OkHttpClients;
import io.camelai.support.http.SecretMasker;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * An endpoint's base OkHttp client: the {@code httpClient} bean (or the shared default) with the endpoint's TLS
 * settings and proxy applied. Every client of the endpoint, token clients included, derives from it, so they share
 * its connection pool and dispatcher (OkHttp keeps connections apart by proxy and TLS settings).
 */
final class EndpointNetwork {

    private EndpointNetwork() {}

    /**
     * @param globalSsl the context's SSLContextParameters when the component uses them, else null; the endpoint's own
     *                  {@code sslContextParameters} win
     * @param masker    receives the proxy password and its encoded header value
     */
    static OkHttpClient baseClient(CamelContext context, AiConfiguration cfg, SSLContextParameters globalSsl,
            SecretMasker masker) throws GeneralSecurityException, java.io.IOException {
        OkHttpClient base = cfg.getHttpClient() != null ? cfg.getHttpClient() : OkHttpClients.shared();
        SSLContextParameters ssl = cfg.getSslContextParameters() != null ? cfg.getSslContextParameters() : globalSsl;
        boolean proxy = cfg.getProxyHost() != null && !cfg.getProxyHost().isBlank();
        if (ssl == null && !proxy) {
            return base;
        }
        OkHttpClient.Builder b = base.newBuilder();
        if (ssl != null) {
            SSLContext sslContext = ssl.createSSLContext(context);
            b.sslSocketFactory(sslContext.getSocketFactory(), trustManager(ssl));
        }
        if (proxy) {
            Proxy.Type type = "SOCKS".equals(cfg.getProxyType()) ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
            b.proxy(new Proxy(type, InetSocketAddress.createUnresolved(cfg.getProxyHost(), cfg.getProxyPort())));
            if (cfg.getProxyUser() != null) {
                String credential = Credentials.basic(cfg.getProxyUser(), cfg.getProxyPassword());
                masker.add(cfg.getProxyPassword());
                masker.add(credential.substring("Basic ".length()));
                // OkHttp asks before a CONNECT tunnel (preemptively) and on a 407; one answer per request
                b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                        ? null
                        : response.request().newBuilder().header("Proxy-Authorization", credential).build());
            }
        }
        return b.build();
    }

    /** The trust manager OkHttp cleans certificate chains with: the parameters' own, else the JVM default. */
    private static X509TrustManager trustManager(SSLContextParameters ssl)
            throws GeneralSecurityException, java.io.IOException {
        TrustManagersParameters tmp = ssl.getTrustManagers();
        TrustManager[] managers;
        if (tmp != null) {
            managers = tmp.createTrustManagers();
        } else {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init((KeyStore) null);
            managers = f.getTrustManagers();
        }
        return Arrays.stream(managers).filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                .findFirst()
                .orElseThrow(() -> new GeneralSecurityException("Option sslContextParameters has no X.509 trust"
                        + " manager"));
    }
}
