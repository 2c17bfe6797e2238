package io.camelai.cohere;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.api.V1ChatRequest;
import io.camelai.cohere.api.V2ChatRequest;
import io.camelai.cohere.chat.CohereV1Chat;
import io.camelai.cohere.chat.CohereV2Chat;
import io.camelai.cohere.ops.CohereAccountProducers;
import io.camelai.cohere.ops.CohereConnectorsProducer;
import io.camelai.cohere.ops.CohereDatasetsProducer;
import io.camelai.cohere.ops.CohereEmbed;
import io.camelai.cohere.ops.CohereEmbedJobsProducer;
import io.camelai.cohere.ops.CohereFinetuningProducer;
import io.camelai.cohere.ops.CohereRerankProducer;
import io.camelai.cohere.ops.CohereTextProducers;
import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import io.camelai.support.chat.ChatProducer;
import io.camelai.support.config.Credentials;
import io.camelai.support.embed.EmbeddingProducer;
import io.camelai.support.health.HealthProbe;
import io.camelai.support.http.ErrorDecoder;
import io.camelai.support.http.StaticHeaders;
import io.camelai.support.json.PassThrough;
import okhttp3.Interceptor;
import okhttp3.Request;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Calls the Cohere API: chat (plain, streamed, with tools) and the other operations named in the URI path.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = CohereConstants.SCHEME, title = "Cohere", syntax = "cohere:operation", category = {
        Category.AI}, headersClass = CohereConstants.class)
public class CohereEndpoint extends AiEndpoint<CohereConfiguration> {

    @UriPath(enums = "chat,embed,rerank,classify,tokenize,detokenize,models,check-api-key,generate,summarize,embed-jobs,"
            + "datasets,connectors,finetuning")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private CohereConfiguration configuration;

    private final CohereOperation op;
    private volatile String apiKey;

    public CohereEndpoint(String uri, CohereComponent component, String operation, CohereConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.op = AiComponent.operation(CohereConstants.SCHEME, operation, CohereOperation.class,
                CohereOperation::uriName);
        setConfiguration(configuration);
    }

    /**
     * The operation to perform.
     */
    public String getOperation() {
        return operation;
    }

    public CohereOperation operation() {
        return op;
    }

    @Override
    public CohereConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's options.
     */
    public void setConfiguration(CohereConfiguration configuration) {
        if (configuration != null) {
            configuration.forOperation(op.uriName()); // some option ranges depend on it
        }
        this.configuration = configuration;
    }

    @Override
    public String providerName() {
        return CohereConstants.SCHEME;
    }

    @Override
    protected boolean isChatOperation() {
        return op == CohereOperation.CHAT;
    }

    /** The legacy generate takes a prompt like a chat's user message; summarize's body is the document itself. */
    @Override
    protected boolean takesUserMessage() {
        return op == CohereOperation.CHAT || op == CohereOperation.GENERATE;
    }

    /** Pass-through keys are checked at creation against the fields this operation and API version write. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        PassThrough.check("extra.", configuration.getExtra(), passThroughReserved());
    }

    /** The body fields no extra.* key may name; other operations send no extra keys. */
    private Set<String> passThroughReserved() {
        boolean v1 = "v1".equals(configuration.getApiVersion());
        return switch (op) {
            case CHAT -> v1 ? V1ChatRequest.FIELDS : V2ChatRequest.FIELDS;
            case EMBED -> CohereEmbed.FIELDS;
            case RERANK -> CohereRerankProducer.FIELDS;
            default -> Set.of();
        };
    }

    @Override
    protected void doStart() throws Exception {
        apiKey = Credentials.require(CohereConstants.SCHEME, "apiKey", configuration.getApiKey(),
                CohereConstants.API_KEY_ENV);
        secretMasker().add(apiKey);
        super.doStart();
    }

    @Override
    protected List<Interceptor> authInterceptors() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + apiKey);
        if (configuration.getClientName() != null && !configuration.getClientName().isBlank()) {
            headers.put("X-Client-Name", configuration.getClientName());
        }
        return List.of(new StaticHeaders(headers));
    }

    @Override
    protected ErrorDecoder errorDecoder() {
        return new CohereErrorDecoder();
    }

    /**
     * {@code POST /v1/check-api-key} (https://docs.cohere.com/reference/checkapikey): DOWN when the key is not
     * valid (a 401, or {@code valid: false}) or Cohere cannot be reached.
     */
    @Override
    protected HealthProbe healthProbe() {
        return () -> {
            Request request = new Request.Builder().url(url("/v1/check-api-key"))
                    .post(okhttp3.RequestBody.create(new byte[0])).build();
            JsonNode answer = httpClient().executeJson(null, request, (response, json) -> json);
            return answer.path("valid").asBoolean(false)
                    ? null
                    : "credentials rejected: Cohere says the API key is"
                            + " not valid";
        };
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (op) {
            case CHAT -> new ChatProducer<>(this, "v1".equals(configuration.getApiVersion())
                    ? new CohereV1Chat(this)
                    : new CohereV2Chat(this));
            case EMBED -> new EmbeddingProducer<>(this, new CohereEmbed(this));
            case RERANK -> new CohereRerankProducer(this);
            case CLASSIFY -> new CohereTextProducers.Classify(this);
            case TOKENIZE -> new CohereTextProducers.Tokenize(this);
            case DETOKENIZE -> new CohereTextProducers.Detokenize(this);
            case GENERATE -> new CohereTextProducers.Generate(this);
            case SUMMARIZE -> new CohereTextProducers.Summarize(this);
            case MODELS -> new CohereAccountProducers.Models(this);
            case CHECK_API_KEY -> new CohereAccountProducers.CheckApiKey(this);
            case EMBED_JOBS -> new CohereEmbedJobsProducer(this);
            case DATASETS -> new CohereDatasetsProducer(this);
            case CONNECTORS -> new CohereConnectorsProducer(this);
            case FINETUNING -> new CohereFinetuningProducer(this);
        };
    }
}
