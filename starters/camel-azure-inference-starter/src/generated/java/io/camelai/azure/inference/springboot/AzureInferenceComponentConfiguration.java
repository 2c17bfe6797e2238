package io.camelai.azure.inference.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls the Azure AI Model Inference API: chat (plain, streamed, with tools), embeddings, image embeddings and model info. Every option of the azure-inference component, bound from camel.component.azure-inference.* (relaxed names: api-key, max-retries).
 */
@javax.annotation.processing.Generated("io.camelai.starter.generator.StarterGenerator")
@ConfigurationProperties(prefix = "camel.component.azure-inference")
public class AzureInferenceComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The key, sent as configured by authHeader. Defaults to the AZURE_INFERENCE_CREDENTIAL environment variable. Not needed with tokenCredential. This option is a secret: keep it out of source files (an environment variable or a secret store), it is never logged.
     */
    private java.lang.String apiKey;

    /**
     * The api-version query parameter of every call.
     */
    private java.lang.String apiVersion;

    /**
     * How the key is sent: both (api-key and Authorization: Bearer, which every Azure host accepts), api-key, or bearer.
     */
    private java.lang.String authHeader;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection factories, AWS Clients, etc.
     */
    private java.lang.Boolean autowiredEnabled;

    /**
     * The most inputs per embedding call; longer inputs are split into several calls and the results reassembled in input order. Defaults to the provider's limit.
     */
    private java.lang.Integer batchSize;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd party component and make this possible for future releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private java.lang.Boolean bridgeErrorHandler;

    /**
     * The longest a non-streaming call may take in all (0: no limit). Streams are bounded by readTimeout between events instead, so a long answer is not cut off. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration callTimeout;

    /**
     * The configuration every endpoint starts from. A reference to a bean of type io.camelai.azure.inference.AzureInferenceConfiguration in the application context: #bean:name.
     */
    private java.lang.String configuration;

    /**
     * How long to wait for a connection to the provider. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration connectTimeout;

    /**
     * embed, image-embed: the number of dimensions of the embeddings, where the model supports it.
     */
    private java.lang.Integer dimensions;

    /**
     * embed, image-embed: the encoding of the embeddings. float gives a list of float; int8, uint8, binary and ubinary a list of int; base64 a list of base64 strings.
     */
    private java.lang.String encodingFormat;

    /**
     * The endpoint root, e.g. https://RESOURCE.services.ai.azure.com/models or https://HOST.REGION.models.ai.azure.com. Defaults to the AZURE_INFERENCE_ENDPOINT environment variable.
     */
    private java.lang.String endpoint;

    /**
     * Extra top-level body keys for parameters this API does not define, e.g. extra.safe_prompt=true (values are sent as JSON when they parse as JSON, else as strings). Needs extraParameters=pass-through. A key naming a field the component writes (model, messages, tools, stream, ...; input on embed endpoints) is refused. Set on the endpoint only (not by header CamelAiOptions). This is a multi-value option with prefix: extra.
     */
    private java.util.Map<java.lang.String, java.lang.Object> extra;

    /**
     * The extra-parameters header: what the service does with body keys the API does not define (the extra. options): pass-through to the model, drop, or error (the service default).
     */
    private java.lang.String extraParameters;

    /**
     * Penalises tokens by how often they appeared, -2 to 2.
     */
    private java.lang.Double frequencyPenalty;

    /**
     * Used for enabling or disabling all consumer based health checks from this component.
     */
    private java.lang.Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default disabled all producer based health-checks. You can turn on producer checks globally by setting camel.health.producersEnabled=true.
     */
    private java.lang.Boolean healthCheckProducerEnabled;

    /**
     * An OkHttpClient bean to derive this endpoint's HTTP clients from (proxy, TLS, pool, interceptors). By default one client shared by all endpoints is used; autowired when the registry holds exactly one OkHttpClient. sslContextParameters and the proxy options apply on top of it. A reference to a bean of type okhttp3.OkHttpClient in the application context: #bean:name. Autowired: the single bean of this type in the application context is used when unset.
     */
    private java.lang.String httpClient;

    /**
     * embed, image-embed: what the inputs are (text, query, document). Header CamelAzureInferenceInputType overrides it.
     */
    private java.lang.String inputType;

    /**
     * The JSON Schema for responseFormat=json_schema: inline JSON, or classpath:/file: to load it.
     */
    private java.lang.String jsonSchema;

    /**
     * The schema's name for responseFormat=json_schema (letters, digits, _ and -, at most 64).
     */
    private java.lang.String jsonSchemaName;

    /**
     * Whether the model must follow jsonSchema strictly.
     */
    private java.lang.Boolean jsonSchemaStrict;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled during routing messages via Camel's routing error handlers. Beware that when the first message is processed then creating and starting the producer may take a little time and prolong the total processing time of the processing.
     */
    private java.lang.Boolean lazyStartProducer;

    /**
     * Log requests and responses (logger io.camelai.http, INFO). Credentials are redacted; stream bodies are not logged (only their headers), so a stream is never buffered.
     */
    private java.lang.Boolean logHttp;

    /**
     * The largest image (bytes, 20 MiB by default) a chat message may carry inline: an image body (a .png/.jpg/.gif/.webp file, or bytes labelled image/... by CamelAiMediaType or Content-Type) is read only up to this size, and a larger image fails the exchange before any call. Image URLs are fetched by the provider, never by this component.
     */
    private java.lang.Long maxImageBytes;

    /**
     * The most images one chat call may carry (all messages together); more fail the exchange before any call.
     */
    private java.lang.Integer maxImages;

    /**
     * The largest response body (bytes, 32 MiB by default) a non-streaming call reads: a longer one fails while it is read, before it is buffered whole, with a non-retryable AiHttpException naming this option. Streams are bounded per line and event instead.
     */
    private java.lang.Long maxResponseBytes;

    /**
     * How many times a retryable failure (connection failure, 408, 429, 500, 502, 503, 504, provider overload codes) is retried before the exchange fails. A stream is never retried once its response started.
     */
    private java.lang.Integer maxRetries;

    /**
     * The most tokens to generate. Header CamelAiMaxTokens overrides it.
     */
    private java.lang.Integer maxTokens;

    /**
     * The most tool calls one assistant turn may run in an automatic tool loop. When the model asks for more, the first maxToolCallsPerTurn run and each call beyond them gets the error result 'too many tool calls in one turn' (with toolErrors=fail the exchange fails before any call of that turn runs).
     */
    private java.lang.Integer maxToolCallsPerTurn;

    /**
     * The most model calls one exchange makes in an automatic tool loop.
     */
    private java.lang.Integer maxToolIterations;

    /**
     * Enables conversation memory: a Simple expression (e.g. ${header.sessionId}) giving each exchange's conversation key. The conversation so far is sent before the new input, and the new turn (user input, tool calls and results, answer) is kept once the answer is complete. Memory is per endpoint and per key; the CamelAiMemoryReset header forgets a key first.
     */
    private java.lang.String memoryKey;

    /**
     * The most conversations the in-memory store of an endpoint keeps; the least recently used one is forgotten first. Not used with memoryRepository.
     */
    private java.lang.Integer memoryMaxConversations;

    /**
     * The most messages one conversation keeps: older turns are dropped whole, so the kept conversation starts with a user message.
     */
    private java.lang.Integer memoryMaxMessages;

    /**
     * A Camel AggregationRepository bean (#myRepo) that stores the conversations instead of the endpoint's in-memory store, e.g. a JDBC or Infinispan repository shared by several instances: each conversation is one exchange whose body is the conversation as JSON text. Every endpoint given the same repository shares its keys. A reference to a bean of type org.apache.camel.spi.AggregationRepository in the application context: #bean:name.
     */
    private java.lang.String memoryRepository;

    /**
     * The output modalities (text, audio) for API versions that support them.
     */
    private java.util.List<java.lang.String> modalities;

    /**
     * The deployment/model name sent as model: required on a multi-model endpoint (AI Foundry, AI Services), optional on a serverless one. Header CamelAiModel overrides it.
     */
    private java.lang.String model;

    /**
     * Structured output: the fully qualified name of a record or POJO class. Its JSON Schema (every property required, no additional properties) is sent as the provider's response format, the answer is parsed into the class and becomes the body (the text stays in CamelAiRawAnswer); an answer that does not parse fails the exchange with AiOutputParseException. Not with stream=true.
     */
    private java.lang.String outputClass;

    /**
     * text (the default): the body is the answer's text. json: the answer is parsed into a Jackson JsonNode body (the text stays in CamelAiRawAnswer); ask for JSON with responseFormat. Not with outputClass or stream=true.
     */
    private java.lang.String outputType;

    /**
     * The most embedding calls of one exchange in flight at once.
     */
    private java.lang.Integer parallelCalls;

    /**
     * Penalises tokens that appeared at all, -2 to 2.
     */
    private java.lang.Double presencePenalty;

    /**
     * The host of a proxy every request of this endpoint goes through (token requests included). Needs proxyPort.
     */
    private java.lang.String proxyHost;

    /**
     * The password of proxyUser. Never logged nor in exception messages. This option is a secret: keep it out of source files (an environment variable or a secret store), it is never logged.
     */
    private java.lang.String proxyPassword;

    /**
     * The port of the proxy named by proxyHost.
     */
    private java.lang.Integer proxyPort;

    /**
     * The kind of proxy: HTTP (HTTPS is tunnelled with CONNECT) or SOCKS.
     */
    private java.lang.String proxyType;

    /**
     * The user name sent to an HTTP proxy that asks for credentials (Proxy-Authorization: Basic); needs proxyPassword. This option is a secret: keep it out of source files (an environment variable or a secret store), it is never logged.
     */
    private java.lang.String proxyUser;

    /**
     * How long to wait for the response to start and, in a stream, between two events. A stream that goes quiet for longer fails with CamelAiPartialText set. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration readTimeout;

    /**
     * The most calls per minute this endpoint starts (0: no limit): calls are spread evenly over the minute (600 starts one every 100 ms), waiting callers are held back, retries included. Endpoints with the same credentials, operation, base URL, model and limits share one budget. Once set, a provider's 429 with Retry-After or its rate-limit headers (remaining 0 with a reset time) pause the whole budget. A call that would wait longer than callTimeout (else readTimeout) fails with a retryable AiHttpException carrying the wait.
     */
    private java.lang.Integer requestsPerMinute;

    /**
     * The response format: text, json_object, or json_schema (with jsonSchema).
     */
    private java.lang.String responseFormat;

    /**
     * The initial backoff before a retry when the provider gave no Retry-After: each wait is random between 0 and retryBackoff doubled for every earlier retry (exponential backoff with full jitter), capped by retryMaxDelay. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration retryBackoff;

    /**
     * The longest wait before a retry. A provider asking (Retry-After, retry-after-ms, x-ms-retry-after-ms) for a longer wait is not retried: the exception, which carries the wait, goes to the route's error handler. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration retryMaxDelay;

    /**
     * The scope of tokenCredential tokens: https://ml.azure.com/.default for serverless and managed compute, https://cognitiveservices.azure.com/.default for .services.ai.azure.com and .openai.azure.com.
     */
    private java.lang.String scope;

    /**
     * A seed for best-effort deterministic sampling.
     */
    private java.lang.Long seed;

    /**
     * The TLS settings of the connections to the provider (trusted CAs, client certificate, protocols, cipher suites). By default the JVM's; see also the component's useGlobalSslContextParameters. A reference to a bean of type org.apache.camel.support.jsse.SSLContextParameters in the application context: #bean:name.
     */
    private java.lang.String sslContextParameters;

    /**
     * Sequences that stop generation (comma-separated in a URI).
     */
    private java.util.List<java.lang.String> stop;

    /**
     * Stream the answer: one exchange per chunk, to the consumer of this same endpoint if there is one (the producer then ends with the whole text), else as a ChatStream body for .split(body()).streaming().
     */
    private java.lang.Boolean stream;

    /**
     * The system message, as a Simple expression evaluated for each exchange. A system message the request already has wins, then the CamelAiSystemMessage header, then this option; it replaces the provider's literal system option (preamble, system), which cannot be set with it.
     */
    private java.lang.String systemMessage;

    /**
     * Sampling temperature, 0 to 1. Header CamelAiTemperature overrides it.
     */
    private java.lang.Double temperature;

    /**
     * A com.azure.core.credential.TokenCredential bean (Entra ID, e.g. DefaultAzureCredential; needs azure-core on the classpath). Its tokens are sent as Authorization: Bearer and refreshed before they expire. When neither this nor apiKey is set, the registry's TokenCredential bean is used if it holds exactly one (autowiring). A reference to a bean of type com.azure.core.credential.TokenCredential in the application context: #bean:name.
     */
    private java.lang.String tokenCredential;

    /**
     * The most tokens per minute this endpoint's calls may use (0: no limit), shared and paced like requestsPerMinute. A call counts its request body's UTF-8 bytes / 4 (an estimate of its input tokens) before it is sent, settled against the input and output tokens the provider reports: in a non-streaming answer, or at the end of a stream that reports its usage.
     */
    private java.lang.Long tokensPerMinute;

    /**
     * auto, none, required, or the name of the one function the model must call.
     */
    private java.lang.String toolChoice;

    /**
     * What a failing or refused tool call does in an automatic tool loop: report (the model gets an error result and carries on) or fail (the exchange fails with the tool's exception, or at once for a call of a tool not offered, invalid arguments or a turn over maxToolCallsPerTurn).
     */
    private java.lang.String toolErrors;

    /**
     * auto (the default when tools are set): the producer calls the tools and sends their results back until the model answers. manual: the producer returns the model's tool calls in CamelAiToolCalls for the ToolCalls.route() processor or the llm-tool-calls endpoint.
     */
    private java.lang.String toolExecution;

    /**
     * Tools the model may call: bean references (#bean1,#bean2) whose AiTool methods become tools, llm-tool route names, or a JSON definition file (classpath:tools.json).
     */
    private java.lang.String tools;

    /**
     * Nucleus sampling, 0 to 1.
     */
    private java.lang.Double topP;

    /**
     * Use the CamelContext's global SSLContextParameters for endpoints that set no sslContextParameters of their own.
     */
    private java.lang.Boolean useGlobalSslContextParameters;

    /**
     * The user message, as a Simple expression evaluated for each exchange (e.g. 'Summarise this ticket in one line: ${body}'), so the message body can stay the original message. The CamelAiUserMessage header (a literal text) takes precedence; without either, the body is the chat input. Parsed once when the endpoint starts: values the expression reads (the body, a header) are inserted as text, never evaluated.
     */
    private java.lang.String userMessage;

    public java.lang.String getApiKey() {
        return apiKey;
    }

    public void setApiKey(java.lang.String apiKey) {
        this.apiKey = apiKey;
    }

    public java.lang.String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(java.lang.String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public java.lang.String getAuthHeader() {
        return authHeader;
    }

    public void setAuthHeader(java.lang.String authHeader) {
        this.authHeader = authHeader;
    }

    public java.lang.Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(java.lang.Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public java.lang.Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(java.lang.Integer batchSize) {
        this.batchSize = batchSize;
    }

    public java.lang.Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(java.lang.Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public java.time.Duration getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(java.time.Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    public java.lang.String getConfiguration() {
        return configuration;
    }

    public void setConfiguration(java.lang.String configuration) {
        this.configuration = configuration;
    }

    public java.time.Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(java.time.Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public java.lang.Integer getDimensions() {
        return dimensions;
    }

    public void setDimensions(java.lang.Integer dimensions) {
        this.dimensions = dimensions;
    }

    public java.lang.String getEncodingFormat() {
        return encodingFormat;
    }

    public void setEncodingFormat(java.lang.String encodingFormat) {
        this.encodingFormat = encodingFormat;
    }

    public java.lang.String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(java.lang.String endpoint) {
        this.endpoint = endpoint;
    }

    public java.util.Map<java.lang.String, java.lang.Object> getExtra() {
        return extra;
    }

    public void setExtra(java.util.Map<java.lang.String, java.lang.Object> extra) {
        this.extra = extra;
    }

    public java.lang.String getExtraParameters() {
        return extraParameters;
    }

    public void setExtraParameters(java.lang.String extraParameters) {
        this.extraParameters = extraParameters;
    }

    public java.lang.Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    public void setFrequencyPenalty(java.lang.Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public java.lang.Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(java.lang.Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public java.lang.Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(java.lang.Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public java.lang.String getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(java.lang.String httpClient) {
        this.httpClient = httpClient;
    }

    public java.lang.String getInputType() {
        return inputType;
    }

    public void setInputType(java.lang.String inputType) {
        this.inputType = inputType;
    }

    public java.lang.String getJsonSchema() {
        return jsonSchema;
    }

    public void setJsonSchema(java.lang.String jsonSchema) {
        this.jsonSchema = jsonSchema;
    }

    public java.lang.String getJsonSchemaName() {
        return jsonSchemaName;
    }

    public void setJsonSchemaName(java.lang.String jsonSchemaName) {
        this.jsonSchemaName = jsonSchemaName;
    }

    public java.lang.Boolean getJsonSchemaStrict() {
        return jsonSchemaStrict;
    }

    public void setJsonSchemaStrict(java.lang.Boolean jsonSchemaStrict) {
        this.jsonSchemaStrict = jsonSchemaStrict;
    }

    public java.lang.Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(java.lang.Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public java.lang.Boolean getLogHttp() {
        return logHttp;
    }

    public void setLogHttp(java.lang.Boolean logHttp) {
        this.logHttp = logHttp;
    }

    public java.lang.Long getMaxImageBytes() {
        return maxImageBytes;
    }

    public void setMaxImageBytes(java.lang.Long maxImageBytes) {
        this.maxImageBytes = maxImageBytes;
    }

    public java.lang.Integer getMaxImages() {
        return maxImages;
    }

    public void setMaxImages(java.lang.Integer maxImages) {
        this.maxImages = maxImages;
    }

    public java.lang.Long getMaxResponseBytes() {
        return maxResponseBytes;
    }

    public void setMaxResponseBytes(java.lang.Long maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    public java.lang.Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(java.lang.Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public java.lang.Integer getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(java.lang.Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public java.lang.Integer getMaxToolCallsPerTurn() {
        return maxToolCallsPerTurn;
    }

    public void setMaxToolCallsPerTurn(java.lang.Integer maxToolCallsPerTurn) {
        this.maxToolCallsPerTurn = maxToolCallsPerTurn;
    }

    public java.lang.Integer getMaxToolIterations() {
        return maxToolIterations;
    }

    public void setMaxToolIterations(java.lang.Integer maxToolIterations) {
        this.maxToolIterations = maxToolIterations;
    }

    public java.lang.String getMemoryKey() {
        return memoryKey;
    }

    public void setMemoryKey(java.lang.String memoryKey) {
        this.memoryKey = memoryKey;
    }

    public java.lang.Integer getMemoryMaxConversations() {
        return memoryMaxConversations;
    }

    public void setMemoryMaxConversations(java.lang.Integer memoryMaxConversations) {
        this.memoryMaxConversations = memoryMaxConversations;
    }

    public java.lang.Integer getMemoryMaxMessages() {
        return memoryMaxMessages;
    }

    public void setMemoryMaxMessages(java.lang.Integer memoryMaxMessages) {
        this.memoryMaxMessages = memoryMaxMessages;
    }

    public java.lang.String getMemoryRepository() {
        return memoryRepository;
    }

    public void setMemoryRepository(java.lang.String memoryRepository) {
        this.memoryRepository = memoryRepository;
    }

    public java.util.List<java.lang.String> getModalities() {
        return modalities;
    }

    public void setModalities(java.util.List<java.lang.String> modalities) {
        this.modalities = modalities;
    }

    public java.lang.String getModel() {
        return model;
    }

    public void setModel(java.lang.String model) {
        this.model = model;
    }

    public java.lang.String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(java.lang.String outputClass) {
        this.outputClass = outputClass;
    }

    public java.lang.String getOutputType() {
        return outputType;
    }

    public void setOutputType(java.lang.String outputType) {
        this.outputType = outputType;
    }

    public java.lang.Integer getParallelCalls() {
        return parallelCalls;
    }

    public void setParallelCalls(java.lang.Integer parallelCalls) {
        this.parallelCalls = parallelCalls;
    }

    public java.lang.Double getPresencePenalty() {
        return presencePenalty;
    }

    public void setPresencePenalty(java.lang.Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public java.lang.String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(java.lang.String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public java.lang.String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(java.lang.String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public java.lang.Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(java.lang.Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public java.lang.String getProxyType() {
        return proxyType;
    }

    public void setProxyType(java.lang.String proxyType) {
        this.proxyType = proxyType;
    }

    public java.lang.String getProxyUser() {
        return proxyUser;
    }

    public void setProxyUser(java.lang.String proxyUser) {
        this.proxyUser = proxyUser;
    }

    public java.time.Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(java.time.Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public java.lang.Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(java.lang.Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public java.lang.String getResponseFormat() {
        return responseFormat;
    }

    public void setResponseFormat(java.lang.String responseFormat) {
        this.responseFormat = responseFormat;
    }

    public java.time.Duration getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(java.time.Duration retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public java.time.Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(java.time.Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public java.lang.String getScope() {
        return scope;
    }

    public void setScope(java.lang.String scope) {
        this.scope = scope;
    }

    public java.lang.Long getSeed() {
        return seed;
    }

    public void setSeed(java.lang.Long seed) {
        this.seed = seed;
    }

    public java.lang.String getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(java.lang.String sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public java.util.List<java.lang.String> getStop() {
        return stop;
    }

    public void setStop(java.util.List<java.lang.String> stop) {
        this.stop = stop;
    }

    public java.lang.Boolean getStream() {
        return stream;
    }

    public void setStream(java.lang.Boolean stream) {
        this.stream = stream;
    }

    public java.lang.String getSystemMessage() {
        return systemMessage;
    }

    public void setSystemMessage(java.lang.String systemMessage) {
        this.systemMessage = systemMessage;
    }

    public java.lang.Double getTemperature() {
        return temperature;
    }

    public void setTemperature(java.lang.Double temperature) {
        this.temperature = temperature;
    }

    public java.lang.String getTokenCredential() {
        return tokenCredential;
    }

    public void setTokenCredential(java.lang.String tokenCredential) {
        this.tokenCredential = tokenCredential;
    }

    public java.lang.Long getTokensPerMinute() {
        return tokensPerMinute;
    }

    public void setTokensPerMinute(java.lang.Long tokensPerMinute) {
        this.tokensPerMinute = tokensPerMinute;
    }

    public java.lang.String getToolChoice() {
        return toolChoice;
    }

    public void setToolChoice(java.lang.String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public java.lang.String getToolErrors() {
        return toolErrors;
    }

    public void setToolErrors(java.lang.String toolErrors) {
        this.toolErrors = toolErrors;
    }

    public java.lang.String getToolExecution() {
        return toolExecution;
    }

    public void setToolExecution(java.lang.String toolExecution) {
        this.toolExecution = toolExecution;
    }

    public java.lang.String getTools() {
        return tools;
    }

    public void setTools(java.lang.String tools) {
        this.tools = tools;
    }

    public java.lang.Double getTopP() {
        return topP;
    }

    public void setTopP(java.lang.Double topP) {
        this.topP = topP;
    }

    public java.lang.Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(java.lang.Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public java.lang.String getUserMessage() {
        return userMessage;
    }

    public void setUserMessage(java.lang.String userMessage) {
        this.userMessage = userMessage;
    }
}
