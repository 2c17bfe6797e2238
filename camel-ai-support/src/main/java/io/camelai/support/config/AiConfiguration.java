package io.camelai.support.config;

import io.camelai.support.http.OkHttpClients;
import io.camelai.support.http.RetryPolicy;
import okhttp3.OkHttpClient;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

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

    @UriParam(label = "advanced", description = "An OkHttpClient bean to derive this endpoint's HTTP clients from (proxy, TLS, pool,"
            + " interceptors). By default one client shared by all endpoints is used.")
    private OkHttpClient httpClient;

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
            + " calls in CamelAiToolCalls for the ToolCalls.route() processor.")
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

    @UriParam(label = "producer,embed", description = "The most inputs per embedding call; longer inputs are split into several calls and the"
            + " results reassembled in input order. Defaults to the provider's limit.")
    @ValueRange(min = 1, max = 10_000)
    @EndpointOnly
    private Integer batchSize;

    @UriParam(label = "producer,embed", defaultValue = "4", description = "The most embedding calls of one exchange in flight at once.")
    @ValueRange(min = 1, max = 64)
    @EndpointOnly
    private int parallelCalls = 4;

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

    /** Checks every option against its declared values and ranges; throws naming the bad option. */
    public void validate() {
        OptionValidator.validate(this);
        if (getBaseUrl() == null || getBaseUrl().isBlank()) {
            throw new IllegalArgumentException("Option baseUrl must be set");
        }
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

    public OkHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(OkHttpClient httpClient) {
        this.httpClient = httpClient;
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
}
