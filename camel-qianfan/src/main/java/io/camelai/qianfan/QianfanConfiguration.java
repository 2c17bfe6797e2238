package io.camelai.qianfan;

import java.util.List;
import java.util.Map;

import io.camelai.qianfan.chat.QianfanV1Chat;
import io.camelai.qianfan.chat.QianfanV2Chat;
import io.camelai.support.config.AiConfiguration;
import io.camelai.support.config.EndpointOnly;
import io.camelai.support.config.MaxItems;
import io.camelai.support.config.MaxLength;
import io.camelai.support.config.OptionScope;
import io.camelai.support.config.ValueRange;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the qianfan component. Set on the component, an option is the default of every endpoint; a URI option
 * overrides it for one endpoint; the CamelAiOptions header overrides request options for one exchange.
 */
@Configurer
@UriParams
public class QianfanConfiguration extends AiConfiguration {

    @UriParam(label = "common")
    private String baseUrl;

    @UriParam(label = "security")
    private String authUrl;

    @UriParam(label = "common", enums = "v1,v2", defaultValue = "v1")
    private String apiVersion = "v1";

    @UriParam(label = "common")
    private String model;

    @UriParam(label = "common")
    private String endpoint;

    @UriParam(label = "security", secret = true)
    private String accessKey;

    @UriParam(label = "security", secret = true)
    private String secretKey;

    @UriParam(label = "security", secret = true)
    private String apiKey;

    @UriParam(label = "security", secret = true)
    private String bearerToken;

    @UriParam(label = "common")
    private String appId;

    @UriParam(label = "security", defaultValue = "1800")
    @ValueRange(min = 1, max = 86400)
    private int signatureExpiration = 1800;

    @UriParam(label = "producer,chat")
    private String system;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1, minExclusive = true)
    @ValueRange(min = 0, max = 2, scope = "ChatLaw")
    private Double temperature;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1)
    private Double topP;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1, minExclusive = true)
    private Double topK;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 1, max = 2)
    private Double penaltyScore;

    @UriParam(label = "producer,chat")
    @MaxItems(4)
    @MaxLength(20)
    private List<String> stop;

    @UriParam(label = "producer,chat")
    private Boolean disableSearch;

    @UriParam(label = "producer,chat")
    private Boolean enableCitation;

    @UriParam(label = "producer,chat")
    private Boolean enableTrace;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 2, max = 2048)
    private Integer minOutputTokens;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 2)
    private Integer maxOutputTokens;

    @UriParam(label = "producer,chat", enums = "text,json_object")
    private String responseFormat;

    @UriParam(label = "producer,chat")
    private String userId;

    @UriParam(label = "producer,chat")
    private String toolChoice;

    @UriParam(label = "producer,chat")
    private Boolean logprobs;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 5)
    private Integer topLogprobs;

    @UriParam(label = "producer,chat")
    @ValueRange(min = -2, max = 2)
    private Double frequencyPenalty;

    @UriParam(label = "producer,chat")
    @ValueRange(min = -2, max = 2)
    private Double presencePenalty;

    @UriParam(label = "producer,chat")
    private Boolean enableSystemMemory;

    @UriParam(label = "producer,chat")
    @EndpointOnly // selects data the provider stores for the application
    private String systemMemoryId;

    @UriParam(label = "producer,chat")
    private Boolean enableUserMemory;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 2)
    private Integer userMemoryExtractLevel;

    @UriParam(label = "producer,chat", prefix = "metadata.", multiValue = true)
    @MaxItems(16)
    private Map<String, Object> metadata;

    @UriParam(label = "producer,chat", prefix = "extraParameters.", multiValue = true)
    @EndpointOnly // any parameter of a third-party model, unchecked
    private Map<String, Object> extraParameters;

    @UriParam(label = "chat", prefix = "functionResponses.", multiValue = true)
    @EndpointOnly // a value may name a resource to load (read once, when the producer is created)
    private Map<String, Object> functionResponses;

    @UriParam(label = "chat", prefix = "functionExamples.", multiValue = true)
    @EndpointOnly // a value may name a resource to load (read once, when the producer is created)
    private Map<String, Object> functionExamples;

    /**
     * The model the ranges are checked for (temperature is (0, 1] for ERNIE and most models, [0, 2] for ChatLaw):
     * the model option, else the endpoint of a self-deployed service, else the API version's default model.
     */
    @Override
    public OptionScope optionScope() {
        return OptionScope.model(model != null
                ? model
                : endpoint != null
                        ? endpoint
                        : isV2() ? QianfanV2Chat.DEFAULT_MODEL : QianfanV1Chat.DEFAULT_MODEL);
    }

    @Override
    public String maxTokensOption() {
        return "maxOutputTokens";
    }

    @Override
    public void validate() {
        super.validate();
        boolean extras = functionResponses != null && !functionResponses.isEmpty()
                || functionExamples != null && !functionExamples.isEmpty();
        if (extras && isV2()) {
            throw new IllegalArgumentException("Options functionResponses and functionExamples belong to the v1 chat"
                    + " API (functions[]); this endpoint has apiVersion=v2");
        }
    }

    public boolean isV2() {
        return "v2".equals(apiVersion);
    }

    /** The baseUrl option, else the default root of the chosen API version. */
    @Override
    public String getBaseUrl() {
        return baseUrl != null ? baseUrl : isV2() ? QianfanConstants.DEFAULT_V2_URL : QianfanConstants.DEFAULT_V1_URL;
    }

    /**
     * The API root. Defaults to https://aip.baidubce.com for v1 and https://qianfan.baidubce.com for v2.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    /**
     * The root of the token endpoints: /oauth/2.0/token for app keys (default https://aip.baidubce.com) and /v1/BCE-BEARER/token for v2 bearer tokens from an access key (default https://iam.bj.baidubce.com).
     */
    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    /**
     * The API: v1 (wenxinworkshop, model name mapped to its URL endpoint, IAM or OAuth auth) or v2 (OpenAI-compatible /v2/chat/completions with a bearer token).
     */
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    @Override
    public String getModel() {
        return model;
    }

    /**
     * The model. v1: a name from the model list (ERNIE-4.0-8K, ERNIE-3.5-8K, ERNIE-Speed-128K, ...; case-insensitive), mapped to its URL endpoint; default ERNIE-Lite-8K for chat and Embedding-V1 for embed. v2: the model id sent in the body (default ernie-lite-8k, embedding-v1). Header CamelAiModel overrides it.
     */
    public void setModel(String model) {
        this.model = model;
    }

    public String getEndpoint() {
        return endpoint;
    }

    /**
     * v1: the URL endpoint of a self-deployed service (the path segment after .../wenxinworkshop/chat/), used instead of the model mapping. One path segment: not . or .., and no slash, backslash, % or control characters.
     */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getAccessKey() {
        return accessKey;
    }

    /**
     * The IAM access key (with secretKey): v1 requests are signed with bce-auth-v1; v2 bearer tokens are obtained with it. Defaults to the QIANFAN_ACCESS_KEY environment variable.
     */
    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    /**
     * The IAM secret key (with accessKey) or the application Secret Key (with apiKey). Defaults to QIANFAN_SECRET_KEY, or QIANFAN_SK with app keys.
     */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The application API Key (with secretKey): an OAuth access token is fetched, cached until shortly before it expires, and refreshed on error 110/111. Defaults to the QIANFAN_AK environment variable.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBearerToken() {
        return bearerToken;
    }

    /**
     * v2: a console API key (bce-v3/ALTAK-...) sent as Authorization: Bearer. Defaults to the QIANFAN_BEARER_TOKEN environment variable; without it, tokens are obtained from accessKey/secretKey.
     */
    public void setBearerToken(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    public String getAppId() {
        return appId;
    }

    /**
     * v2: the application id sent in the appid header.
     */
    public void setAppId(String appId) {
        this.appId = appId;
    }

    public int getSignatureExpiration() {
        return signatureExpiration;
    }

    /**
     * How many seconds a bce-auth-v1 signature (and a v2 bearer token obtained with it) stays valid.
     */
    public void setSignatureExpiration(int signatureExpiration) {
        this.signatureExpiration = signatureExpiration;
    }

    @Override
    protected String literalSystemOption() {
        return "system";
    }

    @Override
    protected String literalSystem() {
        return system;
    }

    public String getSystem() {
        return system;
    }

    /**
     * The persona (system field), as a literal text. Header CamelAiSystemMessage overrides it; systemMessage is its Simple-expression form (set one of the two).
     */
    public void setSystem(String system) {
        this.system = system;
    }

    public Double getTemperature() {
        return temperature;
    }

    /**
     * Sampling temperature: (0, 1] (must not be 0), or [0, 2] for ChatLaw (checked for the model option, and for
     * CamelAiModel when it names another model). Header CamelAiTemperature overrides it.
     */
    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Double getTopP() {
        return topP;
    }

    /**
     * Nucleus sampling, 0 to 1.
     */
    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public Double getTopK() {
        return topK;
    }

    /**
     * top_k, (0, 1] (not supported by the ERNIE families; set topP or topK, not both).
     */
    public void setTopK(Double topK) {
        this.topK = topK;
    }

    public Double getPenaltyScore() {
        return penaltyScore;
    }

    /**
     * Penalises repetition, 1.0 to 2.0.
     */
    public void setPenaltyScore(Double penaltyScore) {
        this.penaltyScore = penaltyScore;
    }

    public List<String> getStop() {
        return stop;
    }

    /**
     * Up to 4 stop strings of at most 20 characters (comma-separated in a URI).
     */
    public void setStop(List<String> stop) {
        this.stop = stop;
    }

    public Boolean getDisableSearch() {
        return disableSearch;
    }

    /**
     * Turn off real-time search (ERNIE 4.0/3.5).
     */
    public void setDisableSearch(Boolean disableSearch) {
        this.disableSearch = disableSearch;
    }

    public Boolean getEnableCitation() {
        return enableCitation;
    }

    /**
     * Return citation marks; search_info then comes back in CamelQianfanSearchInfo.
     */
    public void setEnableCitation(Boolean enableCitation) {
        this.enableCitation = enableCitation;
    }

    public Boolean getEnableTrace() {
        return enableTrace;
    }

    /**
     * Return search trace information (search_info).
     */
    public void setEnableTrace(Boolean enableTrace) {
        this.enableTrace = enableTrace;
    }

    public Integer getMinOutputTokens() {
        return minOutputTokens;
    }

    /**
     * The fewest tokens to generate, 2 to 2048 (Lite, Speed, Tiny families).
     */
    public void setMinOutputTokens(Integer minOutputTokens) {
        this.minOutputTokens = minOutputTokens;
    }

    public Integer getMaxOutputTokens() {
        return maxOutputTokens;
    }

    /**
     * The most tokens to generate (v1 max_output_tokens, v2 max_completion_tokens). Header CamelAiMaxTokens overrides it.
     */
    public void setMaxOutputTokens(Integer maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
    }

    @Override
    protected String responseFormatOption() {
        return responseFormat;
    }

    /** v2 sends outputClass's schema as json_schema; v1 has only json_object (the schema goes in the system text). */
    @Override
    protected String structuredResponseFormat() {
        return isV2() ? "json_schema" : "json_object";
    }

    public String getResponseFormat() {
        return responseFormat;
    }

    /**
     * text or json_object.
     */
    public void setResponseFormat(String responseFormat) {
        this.responseFormat = responseFormat;
    }

    public String getUserId() {
        return userId;
    }

    /**
     * The end user's id (v1 user_id, v2 user). Header CamelQianfanUserId overrides it.
     */
    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getToolChoice() {
        return toolChoice;
    }

    /**
     * The name of the function the model should call (v1 tool_choice; v2 also auto, none, required).
     */
    public void setToolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public Boolean getLogprobs() {
        return logprobs;
    }

    /**
     * Return log probabilities of the output tokens (SFT models).
     */
    public void setLogprobs(Boolean logprobs) {
        this.logprobs = logprobs;
    }

    public Integer getTopLogprobs() {
        return topLogprobs;
    }

    /**
     * How many most likely tokens to return per position, 0 to 5 (with logprobs).
     */
    public void setTopLogprobs(Integer topLogprobs) {
        this.topLogprobs = topLogprobs;
    }

    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    /**
     * Penalises tokens by how often they appeared, -2 to 2.
     */
    public void setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public Double getPresencePenalty() {
        return presencePenalty;
    }

    /**
     * Penalises tokens that appeared at all, -2 to 2.
     */
    public void setPresencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public Boolean getEnableSystemMemory() {
        return enableSystemMemory;
    }

    /**
     * Use the system memory systemMemoryId names.
     */
    public void setEnableSystemMemory(Boolean enableSystemMemory) {
        this.enableSystemMemory = enableSystemMemory;
    }

    public String getSystemMemoryId() {
        return systemMemoryId;
    }

    /**
     * The system memory to read (with enableSystemMemory). Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setSystemMemoryId(String systemMemoryId) {
        this.systemMemoryId = systemMemoryId;
    }

    public Boolean getEnableUserMemory() {
        return enableUserMemory;
    }

    /**
     * Use user memory (ERNIE Character; needs userId).
     */
    public void setEnableUserMemory(Boolean enableUserMemory) {
        this.enableUserMemory = enableUserMemory;
    }

    public Integer getUserMemoryExtractLevel() {
        return userMemoryExtractLevel;
    }

    /**
     * User memory extraction: 0 off, 1 real-time normal, 2 real-time advanced.
     */
    public void setUserMemoryExtractLevel(Integer userMemoryExtractLevel) {
        this.userMemoryExtractLevel = userMemoryExtractLevel;
    }

    public Map<String, Object> getMetadata() {
        return metadata;
    }

    /**
     * Up to 16 string key/value pairs sent as metadata, e.g. metadata.source=camel.
     */
    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
    }

    public Map<String, Object> getExtraParameters() {
        return extraParameters;
    }

    /**
     * v1: the extra_parameters object for third-party models, e.g. extraParameters.use_keyword=true; v2: top-level body keys the component does not set, which may not name a field it writes (model, messages, stream, stream_options, tools, ...). Values are sent as JSON when they parse as JSON. Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setExtraParameters(Map<String, Object> extraParameters) {
        this.extraParameters = extraParameters;
    }

    public Map<String, Object> getFunctionResponses() {
        return functionResponses;
    }

    /**
     * v1: the responses JSON Schema of a tool's function entry, as functionResponses.TOOL_NAME=JSON (inline, or a classpath:/file: resource), e.g. functionResponses.get_weather=classpath:weather-responses.json. Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setFunctionResponses(Map<String, Object> functionResponses) {
        this.functionResponses = functionResponses;
    }

    public Map<String, Object> getFunctionExamples() {
        return functionExamples;
    }

    /**
     * v1: the examples of a tool's function entry (a JSON array of example conversations, each an array of user, assistant and function messages), as functionExamples.TOOL_NAME=JSON (inline, or a classpath:/file: resource). Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setFunctionExamples(Map<String, Object> functionExamples) {
        this.functionExamples = functionExamples;
    }
}
