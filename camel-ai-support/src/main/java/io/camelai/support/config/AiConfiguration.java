package io.camelai.support.config;

import io.camelai.support.http.OkHttpClients;
import io.camelai.support.http.RetryPolicy;
import okhttp3.OkHttpClient;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.AggregationRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options every component of this project has: HTTP behaviour, retries, streaming, tools and embedding batches.
 * Each provider's configuration extends it with the provider's own request parameters, its base URL and credentials.
 * <p>
 * Descriptions are given in the annotations (not in javadoc) because Camel's generator reads javadoc only from the
 * module being built.
 */
@UriParams
public abstract class AiConfiguration implements Cloneable {

    /** The default of {@code maxResponseBytes}: 32 MiB, far above any chat or embedding batch answer. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration", description = "How long to wait for a connection to the provider.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration", description = "How long to wait for the response to start and, in a stream, between two events."
            + " A stream that goes quiet for longer fails with CamelAiPartialText set.")
    private long readTimeout = 120_000;

    @UriParam(label = "advanced", defaultValue = "0", javaType = "java.time.Duration", description = "The longest a non-streaming call may take in all (0: no limit). Streams are bounded by"
            + " readTimeout between events instead, so a long answer is not cut off.")
    private long callTimeout;

    @UriParam(label = "advanced", defaultValue = "2", description = "How many times a retryable failure (connection failure, 408, 429, 500, 502, 503, 504,"
            + " provider overload codes) is retried before the exchange fails. A stream is never"
            + " retried once its response started.")
    @ValueRange(min = 0, max = 100)
    private int maxRetries = 2;

    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration", description = "The initial backoff before a retry when the provider gave no Retry-After: each wait is"
            + " random between 0 and retryBackoff doubled for every earlier retry (exponential"
            + " backoff with full jitter), capped by retryMaxDelay.")
    private long retryBackoff = 500;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration", description = "The longest wait before a retry. A provider asking (Retry-After, retry-after-ms,"
            + " x-ms-retry-after-ms) for a longer wait is not retried: the exception, which carries"
            + " the wait, goes to the route's error handler.")
    private long retryMaxDelay = 30_000;

    @UriParam(label = "advanced", defaultValue = "0", description = "The most calls per minute this endpoint starts (0: no"
            + " limit): calls are spread evenly over the minute (600 starts one every 100 ms), waiting callers are held"
            + " back, retries included. Endpoints with the same credentials, operation, base URL, model and limits share"
            + " one budget. Once set, a provider's 429 with Retry-After or its rate-limit headers (remaining 0 with a"
            + " reset time) pause the whole budget. A call that would wait longer than callTimeout (else readTimeout)"
            + " fails with a retryable AiHttpException carrying the wait.")
    @ValueRange(min = 0, max = 100_000_000)
    private int requestsPerMinute;

    @UriParam(label = "advanced", defaultValue = "0", description = "The most tokens per minute this endpoint's calls"
            + " may use (0: no limit), shared and paced like requestsPerMinute. A call counts its request body's UTF-8"
            + " bytes / 4 (an estimate of its input tokens) before it is sent, settled against the input and output"
            + " tokens the provider reports: in a non-streaming answer, or at the end of a stream that reports its"
            + " usage.")
    @ValueRange(min = 0, max = 1_000_000_000_000L)
    private long tokensPerMinute;

    @UriParam(label = "advanced", description = "An OkHttpClient bean to derive this endpoint's HTTP clients from (proxy, TLS, pool,"
            + " interceptors). By default one client shared by all endpoints is used; autowired when the"
            + " registry holds exactly one OkHttpClient. sslContextParameters and the proxy options apply on top"
            + " of it.")
    @Metadata(autowired = true)
    private OkHttpClient httpClient;

    @UriParam(label = "security", description = "The TLS settings of the connections to the provider (trusted CAs, client"
            + " certificate, protocols, cipher suites). By default the JVM's; see also the component's"
            + " useGlobalSslContextParameters.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "proxy", description = "The host of a proxy every request of this endpoint goes through (token"
            + " requests included). Needs proxyPort.")
    @MaxLength(253)
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of the proxy named by proxyHost.")
    @ValueRange(min = 1, max = 65535)
    private Integer proxyPort;

    @UriParam(label = "proxy", enums = "HTTP,SOCKS", defaultValue = "HTTP", description = "The kind of proxy: HTTP"
            + " (HTTPS is tunnelled with CONNECT) or SOCKS.")
    private String proxyType = "HTTP";

    @UriParam(label = "proxy,security", secret = true, description = "The user name sent to an HTTP proxy that asks"
            + " for credentials (Proxy-Authorization: Basic); needs proxyPassword.")
    private String proxyUser;

    @UriParam(label = "proxy,security", secret = true, description = "The password of proxyUser. Never logged nor in"
            + " exception messages.")
    private String proxyPassword;

    @UriParam(label = "advanced", defaultValue = "false", description = "Log requests and responses (logger io.camelai.http, INFO). Credentials are redacted;"
            + " stream bodies are not logged (only their headers), so a stream is never buffered.")
    private boolean logHttp;

    @UriParam(label = "advanced", defaultValue = "33554432", description = "The largest response body (bytes, 32 MiB by default) a non-streaming call reads: a"
            + " longer one fails while it is read, before it is buffered whole, with a non-retryable"
            + " AiHttpException naming this option. Streams are bounded per line and event instead.")
    @ValueRange(min = 1024)
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

    @UriParam(label = "producer,chat", defaultValue = "false", description = "Stream the answer: one exchange per chunk, to the consumer of this same endpoint if"
            + " there is one (the producer then ends with the whole text), else as a ChatStream body"
            + " for .split(body()).streaming().")
    @EndpointOnly
    private boolean stream;

    @UriParam(label = "producer,chat", description = "Structured output: the fully qualified name of a record or POJO"
            + " class. Its JSON Schema (every property required, no additional properties) is sent as"
            + " the provider's response format, the answer is parsed into the class and becomes the"
            + " body (the text stays in CamelAiRawAnswer); an answer that does not parse fails the"
            + " exchange with AiOutputParseException. Not with stream=true.")
    @EndpointOnly
    private String outputClass;

    @UriParam(label = "producer,chat", enums = "text,json", description = "text (the default): the body is the answer's text. json: the answer is"
            + " parsed into a Jackson JsonNode body (the text stays in CamelAiRawAnswer); ask for"
            + " JSON with responseFormat. Not with outputClass or stream=true.")
    @EndpointOnly
    private String outputType;

    @UriParam(label = "producer,tools", description = "Tools the model may call: bean references (#bean1,#bean2) whose @AiTool methods become"
            + " tools, llm-tool route names, or a JSON definition file (classpath:tools.json).")
    private String tools;

    @UriParam(label = "producer,tools", enums = "auto,manual", description = "auto (the default when tools are set): the producer calls the tools and sends their"
            + " results back until the model answers. manual: the producer returns the model's tool"
            + " calls in CamelAiToolCalls for the ToolCalls.route() processor or the llm-tool-calls endpoint.")
    private String toolExecution;

    @UriParam(label = "producer,tools", defaultValue = "10", description = "The most model calls one exchange makes in an automatic tool loop.")
    @ValueRange(min = 1, max = 100)
    private int maxToolIterations = 10;

    @UriParam(label = "producer,tools", enums = "report,fail", defaultValue = "report", description = "What a failing or refused tool call does in an automatic tool loop: report (the model"
            + " gets an error result and carries on) or fail (the exchange fails with the tool's"
            + " exception, or at once for a call of a tool not offered, invalid arguments or a turn"
            + " over maxToolCallsPerTurn).")
    private String toolErrors = "report";

    @UriParam(label = "producer,tools", defaultValue = "16", description = "The most tool calls one assistant turn may run in an automatic tool loop. When the model"
            + " asks for more, the first maxToolCallsPerTurn run and each call beyond them gets the"
            + " error result 'too many tool calls in one turn' (with toolErrors=fail the exchange"
            + " fails before any call of that turn runs).")
    @ValueRange(min = 1, max = 1000)
    private int maxToolCallsPerTurn = 16;

    @UriParam(label = "producer,chat", description = "The user message, as a Simple expression evaluated for each exchange"
            + " (e.g. 'Summarise this ticket in one line: ${body}'), so the message body can stay the original"
            + " message. The CamelAiUserMessage header (a literal text) takes precedence; without either, the body"
            + " is the chat input. Parsed once when the endpoint starts: values the expression reads (the body, a"
            + " header) are inserted as text, never evaluated.")
    @EndpointOnly
    private String userMessage;

    @UriParam(label = "producer,chat", description = "The system message, as a Simple expression evaluated for each exchange."
            + " A system message the request already has wins, then the CamelAiSystemMessage header, then this"
            + " option; it replaces the provider's literal system option (preamble, system), which cannot be set"
            + " with it.")
    @EndpointOnly
    private String systemMessage;

    @UriParam(label = "producer,memory", description = "Enables conversation memory: a Simple expression (e.g. ${header.sessionId})"
            + " giving each exchange's conversation key. The conversation so far is sent before the new input, and"
            + " the new turn (user input, tool calls and results, answer) is kept once the answer is complete."
            + " Memory is per endpoint and per key; the CamelAiMemoryReset header forgets a key first.")
    @EndpointOnly
    private String memoryKey;

    @UriParam(label = "producer,memory", defaultValue = "1000", description = "The most conversations the in-memory store of an endpoint keeps;"
            + " the least recently used one is forgotten first. Not used with memoryRepository.")
    @ValueRange(min = 1, max = 1_000_000)
    @EndpointOnly
    private int memoryMaxConversations = 1000;

    @UriParam(label = "producer,memory", defaultValue = "100", description = "The most messages one conversation keeps: older turns are"
            + " dropped whole, so the kept conversation starts with a user message.")
    @ValueRange(min = 2, max = 10_000)
    @EndpointOnly
    private int memoryMaxMessages = 100;

    @UriParam(label = "producer,memory,advanced", description = "A Camel AggregationRepository bean (#myRepo) that stores the conversations"
            + " instead of the endpoint's in-memory store, e.g. a JDBC or Infinispan repository shared by several"
            + " instances: each conversation is one exchange whose body is the conversation as JSON text. Every"
            + " endpoint given the same repository shares its keys.")
    @EndpointOnly
    private AggregationRepository memoryRepository;

    @UriParam(label = "producer,embed", description = "The most inputs per embedding call; longer inputs are split into several calls and the"
            + " results reassembled in input order. Defaults to the provider's limit.")
    @ValueRange(min = 1, max = 10_000)
    @EndpointOnly
    private Integer batchSize;

    @UriParam(label = "producer,embed", defaultValue = "4", description = "The most embedding calls of one exchange in flight at once.")
    @ValueRange(min = 1, max = 64)
    @EndpointOnly
    private int parallelCalls = 4;

    @UriParam(label = "producer,chat", defaultValue = "20971520", description = "The largest image (bytes, 20 MiB by default) a chat message may carry inline: an image"
            + " body (a .png/.jpg/.gif/.webp file, or bytes labelled image/... by CamelAiMediaType or"
            + " Content-Type) is read only up to this size, and a larger image fails the exchange"
            + " before any call. Image URLs are fetched by the provider, never by this component.")
    @ValueRange(min = 1024, max = 1073741824)
    @EndpointOnly
    private long maxImageBytes = 20L * 1024 * 1024;

    @UriParam(label = "producer,chat", defaultValue = "20", description = "The most images one chat call may carry (all messages together); more fail the"
            + " exchange before any call.")
    @ValueRange(min = 0, max = 1000)
    @EndpointOnly
    private int maxImages = 20;

    /** The provider's API root; each provider declares the option with its own default. */
    public abstract String getBaseUrl();

    /** The model option; each provider declares it with its own default. */
    public abstract String getModel();

    /** A copy for one endpoint: options set on the component are every endpoint's defaults. */
    public AiConfiguration copy() {
        try {
            return (AiConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /**
     * What the ranges of this configuration's options depend on (the endpoint's operation, the model called), or
     * null when no range does. {@link OptionValidator} picks each option's {@link ValueRange} by it.
     */
    public OptionScope optionScope() {
        return null;
    }

    /** The option a {@code CamelAiMaxTokens} header overrides, whose range checks it. */
    public String maxTokensOption() {
        return "maxTokens";
    }

    /**
     * The name of the provider's literal system option ({@code preamble}, {@code system}), or null when it has none:
     * {@code systemMessage} replaces it, so an endpoint sets one or the other.
     */
    protected String literalSystemOption() {
        return null;
    }

    /** The value of {@link #literalSystemOption()}. */
    protected String literalSystem() {
        return null;
    }

    /** Checks every option against its declared values and ranges; throws naming the bad option. */
    public void validate() {
        OptionValidator.validate(this);
        if (getBaseUrl() == null || getBaseUrl().isBlank()) {
            throw new IllegalArgumentException("Option baseUrl must be set");
        }
        if (systemMessage != null && literalSystem() != null) {
            throw new IllegalArgumentException("Options systemMessage and " + literalSystemOption() + " both set the"
                    + " system message: keep one (systemMessage takes a Simple expression, " + literalSystemOption()
                    + " a literal text)");
        }
        ProxyOptions.check(this);
        validateOutput();
    }

    /**
     * Checks outputClass and outputType against the options they imply or exclude: both at once, streaming, and a
     * responseFormat or jsonSchema that says something else than outputClass does.
     */
    protected final void validateOutput() {
        boolean hasClass = outputClass != null && !outputClass.isBlank();
        if (hasClass && outputType != null) {
            throw new IllegalArgumentException("Options outputClass and outputType conflict: outputClass parses the"
                    + " answer into its class, outputType=" + outputType + " into "
                    + ("json".equals(outputType) ? "a JsonNode" : "text") + "; set one of them");
        }
        String output = hasClass ? "outputClass" : "json".equals(outputType) ? "outputType=json" : null;
        if (output == null) {
            return;
        }
        if (stream) {
            throw new IllegalArgumentException("Options " + output + " and stream=true conflict: a streamed answer"
                    + " arrives in chunks and is not parsed; remove one of them");
        }
        if (!hasClass) {
            return;
        }
        if (jsonSchemaOption() != null && !jsonSchemaOption().isBlank()) {
            throw new IllegalArgumentException("Options outputClass and jsonSchema conflict: outputClass derives the"
                    + " JSON Schema from the class; set one of them");
        }
        String format = responseFormatOption();
        if (format != null && !format.equals(structuredResponseFormat())) {
            throw new IllegalArgumentException("Options outputClass and responseFormat=" + format + " conflict:"
                    + " outputClass sends responseFormat=" + structuredResponseFormat()
                    + " with the class's schema; remove responseFormat or set it to "
                    + structuredResponseFormat());
        }
    }

    /** The provider's responseFormat option value (null when it has none or it is unset). */
    protected String responseFormatOption() {
        return null;
    }

    /** The provider's jsonSchema option value (null when it has none or it is unset). */
    protected String jsonSchemaOption() {
        return null;
    }

    /** The responseFormat value outputClass implies on this provider. */
    protected String structuredResponseFormat() {
        return "json_object";
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxRetries, java.time.Duration.ofMillis(retryBackoff),
                java.time.Duration.ofMillis(retryMaxDelay));
    }

    /** Whether requestsPerMinute or tokensPerMinute limits this endpoint's calls. */
    public boolean isRateLimited() {
        return requestsPerMinute > 0 || tokensPerMinute > 0;
    }

    /** The longest a call waits for its turn under the rate limit: callTimeout when set, else readTimeout. */
    public java.time.Duration rateLimitMaxWait() {
        return java.time.Duration.ofMillis(callTimeout > 0 ? callTimeout : readTimeout);
    }

    public OkHttpClients.Timeouts timeouts() {
        return OkHttpClients.Timeouts.ofMillis(connectTimeout, readTimeout, callTimeout);
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(long retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public long getTokensPerMinute() {
        return tokensPerMinute;
    }

    public void setTokensPerMinute(long tokensPerMinute) {
        this.tokensPerMinute = tokensPerMinute;
    }

    public OkHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(OkHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyType() {
        return proxyType;
    }

    public void setProxyType(String proxyType) {
        this.proxyType = proxyType;
    }

    public String getProxyUser() {
        return proxyUser;
    }

    public void setProxyUser(String proxyUser) {
        this.proxyUser = proxyUser;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public boolean isLogHttp() {
        return logHttp;
    }

    public void setLogHttp(boolean logHttp) {
        this.logHttp = logHttp;
    }

    public long getMaxResponseBytes() {
        return maxResponseBytes;
    }

    public void setMaxResponseBytes(long maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    public long getMaxImageBytes() {
        return maxImageBytes;
    }

    public void setMaxImageBytes(long maxImageBytes) {
        this.maxImageBytes = maxImageBytes;
    }

    public int getMaxImages() {
        return maxImages;
    }

    public void setMaxImages(int maxImages) {
        this.maxImages = maxImages;
    }

    public boolean isStream() {
        return stream;
    }

    public void setStream(boolean stream) {
        this.stream = stream;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public String getOutputType() {
        return outputType;
    }

    public void setOutputType(String outputType) {
        this.outputType = outputType;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public String getToolExecution() {
        return toolExecution;
    }

    public void setToolExecution(String toolExecution) {
        this.toolExecution = toolExecution;
    }

    public int getMaxToolIterations() {
        return maxToolIterations;
    }

    public void setMaxToolIterations(int maxToolIterations) {
        this.maxToolIterations = maxToolIterations;
    }

    public int getMaxToolCallsPerTurn() {
        return maxToolCallsPerTurn;
    }

    public void setMaxToolCallsPerTurn(int maxToolCallsPerTurn) {
        this.maxToolCallsPerTurn = maxToolCallsPerTurn;
    }

    public String getToolErrors() {
        return toolErrors;
    }

    public void setToolErrors(String toolErrors) {
        this.toolErrors = toolErrors;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public int getParallelCalls() {
        return parallelCalls;
    }

    public void setParallelCalls(int parallelCalls) {
        this.parallelCalls = parallelCalls;
    }

    public String getUserMessage() {
        return userMessage;
    }

    public void setUserMessage(String userMessage) {
        this.userMessage = userMessage;
    }

    public String getSystemMessage() {
        return systemMessage;
    }

    public void setSystemMessage(String systemMessage) {
        this.systemMessage = systemMessage;
    }

    public String getMemoryKey() {
        return memoryKey;
    }

    public void setMemoryKey(String memoryKey) {
        this.memoryKey = memoryKey;
    }

    public int getMemoryMaxConversations() {
        return memoryMaxConversations;
    }

    public void setMemoryMaxConversations(int memoryMaxConversations) {
        this.memoryMaxConversations = memoryMaxConversations;
    }

    public int getMemoryMaxMessages() {
        return memoryMaxMessages;
    }

    public void setMemoryMaxMessages(int memoryMaxMessages) {
        this.memoryMaxMessages = memoryMaxMessages;
    }

    public AggregationRepository getMemoryRepository() {
        return memoryRepository;
    }

    public void setMemoryRepository(AggregationRepository memoryRepository) {
        this.memoryRepository = memoryRepository;
    }
}
