package io.camelai.qianfan.auth;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.qianfan.QianfanConstants;
import io.camelai.support.config.Credentials;
import io.camelai.support.health.HealthProbe;
import io.camelai.support.http.OkHttpClients;
import io.camelai.support.http.SecretMasker;
import io.camelai.support.http.StaticHeaders;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Which interceptors authenticate an endpoint's requests, from the credentials it has: on v1, IAM request signing
 * (access key) or an OAuth token (application keys); on v2, a fixed bearer token or one obtained with IAM keys. The
 * credentials it resolves are added to the endpoint's masker.
 */
public final class QianfanAuth {

    private final QianfanConfiguration configuration;
    private final SecretMasker secretMasker;
    private final Clock clock;
    private final OkHttpClient baseClient;
    private OAuthTokens oauthTokens;
    private HealthProbe healthProbe;

    /**
     * @param clock      the clock signatures and token expiry are computed with
     * @param baseClient the endpoint's base client (its TLS settings and proxy), token clients derive from it
     */
    public QianfanAuth(QianfanConfiguration configuration, SecretMasker secretMasker, Clock clock,
            OkHttpClient baseClient) {
        this.configuration = configuration;
        this.secretMasker = secretMasker;
        this.clock = clock;
        this.baseClient = baseClient;
    }

    /** The interceptors for the configured API version and credentials; fails naming the options when there are none. */
    public List<Interceptor> interceptors() {
        return configuration.isV2() ? v2Auth() : v1Auth();
    }

    /**
     * The readiness probe: obtaining a token (OAuth with application keys; an IAM-signed bearer-token request with
     * access keys, which checks the keys on v1 too), or null with a fixed bearer token, which can be checked by no
     * call short of a model call. Tokens are cached while valid, so a probe calls out only when none is.
     */
    public HealthProbe healthProbe() {
        return healthProbe;
    }

    private static HealthProbe tokenProbe(TokenSource tokens) {
        return () -> {
            try {
                tokens.token();
                return null;
            } catch (IOException e) {
                return "could not obtain a token: " + e.getMessage();
            }
        };
    }

    /** Where a probe gets its token. */
    private interface TokenSource {
        String token() throws IOException;
    }

    /** The OAuth token source when app keys are used on v1, else null. */
    public OAuthTokens oauthTokens() {
        return oauthTokens;
    }

    private List<Interceptor> v1Auth() {
        String accessKey = Credentials.resolve(configuration.getAccessKey());
        String apiKey = Credentials.resolve(configuration.getApiKey());
        if (accessKey == null && apiKey == null) {
            accessKey = Credentials.resolve(null, QianfanConstants.ACCESS_KEY_ENV);
            apiKey = accessKey == null ? Credentials.resolve(null, QianfanConstants.APP_KEY_ENV) : null;
        }
        if (accessKey != null) {
            String secret = Credentials.require(QianfanConstants.SCHEME, "secretKey", configuration.getSecretKey(),
                    QianfanConstants.SECRET_KEY_ENV);
            secretMasker.add(accessKey);
            secretMasker.add(secret);
            BearerTokens probeTokens = BearerTokens.fromIam(tokenClient(), authUrl(QianfanConstants.DEFAULT_IAM_URL),
                    accessKey, secret, configuration.getSignatureExpiration(), clock, secretMasker);
            healthProbe = tokenProbe(probeTokens::token);
            return List.of(new IamSigningInterceptor(accessKey, secret, configuration.getSignatureExpiration(),
                    clock));
        }
        if (apiKey != null) {
            String secret = Credentials.require(QianfanConstants.SCHEME, "secretKey", configuration.getSecretKey(),
                    QianfanConstants.APP_SECRET_ENV);
            secretMasker.add(apiKey);
            secretMasker.add(secret);
            oauthTokens = new OAuthTokens(tokenClient(), authUrl(QianfanConstants.DEFAULT_OAUTH_URL), apiKey, secret,
                    clock, secretMasker);
            healthProbe = tokenProbe(oauthTokens::token);
            return List.of(new OAuthInterceptor(oauthTokens));
        }
        throw new IllegalArgumentException("No credentials for qianfan: set accessKey and secretKey (IAM, env "
                + QianfanConstants.ACCESS_KEY_ENV + " / " + QianfanConstants.SECRET_KEY_ENV
                + ") or apiKey and secretKey (application keys, env "
                + QianfanConstants.APP_KEY_ENV + " / " + QianfanConstants.APP_SECRET_ENV
                + ")");
    }

    private List<Interceptor> v2Auth() {
        List<Interceptor> out = new ArrayList<>();
        if (configuration.getAppId() != null) {
            out.add(new StaticHeaders(Map.of("appid", configuration.getAppId())));
        }
        String bearer = Credentials.resolve(configuration.getBearerToken(),
                configuration.getAccessKey() == null
                        ? new String[]{QianfanConstants.BEARER_TOKEN_ENV}
                        : new String[0]);
        if (bearer != null) {
            secretMasker.add(bearer);
            out.add(new BearerInterceptor(BearerTokens.fixed(bearer)));
            return out;
        }
        String accessKey = Credentials.resolve(configuration.getAccessKey(), QianfanConstants.ACCESS_KEY_ENV);
        if (accessKey == null) {
            throw new IllegalArgumentException("No credentials for qianfan v2: set bearerToken (env "
                    + QianfanConstants.BEARER_TOKEN_ENV + ") or accessKey and secretKey"
                    + " (env " + QianfanConstants.ACCESS_KEY_ENV + " / "
                    + QianfanConstants.SECRET_KEY_ENV + ")");
        }
        String secret = Credentials.require(QianfanConstants.SCHEME, "secretKey", configuration.getSecretKey(),
                QianfanConstants.SECRET_KEY_ENV);
        secretMasker.add(accessKey);
        secretMasker.add(secret);
        BearerTokens tokens = BearerTokens.fromIam(tokenClient(), authUrl(QianfanConstants.DEFAULT_IAM_URL),
                accessKey, secret, configuration.getSignatureExpiration(), clock, secretMasker);
        healthProbe = tokenProbe(tokens::token);
        out.add(new BearerInterceptor(tokens));
        return out;
    }

    /**
     * Token requests go through a client of their own, without the auth interceptors they serve, and never with HTTP
     * logging: their URLs and bodies are credentials. Their answers are bounded like any other.
     */
    private OkHttpClient tokenClient() {
        return OkHttpClients.unary(baseClient, configuration.timeouts(), List.of(), false,
                secretMasker, configuration.getMaxResponseBytes());
    }

    private String authUrl(String defaultUrl) {
        String url = configuration.getAuthUrl() != null ? configuration.getAuthUrl() : defaultUrl;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
