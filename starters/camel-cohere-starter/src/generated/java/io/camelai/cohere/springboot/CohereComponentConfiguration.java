package io.camelai.cohere.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls the Cohere API: chat (plain, streamed, with tools) and the other operations named in the URI path. Every option of the cohere component, bound from camel.component.cohere.* (relaxed names: api-key, max-retries).
 */
@javax.annotation.processing.Generated("io.camelai.starter.generator.StarterGenerator")
@ConfigurationProperties(prefix = "camel.component.cohere")
public class CohereComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * What an account operation does: embed-jobs (create, get, list, cancel, wait), datasets (create, get, list, delete, usage, wait, download), connectors (create, get, list, update, delete, authorize), finetuning (create, get, list, update, delete, events, training-step-metrics). Defaults to list. Header CamelCohereAction may pick a read action (get, list, usage, wait, download, events, training-step-metrics) per exchange; create, update, delete, cancel and authorize come only from this option.
     */
    private java.lang.String action;

    /**
     * summarize: a free-form instruction, e.g. focusing on the next steps.
     */
    private java.lang.String additionalCommand;

    /**
     * datasets list: only datasets created after this date-time (ISO 8601).
     */
    private java.lang.String after;

    /**
     * connectors authorize: where the user's browser goes once the connector is authorized (after_token_redirect). Set on the endpoint only (not by header CamelAiOptions).
     */
    private java.lang.String afterTokenRedirect;

    /**
     * The Cohere API key, sent as a bearer token. Defaults to the COHERE_API_KEY environment variable. This option is a secret: keep it out of source files (an environment variable or a secret store), it is never logged.
     */
    private java.lang.String apiKey;

    /**
     * The API version: v2 (POST /v2/chat) or v1 (POST /v1/chat and its own parameters).
     */
    private java.lang.String apiVersion;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection factories, AWS Clients, etc.
     */
    private java.lang.Boolean autowiredEnabled;

    /**
     * finetuning create, when the body is not a fine-tuned model object: the base model's type.
     */
    private java.lang.String baseType;

    /**
     * The Cohere API root. The simulator and private deployments override it.
     */
    private java.lang.String baseUrl;

    /**
     * The most inputs per embedding call; longer inputs are split into several calls and the results reassembled in input order. Defaults to the provider's limit.
     */
    private java.lang.Integer batchSize;

    /**
     * datasets list: only datasets created before this date-time (ISO 8601, e.g. 2025-01-31T00:00:00Z).
     */
    private java.lang.String before;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd party component and make this possible for future releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private java.lang.Boolean bridgeErrorHandler;

    /**
     * The longest a non-streaming call may take in all (0: no limit). Streams are bounded by readTimeout between events instead, so a long answer is not cut off. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration callTimeout;

    /**
     * Citation mode: v1 citation_quality, v2 citation_options.mode (ENABLED, DISABLED, FAST, ACCURATE, OFF).
     */
    private java.lang.String citationQuality;

    /**
     * The name of the project making the requests, sent as the X-Client-Name header on every call.
     */
    private java.lang.String clientName;

    /**
     * The configuration every endpoint starts from. A reference to a bean of type io.camelai.cohere.CohereConfiguration in the application context: #bean:name.
     */
    private java.lang.String configuration;

    /**
     * How long to wait for a connection to the provider. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration connectTimeout;

    /**
     * v1 chat: the options object of a connector, as connectorOptions.CONNECTOR_ID.KEY=VALUE, e.g. connectorOptions.web-search.site=example.com (a value that parses as JSON is sent as JSON). Set on the endpoint only (not by header CamelAiOptions). This is a multi-value option with prefix: connectorOptions.
     */
    private java.util.Map<java.lang.String, java.lang.Object> connectorOptions;

    /**
     * v1: connector ids to search, e.g. web-search (comma-separated); header CamelCohereConnectors may pick among them per exchange. Set on the endpoint only (not by header CamelAiOptions).
     */
    private java.util.List<java.lang.String> connectors;

    /**
     * v1 chat: continue_on_failure of every connector in the connectors option (the chat goes on when a connector fails). Set on the endpoint only (not by header CamelAiOptions).
     */
    private java.lang.Boolean connectorsContinueOnFailure;

    /**
     * v1: a server-side conversation whose history Cohere keeps (instead of sending chatHistory). Header CamelCohereConversationId overrides it.
     */
    private java.lang.String conversationId;

    /**
     * datasets create: the one-character delimiter of a .csv upload (csv_delimiter).
     */
    private java.lang.String csvDelimiter;

    /**
     * datasets create: the type (embed-input, reranker-finetune-input, chat-finetune-input, ...); list: a filter.
     */
    private java.lang.String datasetType;

    /**
     * models: with modelsEndpoint, only the endpoint's default model.
     */
    private java.lang.Boolean defaultOnly;

    /**
     * datasets create: validate the upload without keeping the dataset (dry_run).
     */
    private java.lang.Boolean dryRun;

    /**
     * embed: float, int8, uint8, binary, ubinary, base64 (comma-separated). One type gives a list of vectors, several a map of lists by type.
     */
    private java.util.List<java.lang.String> embeddingTypes;

    /**
     * generate: sequences that end generation (removed from the text).
     */
    private java.util.List<java.lang.String> endSequences;

    /**
     * Extra top-level body keys for parameters the component does not know, e.g. extra.new_flag=true (values are sent as JSON when they parse as JSON, else as strings), on chat (v2 and v1), embed and rerank. A key naming a field the component writes for that operation and API version (model, messages, tools, stream, ...; message and chat_history on v1; texts on embed; query and documents on rerank), set or not, is refused at endpoint creation; keys are compared ignoring case, '_' and '-'. A request object in the body keeps its own value for a key it sets. Set on the endpoint only (not by header CamelAiOptions). This is a multi-value option with prefix: extra.
     */
    private java.util.Map<java.lang.String, java.lang.Object> extra;

    /**
     * summarize: how close to the source text, low, medium or high.
     */
    private java.lang.String extractiveness;

    /**
     * v1: force single-step tool use.
     */
    private java.lang.Boolean forceSingleStep;

    /**
     * summarize: paragraph or bullets.
     */
    private java.lang.String format;

    /**
     * Penalises tokens by how often they appeared, 0 to 1.
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
     * embed (and embed-jobs): what the inputs are for. Required by v3 models; defaults to search_document on v2. Header CamelCohereInputType overrides it.
     */
    private java.lang.String inputType;

    /**
     * A JSON Schema for responseFormat=json_object: inline JSON, or classpath:/file: to load it (v1 schema, v2 json_schema).
     */
    private java.lang.String jsonSchema;

    /**
     * Top-k sampling, 0 to 500 (0 disables it, Cohere's default).
     */
    private java.lang.Integer k;

    /**
     * datasets create: fields to keep besides the type's required ones; validation fails when a row lacks one (keep_fields, comma-separated).
     */
    private java.util.List<java.lang.String> keepFields;

    /**
     * datasets create: store the uploaded file as well (keep_original_file).
     */
    private java.lang.Boolean keepOriginalFile;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled during routing messages via Camel's routing error handlers. Beware that when the first message is processed then creating and starting the producer may take a little time and prolong the total processing time of the processing.
     */
    private java.lang.Boolean lazyStartProducer;

    /**
     * summarize: short, medium or long.
     */
    private java.lang.String length;

    /**
     * datasets and connectors list: the most results to return.
     */
    private java.lang.Integer limit;

    /**
     * Log requests and responses (logger io.camelai.http, INFO). Credentials are redacted; stream bodies are not logged (only their headers), so a stream is never buffered.
     */
    private java.lang.Boolean logHttp;

    /**
     * v2: return log probabilities of the generated tokens.
     */
    private java.lang.Boolean logprobs;

    /**
     * rerank v1: the most chunks per document.
     */
    private java.lang.Integer maxChunksPerDoc;

    /**
     * The largest image (bytes, 20 MiB by default) a chat message may carry inline: an image body (a .png/.jpg/.gif/.webp file, or bytes labelled image/... by CamelAiMediaType or Content-Type) is read only up to this size, and a larger image fails the exchange before any call. Image URLs are fetched by the provider, never by this component.
     */
    private java.lang.Long maxImageBytes;

    /**
     * The most images one chat call may carry (all messages together); more fail the exchange before any call.
     */
    private java.lang.Integer maxImages;

    /**
     * v1: the most input tokens; longer prompts are truncated per promptTruncation.
     */
    private java.lang.Integer maxInputTokens;

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
     * rerank v2: documents longer than this are truncated (default 4096).
     */
    private java.lang.Integer maxTokensPerDoc;

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
     * The model: a Cohere model name or a fine-tuned model id. Header CamelAiModel overrides it per exchange.
     */
    private java.lang.String model;

    /**
     * models: only models compatible with this endpoint.
     */
    private java.lang.String modelsEndpoint;

    /**
     * embed-jobs create and datasets create: the name. Header CamelCohereName overrides it.
     */
    private java.lang.String name;

    /**
     * generate: how many generations, 1 to 5.
     */
    private java.lang.Integer numGenerations;

    /**
     * datasets and connectors list: how many results to skip.
     */
    private java.lang.Integer offset;

    /**
     * datasets create: fields to keep when a row has them (optional_fields, comma-separated).
     */
    private java.util.List<java.lang.String> optionalFields;

    /**
     * finetuning list and events: the sort order, e.g. created_at desc (order_by).
     */
    private java.lang.String orderBy;

    /**
     * Structured output: the fully qualified name of a record or POJO class. Its JSON Schema (every property required, no additional properties) is sent as the provider's response format, the answer is parsed into the class and becomes the body (the text stays in CamelAiRawAnswer); an answer that does not parse fails the exchange with AiOutputParseException. Not with stream=true.
     */
    private java.lang.String outputClass;

    /**
     * embed v2 (embed-v4): the embedding size, 256, 512, 1024 or 1536.
     */
    private java.lang.Integer outputDimension;

    /**
     * text (the default): the body is the answer's text. json: the answer is parsed into a Jackson JsonNode body (the text stays in CamelAiRawAnswer); ask for JSON with responseFormat. Not with outputClass or stream=true.
     */
    private java.lang.String outputType;

    /**
     * Top-p (nucleus) sampling, 0.01 to 0.99 (Cohere's default 0.75).
     */
    private java.lang.Double p;

    /**
     * models: models per page, 1 to 1000.
     */
    private java.lang.Integer pageSize;

    /**
     * The most embedding calls of one exchange in flight at once.
     */
    private java.lang.Integer parallelCalls;

    /**
     * embed-jobs and datasets wait: milliseconds between two status checks (at most one hour). Set on the endpoint only (not by header CamelAiOptions).
     */
    private java.lang.Long pollInterval;

    /**
     * v1: replaces the default preamble (system message), as a literal text. Header CamelAiSystemMessage overrides it; on v2 it is sent as a leading system message. systemMessage is its Simple-expression form (set one of the two).
     */
    private java.lang.String preamble;

    /**
     * Penalises tokens that appeared at all, 0 to 1.
     */
    private java.lang.Double presencePenalty;

    /**
     * classify, generate: a preset saved in the Cohere dashboard.
     */
    private java.lang.String preset;

    /**
     * v2 chat, embed and rerank: the request's priority, 0 (soonest) to 999.
     */
    private java.lang.Integer priority;

    /**
     * v1: how the prompt is truncated to fit: OFF, AUTO or AUTO_PRESERVE_ORDER.
     */
    private java.lang.String promptTruncation;

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
     * rerank v1: for object documents, the fields to rank on.
     */
    private java.util.List<java.lang.String> rankFields;

    /**
     * v1 chat and generate: send the message without pre-processing.
     */
    private java.lang.Boolean rawPrompting;

    /**
     * How long to wait for the response to start and, in a stream, between two events. A stream that goes quiet for longer fails with CamelAiPartialText set. A duration: 10s, 2m, or milliseconds.
     */
    private java.time.Duration readTimeout;

    /**
     * The most calls per minute this endpoint starts (0: no limit): calls are spread evenly over the minute (600 starts one every 100 ms), waiting callers are held back, retries included. Endpoints with the same credentials, operation, base URL, model and limits share one budget. Once set, a provider's 429 with Retry-After or its rate-limit headers (remaining 0 with a reset time) pause the whole budget. A call that would wait longer than callTimeout (else readTimeout) fails with a retryable AiHttpException carrying the wait.
     */
    private java.lang.Integer requestsPerMinute;

    /**
     * text, or json_object (with jsonSchema to constrain it).
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
     * rerank v1: return each result's document.
     */
    private java.lang.Boolean returnDocuments;

    /**
     * generate: token likelihoods to return.
     */
    private java.lang.String returnLikelihoods;

    /**
     * v1: return the full prompt the model saw (in CamelCohereResponse).
     */
    private java.lang.Boolean returnPrompt;

    /**
     * The safety instruction: CONTEXTUAL, STRICT, or OFF (v2) / NONE (v1).
     */
    private java.lang.String safetyMode;

    /**
     * v1: only generate search queries (CamelCohereSearchQueries), no answer.
     */
    private java.lang.Boolean searchQueriesOnly;

    /**
     * A seed for best-effort deterministic sampling (0 or more).
     */
    private java.lang.Long seed;

    /**
     * datasets create: drop malformed rows instead of failing validation; they are reported as validation warnings (skip_malformed_input).
     */
    private java.lang.Boolean skipMalformedInput;

    /**
     * The TLS settings of the connections to the provider (trusted CAs, client certificate, protocols, cipher suites). By default the JVM's; see also the component's useGlobalSslContextParameters. A reference to a bean of type org.apache.camel.support.jsse.SSLContextParameters in the application context: #bean:name.
     */
    private java.lang.String sslContextParameters;

    /**
     * Up to 5 strings that stop generation when produced (comma-separated in a URI).
     */
    private java.util.List<java.lang.String> stopSequences;

    /**
     * Stream the answer: one exchange per chunk, to the consumer of this same endpoint if there is one (the producer then ends with the whole text), else as a ChatStream body for .split(body()).streaming().
     */
    private java.lang.Boolean stream;

    /**
     * v1 streaming framing: ndjson (application/streamjson) or sse (the Accepts: text/event-stream request header).
     */
    private java.lang.String streamFormat;

    /**
     * v2: tool calls follow the tool schemas strictly.
     */
    private java.lang.Boolean strictTools;

    /**
     * The system message, as a Simple expression evaluated for each exchange. A system message the request already has wins, then the CamelAiSystemMessage header, then this option; it replaces the provider's literal system option (preamble, system), which cannot be set with it.
     */
    private java.lang.String systemMessage;

    /**
     * Sampling temperature: 0 to 1 for chat (Cohere's default 0.3); 0 to 5 for generate (default 0.75) and summarize (default 0.3). Header CamelAiTemperature overrides it.
     */
    private java.lang.Double temperature;

    /**
     * datasets create: how a .txt upload is split into entries (text_separator).
     */
    private java.lang.String textSeparator;

    /**
     * v2: reasoning models' thinking, enabled or disabled.
     */
    private java.lang.String thinking;

    /**
     * v2: the most tokens thinking may use.
     */
    private java.lang.Integer thinkingTokenBudget;

    /**
     * The most tokens per minute this endpoint's calls may use (0: no limit), shared and paced like requestsPerMinute. A call counts its request body's UTF-8 bytes / 4 (an estimate of its input tokens) before it is sent, settled against the input and output tokens the provider reports: in a non-streaming answer, or at the end of a stream that reports its usage.
     */
    private java.lang.Long tokensPerMinute;

    /**
     * v2: REQUIRED (the model must call a tool) or NONE (it must not).
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
     * rerank: how many results to return (all by default).
     */
    private java.lang.Integer topN;

    /**
     * embed, classify, generate, embed-jobs: how over-long inputs are truncated (NONE fails them).
     */
    private java.lang.String truncate;

    /**
     * Use the CamelContext's global SSLContextParameters for endpoints that set no sslContextParameters of their own.
     */
    private java.lang.Boolean useGlobalSslContextParameters;

    /**
     * The user message, as a Simple expression evaluated for each exchange (e.g. 'Summarise this ticket in one line: ${body}'), so the message body can stay the original message. The CamelAiUserMessage header (a literal text) takes precedence; without either, the body is the chat input. Parsed once when the endpoint starts: values the expression reads (the body, a header) are inserted as text, never evaluated.
     */
    private java.lang.String userMessage;

    /**
     * datasets list: only datasets with this validation status.
     */
    private java.lang.String validationStatus;

    /**
     * embed-jobs and datasets wait: the most milliseconds to wait for the job or the validation to finish (at most seven days). Set on the endpoint only (not by header CamelAiOptions).
     */
    private java.lang.Long waitTimeout;

    public java.lang.String getAction() {
        return action;
    }

    public void setAction(java.lang.String action) {
        this.action = action;
    }

    public java.lang.String getAdditionalCommand() {
        return additionalCommand;
    }

    public void setAdditionalCommand(java.lang.String additionalCommand) {
        this.additionalCommand = additionalCommand;
    }

    public java.lang.String getAfter() {
        return after;
    }

    public void setAfter(java.lang.String after) {
        this.after = after;
    }

    public java.lang.String getAfterTokenRedirect() {
        return afterTokenRedirect;
    }

    public void setAfterTokenRedirect(java.lang.String afterTokenRedirect) {
        this.afterTokenRedirect = afterTokenRedirect;
    }

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

    public java.lang.Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(java.lang.Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public java.lang.String getBaseType() {
        return baseType;
    }

    public void setBaseType(java.lang.String baseType) {
        this.baseType = baseType;
    }

    public java.lang.String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(java.lang.String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public java.lang.Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(java.lang.Integer batchSize) {
        this.batchSize = batchSize;
    }

    public java.lang.String getBefore() {
        return before;
    }

    public void setBefore(java.lang.String before) {
        this.before = before;
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

    public java.lang.String getCitationQuality() {
        return citationQuality;
    }

    public void setCitationQuality(java.lang.String citationQuality) {
        this.citationQuality = citationQuality;
    }

    public java.lang.String getClientName() {
        return clientName;
    }

    public void setClientName(java.lang.String clientName) {
        this.clientName = clientName;
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

    public java.util.Map<java.lang.String, java.lang.Object> getConnectorOptions() {
        return connectorOptions;
    }

    public void setConnectorOptions(java.util.Map<java.lang.String, java.lang.Object> connectorOptions) {
        this.connectorOptions = connectorOptions;
    }

    public java.util.List<java.lang.String> getConnectors() {
        return connectors;
    }

    public void setConnectors(java.util.List<java.lang.String> connectors) {
        this.connectors = connectors;
    }

    public java.lang.Boolean getConnectorsContinueOnFailure() {
        return connectorsContinueOnFailure;
    }

    public void setConnectorsContinueOnFailure(java.lang.Boolean connectorsContinueOnFailure) {
        this.connectorsContinueOnFailure = connectorsContinueOnFailure;
    }

    public java.lang.String getConversationId() {
        return conversationId;
    }

    public void setConversationId(java.lang.String conversationId) {
        this.conversationId = conversationId;
    }

    public java.lang.String getCsvDelimiter() {
        return csvDelimiter;
    }

    public void setCsvDelimiter(java.lang.String csvDelimiter) {
        this.csvDelimiter = csvDelimiter;
    }

    public java.lang.String getDatasetType() {
        return datasetType;
    }

    public void setDatasetType(java.lang.String datasetType) {
        this.datasetType = datasetType;
    }

    public java.lang.Boolean getDefaultOnly() {
        return defaultOnly;
    }

    public void setDefaultOnly(java.lang.Boolean defaultOnly) {
        this.defaultOnly = defaultOnly;
    }

    public java.lang.Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(java.lang.Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public java.util.List<java.lang.String> getEmbeddingTypes() {
        return embeddingTypes;
    }

    public void setEmbeddingTypes(java.util.List<java.lang.String> embeddingTypes) {
        this.embeddingTypes = embeddingTypes;
    }

    public java.util.List<java.lang.String> getEndSequences() {
        return endSequences;
    }

    public void setEndSequences(java.util.List<java.lang.String> endSequences) {
        this.endSequences = endSequences;
    }

    public java.util.Map<java.lang.String, java.lang.Object> getExtra() {
        return extra;
    }

    public void setExtra(java.util.Map<java.lang.String, java.lang.Object> extra) {
        this.extra = extra;
    }

    public java.lang.String getExtractiveness() {
        return extractiveness;
    }

    public void setExtractiveness(java.lang.String extractiveness) {
        this.extractiveness = extractiveness;
    }

    public java.lang.Boolean getForceSingleStep() {
        return forceSingleStep;
    }

    public void setForceSingleStep(java.lang.Boolean forceSingleStep) {
        this.forceSingleStep = forceSingleStep;
    }

    public java.lang.String getFormat() {
        return format;
    }

    public void setFormat(java.lang.String format) {
        this.format = format;
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

    public java.lang.Integer getK() {
        return k;
    }

    public void setK(java.lang.Integer k) {
        this.k = k;
    }

    public java.util.List<java.lang.String> getKeepFields() {
        return keepFields;
    }

    public void setKeepFields(java.util.List<java.lang.String> keepFields) {
        this.keepFields = keepFields;
    }

    public java.lang.Boolean getKeepOriginalFile() {
        return keepOriginalFile;
    }

    public void setKeepOriginalFile(java.lang.Boolean keepOriginalFile) {
        this.keepOriginalFile = keepOriginalFile;
    }

    public java.lang.Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(java.lang.Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public java.lang.String getLength() {
        return length;
    }

    public void setLength(java.lang.String length) {
        this.length = length;
    }

    public java.lang.Integer getLimit() {
        return limit;
    }

    public void setLimit(java.lang.Integer limit) {
        this.limit = limit;
    }

    public java.lang.Boolean getLogHttp() {
        return logHttp;
    }

    public void setLogHttp(java.lang.Boolean logHttp) {
        this.logHttp = logHttp;
    }

    public java.lang.Boolean getLogprobs() {
        return logprobs;
    }

    public void setLogprobs(java.lang.Boolean logprobs) {
        this.logprobs = logprobs;
    }

    public java.lang.Integer getMaxChunksPerDoc() {
        return maxChunksPerDoc;
    }

    public void setMaxChunksPerDoc(java.lang.Integer maxChunksPerDoc) {
        this.maxChunksPerDoc = maxChunksPerDoc;
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

    public java.lang.Integer getMaxInputTokens() {
        return maxInputTokens;
    }

    public void setMaxInputTokens(java.lang.Integer maxInputTokens) {
        this.maxInputTokens = maxInputTokens;
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

    public java.lang.Integer getMaxTokensPerDoc() {
        return maxTokensPerDoc;
    }

    public void setMaxTokensPerDoc(java.lang.Integer maxTokensPerDoc) {
        this.maxTokensPerDoc = maxTokensPerDoc;
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

    public java.lang.String getModel() {
        return model;
    }

    public void setModel(java.lang.String model) {
        this.model = model;
    }

    public java.lang.String getModelsEndpoint() {
        return modelsEndpoint;
    }

    public void setModelsEndpoint(java.lang.String modelsEndpoint) {
        this.modelsEndpoint = modelsEndpoint;
    }

    public java.lang.String getName() {
        return name;
    }

    public void setName(java.lang.String name) {
        this.name = name;
    }

    public java.lang.Integer getNumGenerations() {
        return numGenerations;
    }

    public void setNumGenerations(java.lang.Integer numGenerations) {
        this.numGenerations = numGenerations;
    }

    public java.lang.Integer getOffset() {
        return offset;
    }

    public void setOffset(java.lang.Integer offset) {
        this.offset = offset;
    }

    public java.util.List<java.lang.String> getOptionalFields() {
        return optionalFields;
    }

    public void setOptionalFields(java.util.List<java.lang.String> optionalFields) {
        this.optionalFields = optionalFields;
    }

    public java.lang.String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(java.lang.String orderBy) {
        this.orderBy = orderBy;
    }

    public java.lang.String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(java.lang.String outputClass) {
        this.outputClass = outputClass;
    }

    public java.lang.Integer getOutputDimension() {
        return outputDimension;
    }

    public void setOutputDimension(java.lang.Integer outputDimension) {
        this.outputDimension = outputDimension;
    }

    public java.lang.String getOutputType() {
        return outputType;
    }

    public void setOutputType(java.lang.String outputType) {
        this.outputType = outputType;
    }

    public java.lang.Double getP() {
        return p;
    }

    public void setP(java.lang.Double p) {
        this.p = p;
    }

    public java.lang.Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(java.lang.Integer pageSize) {
        this.pageSize = pageSize;
    }

    public java.lang.Integer getParallelCalls() {
        return parallelCalls;
    }

    public void setParallelCalls(java.lang.Integer parallelCalls) {
        this.parallelCalls = parallelCalls;
    }

    public java.lang.Long getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(java.lang.Long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public java.lang.String getPreamble() {
        return preamble;
    }

    public void setPreamble(java.lang.String preamble) {
        this.preamble = preamble;
    }

    public java.lang.Double getPresencePenalty() {
        return presencePenalty;
    }

    public void setPresencePenalty(java.lang.Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public java.lang.String getPreset() {
        return preset;
    }

    public void setPreset(java.lang.String preset) {
        this.preset = preset;
    }

    public java.lang.Integer getPriority() {
        return priority;
    }

    public void setPriority(java.lang.Integer priority) {
        this.priority = priority;
    }

    public java.lang.String getPromptTruncation() {
        return promptTruncation;
    }

    public void setPromptTruncation(java.lang.String promptTruncation) {
        this.promptTruncation = promptTruncation;
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

    public java.util.List<java.lang.String> getRankFields() {
        return rankFields;
    }

    public void setRankFields(java.util.List<java.lang.String> rankFields) {
        this.rankFields = rankFields;
    }

    public java.lang.Boolean getRawPrompting() {
        return rawPrompting;
    }

    public void setRawPrompting(java.lang.Boolean rawPrompting) {
        this.rawPrompting = rawPrompting;
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

    public java.lang.Boolean getReturnDocuments() {
        return returnDocuments;
    }

    public void setReturnDocuments(java.lang.Boolean returnDocuments) {
        this.returnDocuments = returnDocuments;
    }

    public java.lang.String getReturnLikelihoods() {
        return returnLikelihoods;
    }

    public void setReturnLikelihoods(java.lang.String returnLikelihoods) {
        this.returnLikelihoods = returnLikelihoods;
    }

    public java.lang.Boolean getReturnPrompt() {
        return returnPrompt;
    }

    public void setReturnPrompt(java.lang.Boolean returnPrompt) {
        this.returnPrompt = returnPrompt;
    }

    public java.lang.String getSafetyMode() {
        return safetyMode;
    }

    public void setSafetyMode(java.lang.String safetyMode) {
        this.safetyMode = safetyMode;
    }

    public java.lang.Boolean getSearchQueriesOnly() {
        return searchQueriesOnly;
    }

    public void setSearchQueriesOnly(java.lang.Boolean searchQueriesOnly) {
        this.searchQueriesOnly = searchQueriesOnly;
    }

    public java.lang.Long getSeed() {
        return seed;
    }

    public void setSeed(java.lang.Long seed) {
        this.seed = seed;
    }

    public java.lang.Boolean getSkipMalformedInput() {
        return skipMalformedInput;
    }

    public void setSkipMalformedInput(java.lang.Boolean skipMalformedInput) {
        this.skipMalformedInput = skipMalformedInput;
    }

    public java.lang.String getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(java.lang.String sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public java.util.List<java.lang.String> getStopSequences() {
        return stopSequences;
    }

    public void setStopSequences(java.util.List<java.lang.String> stopSequences) {
        this.stopSequences = stopSequences;
    }

    public java.lang.Boolean getStream() {
        return stream;
    }

    public void setStream(java.lang.Boolean stream) {
        this.stream = stream;
    }

    public java.lang.String getStreamFormat() {
        return streamFormat;
    }

    public void setStreamFormat(java.lang.String streamFormat) {
        this.streamFormat = streamFormat;
    }

    public java.lang.Boolean getStrictTools() {
        return strictTools;
    }

    public void setStrictTools(java.lang.Boolean strictTools) {
        this.strictTools = strictTools;
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

    public java.lang.String getTextSeparator() {
        return textSeparator;
    }

    public void setTextSeparator(java.lang.String textSeparator) {
        this.textSeparator = textSeparator;
    }

    public java.lang.String getThinking() {
        return thinking;
    }

    public void setThinking(java.lang.String thinking) {
        this.thinking = thinking;
    }

    public java.lang.Integer getThinkingTokenBudget() {
        return thinkingTokenBudget;
    }

    public void setThinkingTokenBudget(java.lang.Integer thinkingTokenBudget) {
        this.thinkingTokenBudget = thinkingTokenBudget;
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

    public java.lang.Integer getTopN() {
        return topN;
    }

    public void setTopN(java.lang.Integer topN) {
        this.topN = topN;
    }

    public java.lang.String getTruncate() {
        return truncate;
    }

    public void setTruncate(java.lang.String truncate) {
        this.truncate = truncate;
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

    public java.lang.String getValidationStatus() {
        return validationStatus;
    }

    public void setValidationStatus(java.lang.String validationStatus) {
        this.validationStatus = validationStatus;
    }

    public java.lang.Long getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(java.lang.Long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }
}
