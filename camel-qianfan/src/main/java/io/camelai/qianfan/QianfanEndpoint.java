package io.camelai.qianfan;

import java.time.Clock;
import java.util.List;

import io.camelai.qianfan.auth.OAuthTokens;
import io.camelai.qianfan.auth.QianfanAuth;
import io.camelai.qianfan.chat.QianfanV1Chat;
import io.camelai.qianfan.chat.QianfanV2Chat;
import io.camelai.qianfan.embed.QianfanEmbed;
import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import io.camelai.support.chat.ChatProducer;
import io.camelai.support.config.PathSegments;
import io.camelai.support.embed.EmbeddingProducer;
import io.camelai.support.health.HealthProbe;
import io.camelai.support.http.ErrorDecoder;
import io.camelai.support.json.PassThrough;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
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
@UriEndpoint(firstVersion = "0.1.0", scheme = QianfanConstants.SCHEME, title = "Qianfan", syntax = "qianfan:operation", category = {
        Category.AI}, headersClass = QianfanConstants.class)
public class QianfanEndpoint extends AiEndpoint<QianfanConfiguration> {

    static final String V1_PREFIX = "/rpc/2.0/ai_custom/v1/wenxinworkshop/";

    @UriPath(enums = "chat,embed")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private QianfanConfiguration configuration;

    private final QianfanOperation op;
    private volatile QianfanAuth auth;
    private volatile List<Interceptor> authInterceptors;
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

    /** Which interceptors authenticate which credentials is {@link QianfanAuth}'s job. */
    @Override
    protected void doStart() throws Exception {
        QianfanAuth a = new QianfanAuth(configuration, secretMasker(), clock, baseHttpClient());
        authInterceptors = a.interceptors();
        auth = a;
        super.doStart();
    }

    /** The OAuth token source when app keys are used (for tests and the token-expiry failure path), else null. */
    public OAuthTokens oauthTokens() {
        QianfanAuth a = auth;
        return a == null ? null : a.oauthTokens();
    }

    @Override
    protected List<Interceptor> authInterceptors() {
        return authInterceptors;
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new QianfanErrorDecoder();
    }

    /** A token fetch (see {@link QianfanAuth#healthProbe()}); no check with a fixed v2 bearer token. */
    @Override
    protected HealthProbe healthProbe() {
        QianfanAuth a = auth;
        return a == null ? null : a.healthProbe();
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
            case CHAT -> new ChatProducer<>(this, configuration.isV2()
                    ? new QianfanV2Chat(this)
                    : new QianfanV1Chat(this));
            case EMBED -> new EmbeddingProducer<>(this, new QianfanEmbed(this));
        };
    }
}
