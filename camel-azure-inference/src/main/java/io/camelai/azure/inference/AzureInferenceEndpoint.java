package io.camelai.azure.inference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelai.azure.inference.api.ChatCompletionsRequest;
import io.camelai.azure.inference.chat.AzureChat;
import io.camelai.azure.inference.embed.AzureEmbed;
import io.camelai.azure.inference.embed.AzureInfoProducer;
import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import io.camelai.support.chat.ChatProducer;
import io.camelai.support.config.Credentials;
import io.camelai.support.embed.EmbeddingProducer;
import io.camelai.support.health.HealthProbe;
import io.camelai.support.http.ErrorDecoder;
import io.camelai.support.http.StaticHeaders;
import io.camelai.support.json.PassThrough;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Calls the Azure AI Model Inference API: chat (plain, streamed, with tools), embeddings, image embeddings and model
 * info.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = AzureInferenceConstants.SCHEME, title = "Azure AI Inference", syntax = "azure-inference:operation", category = {
        Category.AI}, headersClass = AzureInferenceConstants.class)
public class AzureInferenceEndpoint extends AiEndpoint<AzureInferenceConfiguration> {

    @UriPath(enums = "chat,embed,image-embed,info")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private AzureInferenceConfiguration configuration;

    private final AzureInferenceOperation op;
    private volatile List<Interceptor> auth;

    public AzureInferenceEndpoint(String uri, AzureInferenceComponent component, String operation,
            AzureInferenceConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.op = AiComponent.operation(AzureInferenceConstants.SCHEME, operation, AzureInferenceOperation.class,
                AzureInferenceOperation::uriName);
        this.configuration = configuration;
    }

    /**
     * The operation to perform.
     */
    public String getOperation() {
        return operation;
    }

    public AzureInferenceOperation operation() {
        return op;
    }

    @Override
    public AzureInferenceConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's options.
     */
    public void setConfiguration(AzureInferenceConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String providerName() {
        return AzureInferenceConstants.SCHEME;
    }

    @Override
    protected boolean isChatOperation() {
        return op == AzureInferenceOperation.CHAT;
    }

    /** Pass-through keys are checked at creation against the fields this endpoint's operation writes. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        PassThrough.check("extra.", configuration.getExtra(), switch (op) {
            case CHAT -> ChatCompletionsRequest.FIELDS;
            case EMBED, IMAGE_EMBED -> AzureEmbed.FIELDS;
            case INFO -> Set.of();
        });
    }

    @Override
    protected void doStart() throws Exception {
        Credentials.require(AzureInferenceConstants.SCHEME, "endpoint", configuration.getEndpoint(),
                AzureInferenceConstants.ENDPOINT_ENV);
        auth = auth();
        super.doStart();
    }

    private List<Interceptor> auth() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (configuration.getExtraParameters() != null) {
            headers.put("extra-parameters", configuration.getExtraParameters());
        }
        Object credential = configuration.getTokenCredential();
        if (credential == null && configuration.getApiKey() == null
                && getComponent() instanceof AzureInferenceComponent c) {
            credential = c.autowiredTokenCredential();
        }
        if (credential != null) {
            TokenCredentialAuth tokens = new TokenCredentialAuth(credential, configuration.getScope(),
                    secretMasker());
            return headers.isEmpty() ? List.of(tokens) : List.of(new StaticHeaders(headers), tokens);
        }
        String key = Credentials.require(AzureInferenceConstants.SCHEME, "apiKey", configuration.getApiKey(),
                AzureInferenceConstants.CREDENTIAL_ENV);
        secretMasker().add(key);
        String how = configuration.getAuthHeader() == null ? "both" : configuration.getAuthHeader();
        if (!"bearer".equals(how)) {
            headers.put("api-key", key);
        }
        if (!"api-key".equals(how)) {
            headers.put("Authorization", "Bearer " + key);
        }
        return List.of(new StaticHeaders(headers));
    }

    @Override
    protected List<Interceptor> authInterceptors() {
        return auth;
    }

    /**
     * {@code GET /info} (https://learn.microsoft.com/en-us/rest/api/aifoundry/modelinference/reference/get-model-info):
     * DOWN when the credentials are refused or the endpoint cannot be reached.
     */
    @Override
    protected HealthProbe healthProbe() {
        return () -> {
            httpClient().executeJson(null, new Request.Builder().url(url("/info")).get().build(),
                    (response, json) -> json);
            return null;
        };
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new AzureInferenceErrorDecoder();
    }

    /** The URL of an API path under the endpoint root, with the api-version query every call needs. */
    @Override
    protected HttpUrl newUrl(String path) {
        return super.newUrl(path).newBuilder()
                .addQueryParameter("api-version", configuration.getApiVersion())
                .build();
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (op) {
            case CHAT -> new ChatProducer<>(this, new AzureChat(this));
            case EMBED -> new EmbeddingProducer<>(this, new AzureEmbed(this, false));
            case IMAGE_EMBED -> new EmbeddingProducer<>(this, new AzureEmbed(this, true));
            case INFO -> new AzureInfoProducer(this);
        };
    }
}
