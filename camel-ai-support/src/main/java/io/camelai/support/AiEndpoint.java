package io.camelai.support;

import java.util.List;

import io.camelai.support.chat.ChatChunkConsumer;
import io.camelai.support.chat.PromptTemplates;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.config.ExchangeOptions;
import io.camelai.support.console.AiStats;
import io.camelai.support.health.HealthProbe;
import io.camelai.support.http.AiHttpClient;
import io.camelai.support.http.ErrorDecoder;
import io.camelai.support.http.RateLimiter;
import io.camelai.support.http.RateLimiters;
import io.camelai.support.http.SecretMasker;
import io.camelai.support.memory.ConversationMemory;
import io.camelai.support.output.StructuredOutput;
import io.camelai.support.telemetry.AiMetrics;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.service.ServiceHelper;

/**
 * What the three components' endpoints share: option validation at creation, the HTTP client built from the options
 * (with the provider's auth and error mapping), and the one streaming consumer a streaming chat endpoint may have.
 * The endpoint coordinates; the jobs are done by {@link EndpointHttp} (client and secrets), {@link EndpointUrls}
 * (parsed, bounded URL cache) and {@link ChunkConsumers} (the streaming consumer).
 * <p>
 * The endpoint URI is its identity and keeps its credentials: Camel takes endpoints with equal URIs as the same
 * endpoint, so two tenants' URIs that differ only in their keys must stay two endpoints (a masked URI would hand the
 * first tenant's endpoint, and key, to every tenant). Display is masked where Camel displays endpoints:
 * {@code toString()}, routes, tracing and error messages sanitize the URI ({@code URISupport.sanitizeUri}).
 */
public abstract class AiEndpoint<C extends AiConfiguration> extends DefaultEndpoint {

    /** The most API URLs an endpoint keeps parsed (a model header picks the path on Qianfan v1). */
    public static final int MAX_CACHED_URLS = 64;

    private final EndpointHttp http = new EndpointHttp();
    private final EndpointUrls urls = new EndpointUrls(MAX_CACHED_URLS, this::newUrl);
    private final ChunkConsumers chunkConsumers = new ChunkConsumers();
    /** The userMessage and systemMessage expressions, parsed when the endpoint starts. */
    private volatile PromptTemplates prompts = PromptTemplates.NONE;
    /** This endpoint's conversation memory (memoryKey), created once: a restart keeps its conversations. */
    private volatile ConversationMemory memory;
    private final EndpointHealth health = new EndpointHealth();
    private volatile OkHttpClient baseHttpClient;
    private volatile StructuredOutput structuredOutput;

    protected AiEndpoint(String uri, Component component) {
        super(uri, component);
    }

    /** This endpoint's options (a copy of the component's, with the URI's applied). */
    public abstract C getConfiguration();

    /** The provider's name in messages and exceptions. */
    public abstract String providerName();

    /** Whether this endpoint's operation is a chat (only a streaming chat endpoint may have a consumer). */
    protected abstract boolean isChatOperation();

    /**
     * This endpoint's credentials and tokens, masked wherever it writes text (exceptions, HTTP logs). A subclass adds
     * the credentials it resolved before {@code super.doStart()}; token-fetching interceptors add their tokens.
     */
    public SecretMasker secretMasker() {
        return http.secretMasker();
    }

    /** The interceptors that authenticate requests (they run before retries see the request). */
    protected abstract List<Interceptor> authInterceptors();

    protected abstract ErrorDecoder errorDecoder();

    /** Whether this endpoint's operation takes a prompt ({@code userMessage}): a chat, by default. */
    protected boolean takesUserMessage() {
        return isChatOperation();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        C cfg = getConfiguration();
        cfg.validate();
        if (!isChatOperation()) {
            String chatOnly = cfg.getSystemMessage() != null
                    ? "systemMessage"
                    : cfg.getMemoryKey() != null
                            ? "memoryKey"
                            : cfg.getUserMessage() != null && !takesUserMessage()
                                    ? "userMessage"
                                    : cfg.getOutputClass() != null ? "outputClass" : null;
            if (chatOnly != null) {
                throw new IllegalArgumentException("Option " + chatOnly + " applies to chat endpoints only; this"
                        + " endpoint is " + getEndpointBaseUri().split("\\?")[0]);
            }
        }
        structuredOutput();
    }

    /**
     * What this endpoint makes of a chat answer (text, JSON, an outputClass instance with its schema): resolved once,
     * at endpoint creation, from the endpoint's own configuration ({@code outputClass} is endpoint only).
     */
    public StructuredOutput structuredOutput() {
        StructuredOutput output = structuredOutput;
        if (output == null) {
            synchronized (this) {
                if (structuredOutput == null) {
                    structuredOutput = StructuredOutput.of(getCamelContext(), getConfiguration());
                }
                output = structuredOutput;
            }
        }
        return output;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        C cfg = getConfiguration();
        prompts = PromptTemplates.parse(getCamelContext(), cfg);
        if (memory == null) {
            memory = ConversationMemory.of(getCamelContext(), cfg);
        }
        if (cfg.getMemoryRepository() != null) {
            ServiceHelper.startService(cfg.getMemoryRepository()); // shared: stopped by its owner, not here
        }
        http.start(providerName(), cfg, baseHttpClient(), authInterceptors(), errorDecoder());
        http.client().metrics(AiMetrics.forEndpoint(this)); // GenAI metrics when a MeterRegistry is bound
        if (cfg.isRateLimited()) {
            http.client().rateLimiter(rateLimiter(cfg), cfg.rateLimitMaxWait());
        }
        health.register(this, healthProbe());
    }

    /**
     * The endpoint's requestsPerMinute/tokensPerMinute budget: shared by the component's endpoints with the same
     * credentials, operation, base URL, model and limits (see {@link RateLimiters}).
     */
    private RateLimiter rateLimiter(C cfg) {
        RateLimiters limiters = getComponent() instanceof AiComponent<?> ai ? ai.rateLimiters() : new RateLimiters();
        return limiters.limiter(secretMasker().fingerprint(), getEndpointBaseUri() + " " + baseUrl() + " "
                + cfg.getModel(), cfg.getRequestsPerMinute(), cfg.getTokensPerMinute());
    }

    /** The endpoint's userMessage and systemMessage expressions (none before the endpoint starts). */
    public PromptTemplates promptTemplates() {
        return prompts;
    }

    /** The endpoint's conversation memory, or null without {@code memoryKey}. */
    public ConversationMemory conversationMemory() {
        return memory;
    }

    @Override
    protected void doStop() throws Exception {
        health.unregister();
        super.doStop();
    }

    /**
     * The call the endpoint's producer health check makes (readiness: credentials accepted, provider reachable), or
     * null for no check. Called once the HTTP client is built.
     */
    protected HealthProbe healthProbe() {
        return null;
    }

    /**
     * The client every HTTP client of this endpoint derives from (token clients too): the {@code httpClient} bean or
     * the shared default, with {@code sslContextParameters} (else the context's, when the component's
     * {@code useGlobalSslContextParameters} is set) and the proxy options applied. Built on first use.
     */
    protected OkHttpClient baseHttpClient() throws Exception {
        OkHttpClient c = baseHttpClient;
        if (c == null) {
            c = EndpointNetwork.baseClient(getCamelContext(), getConfiguration(),
                    getComponent() instanceof AiComponent<?> ai ? ai.retrieveGlobalSslContextParameters() : null,
                    secretMasker());
            baseHttpClient = c;
        }
        return c;
    }

    /** The HTTP client of this endpoint; available once the endpoint started. */
    public AiHttpClient httpClient() {
        AiHttpClient c = http.client();
        if (c == null) {
            throw new IllegalStateException("Endpoint " + this + " is not started");
        }
        return c;
    }

    /** This endpoint's counts for the dev console, or null before it started. */
    public AiStats stats() {
        AiHttpClient c = http.client();
        return c == null ? null : c.stats();
    }

    /**
     * The options for one exchange: this endpoint's, with the {@code CamelAiOptions} header's overrides applied to a
     * copy and validated like the endpoint's own (see {@link ExchangeOptions} for what may change per exchange).
     * Without the header, the endpoint's configuration itself.
     */
    public C configurationFor(Exchange exchange) {
        return ExchangeOptions.apply(getCamelContext(), getConfiguration(),
                MessageHeaders.get(exchange.getMessage(), AiHeaders.OPTIONS));
    }

    /**
     * The URL of an API path under {@link #baseUrl()}, parsed once per path; at most {@link #MAX_CACHED_URLS} are
     * kept, least recently used first out.
     */
    public HttpUrl url(String path) {
        return urls.get(path);
    }

    /** Parses the URL of an API path (a provider adds what every call needs, such as a query parameter). */
    protected HttpUrl newUrl(String path) {
        return HttpUrl.get(baseUrl() + path);
    }

    /** How many parsed URLs this endpoint holds (at most {@link #MAX_CACHED_URLS}). */
    public int cachedUrls() {
        return urls.size();
    }

    /** The chat API root without a trailing slash. */
    public String baseUrl() {
        return EndpointUrls.withoutTrailingSlash(getConfiguration().getBaseUrl());
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!isChatOperation() || !getConfiguration().isStream()) {
            throw new IllegalArgumentException("Only a streaming chat endpoint can be consumed from (a URI such as "
                    + getEndpointBaseUri().split(":")[0]
                    + ":chat?stream=true); it receives one exchange per chunk of every"
                    + " stream its producers start. Endpoint: " + this);
        }
        ChatChunkConsumer consumer = new ChatChunkConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** Registers the one consumer of this endpoint's chunks. */
    public void registerChunkConsumer(ChatChunkConsumer consumer) {
        chunkConsumers.register(consumer, this);
    }

    public void unregisterChunkConsumer(ChatChunkConsumer consumer) {
        chunkConsumers.unregister(consumer);
    }

    /** The started consumer of this endpoint's chunks, or null. */
    public ChatChunkConsumer chunkConsumer() {
        return chunkConsumers.started();
    }
}
