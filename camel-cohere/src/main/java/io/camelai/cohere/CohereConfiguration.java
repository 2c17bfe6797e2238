package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import io.camelai.support.config.AiConfiguration;
import io.camelai.support.config.EndpointOnly;
import io.camelai.support.config.MaxItems;
import io.camelai.support.config.OptionScope;
import io.camelai.support.config.ValueRange;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the cohere component. Set on the component, an option is the default of every endpoint; a URI option
 * overrides it for one endpoint; a header (where one exists) overrides it for one exchange.
 */
@Configurer
@UriParams
public class CohereConfiguration extends AiConfiguration {

    @UriParam(defaultValue = CohereConstants.DEFAULT_BASE_URL)
    private String baseUrl = CohereConstants.DEFAULT_BASE_URL;

    @UriParam(label = "security", secret = true)
    private String apiKey;

    @UriParam(defaultValue = "command-a-03-2025")
    private String model = "command-a-03-2025";

    @UriParam(defaultValue = "v2", enums = "v1,v2")
    private String apiVersion = "v2";

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1)
    @ValueRange(min = 0, max = 5, scope = {"generate", "summarize"})
    private Double temperature;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 1)
    private Integer maxTokens;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0.01, max = 0.99)
    private Double p;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 500)
    private Integer k;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0)
    private Long seed;

    @UriParam(label = "producer,chat")
    @MaxItems(5)
    private List<String> stopSequences;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1)
    private Double frequencyPenalty;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1)
    private Double presencePenalty;

    @UriParam(label = "producer,chat", enums = "CONTEXTUAL,STRICT,OFF,NONE")
    private String safetyMode;

    @UriParam(label = "producer", prefix = "extra.", multiValue = true)
    @EndpointOnly // any body key the API does not define: configuration, not a per-message parameter
    private Map<String, Object> extra;

    @UriParam(label = "producer,chat")
    private String preamble;

    @UriParam(label = "producer,chat")
    private String conversationId;

    @UriParam(label = "producer,chat")
    @EndpointOnly // Cohere searches the connectors' data sources: a capability, not a request parameter
    private List<String> connectors;

    @UriParam(label = "producer,chat", enums = "OFF,AUTO,AUTO_PRESERVE_ORDER")
    private String promptTruncation;

    @UriParam(label = "producer,chat")
    private Boolean searchQueriesOnly;

    @UriParam(label = "producer,chat", enums = "ENABLED,DISABLED,FAST,ACCURATE,OFF")
    private String citationQuality;

    @UriParam(label = "producer,chat")
    private Boolean forceSingleStep;

    @UriParam(label = "producer,chat")
    private Boolean rawPrompting;

    @UriParam(label = "producer,chat")
    private Boolean returnPrompt;

    @UriParam(label = "producer,chat", enums = "text,json_object")
    private String responseFormat;

    @UriParam(label = "producer,chat")
    private String jsonSchema;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 1)
    private Integer maxInputTokens;

    @UriParam(label = "producer,chat")
    private Boolean strictTools;

    @UriParam(label = "producer,chat")
    private Boolean logprobs;

    @UriParam(label = "producer,chat", enums = "REQUIRED,NONE")
    private String toolChoice;

    @UriParam(label = "producer,chat", enums = "enabled,disabled")
    private String thinking;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 1)
    private Integer thinkingTokenBudget;

    @UriParam(label = "producer")
    @ValueRange(min = 0, max = 999)
    private Integer priority;

    @UriParam(label = "producer,chat", enums = "ndjson,sse", defaultValue = "ndjson")
    private String streamFormat;

    @UriParam(label = "producer,embed", enums = "search_document,search_query,classification,clustering,image")
    private String inputType;

    @UriParam(label = "producer,embed")
    private List<String> embeddingTypes;

    @UriParam(label = "producer", enums = "NONE,START,END")
    private String truncate;

    @UriParam(label = "producer,embed", enums = "256,512,1024,1536")
    private Integer outputDimension;

    @UriParam(label = "producer,rerank")
    @ValueRange(min = 1)
    private Integer topN;

    @UriParam(label = "producer,rerank")
    private Boolean returnDocuments;

    @UriParam(label = "producer,rerank")
    private List<String> rankFields;

    @UriParam(label = "producer,rerank")
    @ValueRange(min = 1)
    private Integer maxChunksPerDoc;

    @UriParam(label = "producer,rerank")
    @ValueRange(min = 1)
    private Integer maxTokensPerDoc;

    @UriParam(label = "producer")
    private String preset;

    @UriParam(label = "producer,generate")
    @ValueRange(min = 1, max = 5)
    private Integer numGenerations;

    @UriParam(label = "producer,generate", enums = "GENERATION,ALL,NONE")
    private String returnLikelihoods;

    @UriParam(label = "producer,generate")
    private List<String> endSequences;

    @UriParam(label = "producer,summarize", enums = "short,medium,long")
    private String length;

    @UriParam(label = "producer,summarize", enums = "paragraph,bullets")
    private String format;

    @UriParam(label = "producer,summarize", enums = "low,medium,high")
    private String extractiveness;

    @UriParam(label = "producer,summarize")
    private String additionalCommand;

    @UriParam(label = "producer", enums = "create,get,list,update,delete,cancel,usage,wait,download,authorize,events,"
            + "training-step-metrics")
    @EndpointOnly // create, update, delete, cancel and authorize change the account
    private String action;

    @UriParam(label = "producer,models")
    @ValueRange(min = 1, max = 1000)
    private Integer pageSize;

    @UriParam(label = "producer,models", enums = "chat,embed,classify,summarize,rerank,rate,generate")
    private String modelsEndpoint;

    @UriParam(label = "producer,models")
    private Boolean defaultOnly;

    @UriParam(label = "producer,datasets")
    private String datasetType;

    @UriParam(label = "producer")
    private String name;

    @UriParam(label = "common")
    private String clientName;

    @UriParam(label = "producer,chat")
    @EndpointOnly // part of the connectors the endpoint offers
    private Boolean connectorsContinueOnFailure;

    @UriParam(label = "producer,chat", prefix = "connectorOptions.", multiValue = true)
    @EndpointOnly // request content the component does not check (each connector's own options)
    private Map<String, Object> connectorOptions;

    @UriParam(label = "producer,datasets")
    private Boolean keepOriginalFile;

    @UriParam(label = "producer,datasets")
    private Boolean skipMalformedInput;

    @UriParam(label = "producer,datasets")
    private List<String> keepFields;

    @UriParam(label = "producer,datasets")
    private List<String> optionalFields;

    @UriParam(label = "producer,datasets")
    private String textSeparator;

    @UriParam(label = "producer,datasets")
    private String csvDelimiter;

    @UriParam(label = "producer,datasets")
    private Boolean dryRun;

    @UriParam(label = "producer,datasets")
    private String before;

    @UriParam(label = "producer,datasets")
    private String after;

    @UriParam(label = "producer,datasets", enums = "unknown,queued,processing,failed,validated,skipped")
    private String validationStatus;

    @UriParam(label = "producer")
    @ValueRange(min = 1)
    private Integer limit;

    @UriParam(label = "producer")
    @ValueRange(min = 0)
    private Integer offset;

    @UriParam(label = "producer,connectors")
    @EndpointOnly // a URL users are sent to
    private String afterTokenRedirect;

    @UriParam(label = "producer,finetuning")
    private String orderBy;

    @UriParam(label = "producer,finetuning", enums = "BASE_TYPE_CHAT,BASE_TYPE_GENERATIVE,BASE_TYPE_CLASSIFICATION,BASE_TYPE_RERANK")
    private String baseType;

    @UriParam(label = "producer", defaultValue = "2000")
    @ValueRange(min = 1, max = 3_600_000)
    @EndpointOnly // how long an exchange holds its thread, like the timeouts
    private long pollInterval = 2000;

    @UriParam(label = "producer", defaultValue = "3600000")
    @ValueRange(min = 1, max = 604_800_000)
    @EndpointOnly // how long an exchange holds its thread, like the timeouts
    private long waitTimeout = 3_600_000;

    /** The endpoint's operation, which some ranges depend on (not an option: the endpoint sets it). */
    private String operation;

    /** Sets the operation the option ranges are checked for (chat, generate, ...); the endpoint does. */
    void forOperation(String operation) {
        this.operation = operation;
    }

    /** The endpoint's operation: temperature is 0 to 1 for chat but 0 to 5 for generate and summarize. */
    @Override
    public OptionScope optionScope() {
        return OptionScope.operation(operation);
    }

    @Override
    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The Cohere API root. The simulator and private deployments override it.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The Cohere API key, sent as a bearer token. Defaults to the COHERE_API_KEY environment variable.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String getModel() {
        return model;
    }

    /**
     * The model: a Cohere model name or a fine-tuned model id. Header CamelAiModel overrides it per exchange.
     */
    public void setModel(String model) {
        this.model = model;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    /**
     * The API version: v2 (POST /v2/chat) or v1 (POST /v1/chat and its own parameters).
     */
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public Double getTemperature() {
        return temperature;
    }

    /**
     * Sampling temperature: 0 to 1 for chat (Cohere's default 0.3); 0 to 5 for generate (default 0.75) and summarize
     * (default 0.3). Header CamelAiTemperature overrides it.
     */
    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    /**
     * The most tokens to generate. Header CamelAiMaxTokens overrides it.
     */
    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public Double getP() {
        return p;
    }

    /**
     * Top-p (nucleus) sampling, 0.01 to 0.99 (Cohere's default 0.75).
     */
    public void setP(Double p) {
        this.p = p;
    }

    public Integer getK() {
        return k;
    }

    /**
     * Top-k sampling, 0 to 500 (0 disables it, Cohere's default).
     */
    public void setK(Integer k) {
        this.k = k;
    }

    public Long getSeed() {
        return seed;
    }

    /**
     * A seed for best-effort deterministic sampling (0 or more).
     */
    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public List<String> getStopSequences() {
        return stopSequences;
    }

    /**
     * Up to 5 strings that stop generation when produced (comma-separated in a URI).
     */
    public void setStopSequences(List<String> stopSequences) {
        this.stopSequences = stopSequences;
    }

    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    /**
     * Penalises tokens by how often they appeared, 0 to 1.
     */
    public void setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public Double getPresencePenalty() {
        return presencePenalty;
    }

    /**
     * Penalises tokens that appeared at all, 0 to 1.
     */
    public void setPresencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public String getSafetyMode() {
        return safetyMode;
    }

    /**
     * The safety instruction: CONTEXTUAL, STRICT, or OFF (v2) / NONE (v1).
     */
    public void setSafetyMode(String safetyMode) {
        this.safetyMode = safetyMode;
    }

    public Map<String, Object> getExtra() {
        return extra;
    }

    /**
     * Extra top-level body keys for parameters the component does not know, e.g. extra.new_flag=true (values are sent as JSON when they parse as JSON, else as strings), on chat (v2 and v1), embed and rerank. A key naming a field the component writes for that operation and API version (model, messages, tools, stream, ...; message and chat_history on v1; texts on embed; query and documents on rerank), set or not, is refused at endpoint creation; keys are compared ignoring case, '_' and '-'. A request object in the body keeps its own value for a key it sets. Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setExtra(Map<String, Object> extra) {
        this.extra = extra;
    }

    @Override
    protected String literalSystemOption() {
        return "preamble";
    }

    @Override
    protected String literalSystem() {
        return preamble;
    }

    public String getPreamble() {
        return preamble;
    }

    /**
     * v1: replaces the default preamble (system message), as a literal text. Header CamelAiSystemMessage overrides it; on v2 it is sent as a leading system message. systemMessage is its Simple-expression form (set one of the two).
     */
    public void setPreamble(String preamble) {
        this.preamble = preamble;
    }

    public String getConversationId() {
        return conversationId;
    }

    /**
     * v1: a server-side conversation whose history Cohere keeps (instead of sending chatHistory). Header CamelCohereConversationId overrides it.
     */
    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public List<String> getConnectors() {
        return connectors;
    }

    /**
     * v1: connector ids to search, e.g. web-search (comma-separated); header CamelCohereConnectors may pick among them per exchange. Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setConnectors(List<String> connectors) {
        this.connectors = connectors;
    }

    public String getPromptTruncation() {
        return promptTruncation;
    }

    /**
     * v1: how the prompt is truncated to fit: OFF, AUTO or AUTO_PRESERVE_ORDER.
     */
    public void setPromptTruncation(String promptTruncation) {
        this.promptTruncation = promptTruncation;
    }

    public Boolean getSearchQueriesOnly() {
        return searchQueriesOnly;
    }

    /**
     * v1: only generate search queries (CamelCohereSearchQueries), no answer.
     */
    public void setSearchQueriesOnly(Boolean searchQueriesOnly) {
        this.searchQueriesOnly = searchQueriesOnly;
    }

    public String getCitationQuality() {
        return citationQuality;
    }

    /**
     * Citation mode: v1 citation_quality, v2 citation_options.mode (ENABLED, DISABLED, FAST, ACCURATE, OFF).
     */
    public void setCitationQuality(String citationQuality) {
        this.citationQuality = citationQuality;
    }

    public Boolean getForceSingleStep() {
        return forceSingleStep;
    }

    /**
     * v1: force single-step tool use.
     */
    public void setForceSingleStep(Boolean forceSingleStep) {
        this.forceSingleStep = forceSingleStep;
    }

    public Boolean getRawPrompting() {
        return rawPrompting;
    }

    /**
     * v1 chat and generate: send the message without pre-processing.
     */
    public void setRawPrompting(Boolean rawPrompting) {
        this.rawPrompting = rawPrompting;
    }

    public Boolean getReturnPrompt() {
        return returnPrompt;
    }

    /**
     * v1: return the full prompt the model saw (in CamelCohereResponse).
     */
    public void setReturnPrompt(Boolean returnPrompt) {
        this.returnPrompt = returnPrompt;
    }

    @Override
    protected String responseFormatOption() {
        return responseFormat;
    }

    @Override
    protected String jsonSchemaOption() {
        return jsonSchema;
    }

    public String getResponseFormat() {
        return responseFormat;
    }

    /**
     * text, or json_object (with jsonSchema to constrain it).
     */
    public void setResponseFormat(String responseFormat) {
        this.responseFormat = responseFormat;
    }

    public String getJsonSchema() {
        return jsonSchema;
    }

    /**
     * A JSON Schema for responseFormat=json_object: inline JSON, or classpath:/file: to load it (v1 schema, v2 json_schema).
     */
    public void setJsonSchema(String jsonSchema) {
        this.jsonSchema = jsonSchema;
    }

    public Integer getMaxInputTokens() {
        return maxInputTokens;
    }

    /**
     * v1: the most input tokens; longer prompts are truncated per promptTruncation.
     */
    public void setMaxInputTokens(Integer maxInputTokens) {
        this.maxInputTokens = maxInputTokens;
    }

    public Boolean getStrictTools() {
        return strictTools;
    }

    /**
     * v2: tool calls follow the tool schemas strictly.
     */
    public void setStrictTools(Boolean strictTools) {
        this.strictTools = strictTools;
    }

    public Boolean getLogprobs() {
        return logprobs;
    }

    /**
     * v2: return log probabilities of the generated tokens.
     */
    public void setLogprobs(Boolean logprobs) {
        this.logprobs = logprobs;
    }

    public String getToolChoice() {
        return toolChoice;
    }

    /**
     * v2: REQUIRED (the model must call a tool) or NONE (it must not).
     */
    public void setToolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public String getThinking() {
        return thinking;
    }

    /**
     * v2: reasoning models' thinking, enabled or disabled.
     */
    public void setThinking(String thinking) {
        this.thinking = thinking;
    }

    public Integer getThinkingTokenBudget() {
        return thinkingTokenBudget;
    }

    /**
     * v2: the most tokens thinking may use.
     */
    public void setThinkingTokenBudget(Integer thinkingTokenBudget) {
        this.thinkingTokenBudget = thinkingTokenBudget;
    }

    public Integer getPriority() {
        return priority;
    }

    /**
     * v2 chat, embed and rerank: the request's priority, 0 (soonest) to 999.
     */
    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getStreamFormat() {
        return streamFormat;
    }

    /**
     * v1 streaming framing: ndjson (application/stream+json) or sse (the Accepts: text/event-stream request header).
     */
    public void setStreamFormat(String streamFormat) {
        this.streamFormat = streamFormat;
    }

    public String getInputType() {
        return inputType;
    }

    /**
     * embed (and embed-jobs): what the inputs are for. Required by v3+ models; defaults to search_document on v2. Header CamelCohereInputType overrides it.
     */
    public void setInputType(String inputType) {
        this.inputType = inputType;
    }

    public List<String> getEmbeddingTypes() {
        return embeddingTypes;
    }

    /**
     * embed: float, int8, uint8, binary, ubinary, base64 (comma-separated). One type gives a list of vectors, several a map of lists by type.
     */
    public void setEmbeddingTypes(List<String> embeddingTypes) {
        this.embeddingTypes = embeddingTypes;
    }

    public String getTruncate() {
        return truncate;
    }

    /**
     * embed, classify, generate, embed-jobs: how over-long inputs are truncated (NONE fails them).
     */
    public void setTruncate(String truncate) {
        this.truncate = truncate;
    }

    public Integer getOutputDimension() {
        return outputDimension;
    }

    /**
     * embed v2 (embed-v4+): the embedding size, 256, 512, 1024 or 1536.
     */
    public void setOutputDimension(Integer outputDimension) {
        this.outputDimension = outputDimension;
    }

    public Integer getTopN() {
        return topN;
    }

    /**
     * rerank: how many results to return (all by default).
     */
    public void setTopN(Integer topN) {
        this.topN = topN;
    }

    public Boolean getReturnDocuments() {
        return returnDocuments;
    }

    /**
     * rerank v1: return each result's document.
     */
    public void setReturnDocuments(Boolean returnDocuments) {
        this.returnDocuments = returnDocuments;
    }

    public List<String> getRankFields() {
        return rankFields;
    }

    /**
     * rerank v1: for object documents, the fields to rank on.
     */
    public void setRankFields(List<String> rankFields) {
        this.rankFields = rankFields;
    }

    public Integer getMaxChunksPerDoc() {
        return maxChunksPerDoc;
    }

    /**
     * rerank v1: the most chunks per document.
     */
    public void setMaxChunksPerDoc(Integer maxChunksPerDoc) {
        this.maxChunksPerDoc = maxChunksPerDoc;
    }

    public Integer getMaxTokensPerDoc() {
        return maxTokensPerDoc;
    }

    /**
     * rerank v2: documents longer than this are truncated (default 4096).
     */
    public void setMaxTokensPerDoc(Integer maxTokensPerDoc) {
        this.maxTokensPerDoc = maxTokensPerDoc;
    }

    public String getPreset() {
        return preset;
    }

    /**
     * classify, generate: a preset saved in the Cohere dashboard.
     */
    public void setPreset(String preset) {
        this.preset = preset;
    }

    public Integer getNumGenerations() {
        return numGenerations;
    }

    /**
     * generate: how many generations, 1 to 5.
     */
    public void setNumGenerations(Integer numGenerations) {
        this.numGenerations = numGenerations;
    }

    public String getReturnLikelihoods() {
        return returnLikelihoods;
    }

    /**
     * generate: token likelihoods to return.
     */
    public void setReturnLikelihoods(String returnLikelihoods) {
        this.returnLikelihoods = returnLikelihoods;
    }

    public List<String> getEndSequences() {
        return endSequences;
    }

    /**
     * generate: sequences that end generation (removed from the text).
     */
    public void setEndSequences(List<String> endSequences) {
        this.endSequences = endSequences;
    }

    public String getLength() {
        return length;
    }

    /**
     * summarize: short, medium or long.
     */
    public void setLength(String length) {
        this.length = length;
    }

    public String getFormat() {
        return format;
    }

    /**
     * summarize: paragraph or bullets.
     */
    public void setFormat(String format) {
        this.format = format;
    }

    public String getExtractiveness() {
        return extractiveness;
    }

    /**
     * summarize: how close to the source text, low, medium or high.
     */
    public void setExtractiveness(String extractiveness) {
        this.extractiveness = extractiveness;
    }

    public String getAdditionalCommand() {
        return additionalCommand;
    }

    /**
     * summarize: a free-form instruction, e.g. focusing on the next steps.
     */
    public void setAdditionalCommand(String additionalCommand) {
        this.additionalCommand = additionalCommand;
    }

    public String getAction() {
        return action;
    }

    /**
     * What an account operation does: embed-jobs (create, get, list, cancel, wait), datasets (create, get, list, delete, usage, wait, download), connectors (create, get, list, update, delete, authorize), finetuning (create, get, list, update, delete, events, training-step-metrics). Defaults to list. Header CamelCohereAction may pick a read action (get, list, usage, wait, download, events, training-step-metrics) per exchange; create, update, delete, cancel and authorize come only from this option.
     */
    public void setAction(String action) {
        this.action = action;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    /**
     * models: models per page, 1 to 1000.
     */
    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getModelsEndpoint() {
        return modelsEndpoint;
    }

    /**
     * models: only models compatible with this endpoint.
     */
    public void setModelsEndpoint(String modelsEndpoint) {
        this.modelsEndpoint = modelsEndpoint;
    }

    public Boolean getDefaultOnly() {
        return defaultOnly;
    }

    /**
     * models: with modelsEndpoint, only the endpoint's default model.
     */
    public void setDefaultOnly(Boolean defaultOnly) {
        this.defaultOnly = defaultOnly;
    }

    public String getDatasetType() {
        return datasetType;
    }

    /**
     * datasets create: the type (embed-input, reranker-finetune-input, chat-finetune-input, ...); list: a filter.
     */
    public void setDatasetType(String datasetType) {
        this.datasetType = datasetType;
    }

    public String getName() {
        return name;
    }

    /**
     * embed-jobs create and datasets create: the name. Header CamelCohereName overrides it.
     */
    public void setName(String name) {
        this.name = name;
    }

    public String getClientName() {
        return clientName;
    }

    /**
     * The name of the project making the requests, sent as the X-Client-Name header on every call.
     */
    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public Boolean getConnectorsContinueOnFailure() {
        return connectorsContinueOnFailure;
    }

    /**
     * v1 chat: continue_on_failure of every connector in the connectors option (the chat goes on when a connector fails). Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setConnectorsContinueOnFailure(Boolean connectorsContinueOnFailure) {
        this.connectorsContinueOnFailure = connectorsContinueOnFailure;
    }

    public Map<String, Object> getConnectorOptions() {
        return connectorOptions;
    }

    /**
     * v1 chat: the options object of a connector, as connectorOptions.CONNECTOR_ID.KEY=VALUE, e.g. connectorOptions.web-search.site=example.com (a value that parses as JSON is sent as JSON). Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setConnectorOptions(Map<String, Object> connectorOptions) {
        this.connectorOptions = connectorOptions;
    }

    public Boolean getKeepOriginalFile() {
        return keepOriginalFile;
    }

    /**
     * datasets create: store the uploaded file as well (keep_original_file).
     */
    public void setKeepOriginalFile(Boolean keepOriginalFile) {
        this.keepOriginalFile = keepOriginalFile;
    }

    public Boolean getSkipMalformedInput() {
        return skipMalformedInput;
    }

    /**
     * datasets create: drop malformed rows instead of failing validation; they are reported as validation warnings (skip_malformed_input).
     */
    public void setSkipMalformedInput(Boolean skipMalformedInput) {
        this.skipMalformedInput = skipMalformedInput;
    }

    public List<String> getKeepFields() {
        return keepFields;
    }

    /**
     * datasets create: fields to keep besides the type's required ones; validation fails when a row lacks one (keep_fields, comma-separated).
     */
    public void setKeepFields(List<String> keepFields) {
        this.keepFields = keepFields;
    }

    public List<String> getOptionalFields() {
        return optionalFields;
    }

    /**
     * datasets create: fields to keep when a row has them (optional_fields, comma-separated).
     */
    public void setOptionalFields(List<String> optionalFields) {
        this.optionalFields = optionalFields;
    }

    public String getTextSeparator() {
        return textSeparator;
    }

    /**
     * datasets create: how a .txt upload is split into entries (text_separator).
     */
    public void setTextSeparator(String textSeparator) {
        this.textSeparator = textSeparator;
    }

    public String getCsvDelimiter() {
        return csvDelimiter;
    }

    /**
     * datasets create: the one-character delimiter of a .csv upload (csv_delimiter).
     */
    public void setCsvDelimiter(String csvDelimiter) {
        this.csvDelimiter = csvDelimiter;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    /**
     * datasets create: validate the upload without keeping the dataset (dry_run).
     */
    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getBefore() {
        return before;
    }

    /**
     * datasets list: only datasets created before this date-time (ISO 8601, e.g. 2025-01-31T00:00:00Z).
     */
    public void setBefore(String before) {
        this.before = before;
    }

    public String getAfter() {
        return after;
    }

    /**
     * datasets list: only datasets created after this date-time (ISO 8601).
     */
    public void setAfter(String after) {
        this.after = after;
    }

    public String getValidationStatus() {
        return validationStatus;
    }

    /**
     * datasets list: only datasets with this validation status.
     */
    public void setValidationStatus(String validationStatus) {
        this.validationStatus = validationStatus;
    }

    public Integer getLimit() {
        return limit;
    }

    /**
     * datasets and connectors list: the most results to return.
     */
    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Integer getOffset() {
        return offset;
    }

    /**
     * datasets and connectors list: how many results to skip.
     */
    public void setOffset(Integer offset) {
        this.offset = offset;
    }

    public String getAfterTokenRedirect() {
        return afterTokenRedirect;
    }

    /**
     * connectors authorize: where the user's browser goes once the connector is authorized (after_token_redirect). Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setAfterTokenRedirect(String afterTokenRedirect) {
        this.afterTokenRedirect = afterTokenRedirect;
    }

    public String getOrderBy() {
        return orderBy;
    }

    /**
     * finetuning list and events: the sort order, e.g. created_at desc (order_by).
     */
    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getBaseType() {
        return baseType;
    }

    /**
     * finetuning create, when the body is not a fine-tuned model object: the base model's type.
     */
    public void setBaseType(String baseType) {
        this.baseType = baseType;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    /**
     * embed-jobs and datasets wait: milliseconds between two status checks (at most one hour). Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getWaitTimeout() {
        return waitTimeout;
    }

    /**
     * embed-jobs and datasets wait: the most milliseconds to wait for the job or the validation to finish (at most seven days). Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setWaitTimeout(long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }
}
