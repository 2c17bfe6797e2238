package io.camelai.qianfan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelai.qianfan.auth.BearerInterceptor;
import io.camelai.qianfan.auth.BearerTokens;
import io.camelai.qianfan.auth.IamSigningInterceptor;
import io.camelai.qianfan.auth.OAuthInterceptor;
import io.camelai.qianfan.auth.OAuthTokens;
import io.camelai.qianfan.chat.QianfanV1Chat;
import io.camelai.qianfan.chat.QianfanV2Chat;
import io.camelai.qianfan.embed.QianfanEmbed;
import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import io.camelai.support.chat.ChatProducer;
import io.camelai.support.config.Credentials;
import io.camelai.support.embed.EmbeddingProducer;
import io.camelai.support.config.PathSegments;
import io.camelai.support.http.ErrorDecoder;
import io.camelai.support.http.OkHttpClients;
import io.camelai.support.http.StaticHeaders;
import io.camelai.support.json.PassThrough;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Calls Baidu Qianfan: chat (plain, streamed, with function calling) and embeddings, on the v1 wenxinworkshop API
 * (IAM-signed or with an OAuth token) or the OpenAI-compatible v2 API (bearer token).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = QianfanConstants.SCHEME, title = "Qianfan", syntax = "qianfan:operation",
             category = { Category.AI }, headersClass = QianfanConstants.class)
public class QianfanEndpoint extends AiEndpoint<QianfanConfiguration> {

    static final String V1_PREFIX = "/rpc/2.0/ai_custom/v1/wenxinworkshop/";

    @UriPath(enums = "chat,embed")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private QianfanConfiguration configuration;

    private final QianfanOperation op;
    private volatile List<Interceptor> auth;
    private volatile OAuthTokens oauthTokens;
    private Clock clock = Clock.systemUTC();

    public QianfanEndpoint(String uri, QianfanComponent component, String operation,
                           QianfanConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.op = AiComponent.operation(QianfanConstants.SCHEME, operation, QianfanOperation.class,
                QianfanOperation::uriName);
        this.configuration = configuration;
    }

    /**
     * The operation to perform.
     */
    public String getOperation() {
        return operation;
    }

    @Override
    public QianfanConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's options.
     */
    public void setConfiguration(QianfanConfiguration configuration) {
        this.configuration = configuration;
    }

    /** For tests: the clock signatures and token expiry are computed with. */
    void clock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String providerName() {
        return QianfanConstants.SCHEME;
    }

    @Override
    protected boolean isChatOperation() {
        return op == QianfanOperation.CHAT;
    }

    @Override
    protected void doStart() throws Exception {
        auth = configuration.isV2() ? v2Auth() : v1Auth();
        super.doStart();
    }

    /** The OAuth token source when app keys are used (for tests and the token-expiry failure path), else null. */
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
            secretMasker().add(accessKey);
            secretMasker().add(secret);
            return List.of(new IamSigningInterceptor(accessKey, secret, configuration.getSignatureExpiration(),
                    clock));
        }
        if (apiKey != null) {
            String secret = Credentials.require(QianfanConstants.SCHEME, "secretKey", configuration.getSecretKey(),
                    QianfanConstants.APP_SECRET_ENV);
            secretMasker().add(apiKey);
            secretMasker().add(secret);
            oauthTokens = new OAuthTokens(tokenClient(), authUrl(QianfanConstants.DEFAULT_OAUTH_URL), apiKey, secret,
                    clock, secretMasker());
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
                configuration.getAccessKey() == null ? new String[] { QianfanConstants.BEARER_TOKEN_ENV }
                        : new String[0]);
        if (bearer != null) {
            secretMasker().add(bearer);
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
        secretMasker().add(accessKey);
        secretMasker().add(secret);
        out.add(new BearerInterceptor(BearerTokens.fromIam(tokenClient(), authUrl(QianfanConstants.DEFAULT_IAM_URL),
                accessKey, secret, configuration.getSignatureExpiration(), clock, secretMasker())));
        return out;
    }

    /**
     * Token requests go through a client of their own, without the auth interceptors they serve, and never with HTTP
     * logging: their URLs and bodies are credentials. Their answers are bounded like any other.
     */
    private OkHttpClient tokenClient() {
        return OkHttpClients.unary(configuration.getHttpClient(), configuration.timeouts(), List.of(), false,
                secretMasker(), configuration.getMaxResponseBytes());
    }

    private String authUrl(String defaultUrl) {
        String url = configuration.getAuthUrl() != null ? configuration.getAuthUrl() : defaultUrl;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    protected List<Interceptor> authInterceptors() {
        return auth;
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new QianfanErrorDecoder();
    }

    /**
     * The v1 URL of a model call, {@code .../wenxinworkshop/<kind>/<endpoint>}: the endpoint is checked and encoded
     * as one path segment, so no model name or endpoint can move the call elsewhere on the host.
     *
     * @param source where the endpoint came from, for the message: {@code option endpoint}, {@code header CamelAiModel}
     */
    public HttpUrl v1Url(String kind, String source, String urlEndpoint) {
        return PathSegments.append(url(V1_PREFIX + kind), source, urlEndpoint);
    }

    /**
     * Checks at creation what would otherwise fail the first exchange: the endpoint and (v1) model options become URL
     * path segments; v2 extraParameters.* keys must not name a body field the component writes.
     */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (configuration.getEndpoint() != null) {
            PathSegments.check("option endpoint", configuration.getEndpoint());
        }
        if (configuration.getModel() != null && !configuration.isV2()) {
            QianfanModels.checkName("option model", configuration.getModel());
        }
        if (configuration.isV2() && op == QianfanOperation.CHAT) {
            PassThrough.check("extraParameters.", configuration.getExtraParameters(), QianfanV2Chat.FIELDS);
        }
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (op) {
            case CHAT -> new ChatProducer<>(this, configuration.isV2() ? new QianfanV2Chat(this)
                    : new QianfanV1Chat(this));
            case EMBED -> new EmbeddingProducer<>(this, new QianfanEmbed(this));
        };
    }
}
