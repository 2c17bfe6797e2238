package io.camelai.azure.inference;

import java.util.List;
import java.util.Map;

import io.camelai.support.config.AiConfiguration;
import io.camelai.support.config.Credentials;
import io.camelai.support.config.EndpointOnly;
import io.camelai.support.config.ValueRange;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the azure-inference component. Set on the component, an option is the default of every endpoint; a URI
 * option overrides it for one endpoint; the CamelAiOptions header overrides request options for one exchange.
 */
@Configurer
@UriParams
public class AzureInferenceConfiguration extends AiConfiguration {

    @UriParam(label = "common")
    private String endpoint;

    @UriParam(label = "security", secret = true)
    private String apiKey;

    @UriParam(label = "security", enums = "both,api-key,bearer", defaultValue = "both")
    private String authHeader = "both";

    @UriParam(label = "security", javaType = "com.azure.core.credential.TokenCredential")
    private Object tokenCredential;

    @UriParam(label = "security", defaultValue = AzureInferenceConstants.DEFAULT_SCOPE)
    private String scope = AzureInferenceConstants.DEFAULT_SCOPE;

    @UriParam(label = "common", defaultValue = AzureInferenceConstants.DEFAULT_API_VERSION)
    private String apiVersion = AzureInferenceConstants.DEFAULT_API_VERSION;

    @UriParam(label = "common")
    private String model;

    @UriParam(label = "common", enums = "pass-through,drop,error")
    private String extraParameters;

    @UriParam(label = "producer", prefix = "extra.", multiValue = true)
    @EndpointOnly // any body key the API does not define, such as a data source the deployment would search
    private Map<String, Object> extra;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1)
    private Double temperature;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0, max = 1)
    private Double topP;

    @UriParam(label = "producer,chat")
    @ValueRange(min = 0)
    private Integer maxTokens;

    @UriParam(label = "producer,chat")
    private List<String> stop;

    @UriParam(label = "producer,chat")
    @ValueRange(min = -2, max = 2)
    private Double presencePenalty;

    @UriParam(label = "producer,chat")
    @ValueRange(min = -2, max = 2)
    private Double frequencyPenalty;

    @UriParam(label = "producer,chat")
    private Long seed;

    @UriParam(label = "producer,chat", enums = "text,json_object,json_schema")
    private String responseFormat;

    @UriParam(label = "producer,chat")
    private String jsonSchema;

    @UriParam(label = "producer,chat", defaultValue = "response")
    private String jsonSchemaName;

    @UriParam(label = "producer,chat")
    private Boolean jsonSchemaStrict;

    @UriParam(label = "producer,chat")
    private String toolChoice;

    @UriParam(label = "producer,chat")
    private List<String> modalities;

    @UriParam(label = "producer,embed")
    @ValueRange(min = 1)
    private Integer dimensions;

    @UriParam(label = "producer,embed", enums = "float,base64,int8,uint8,binary,ubinary", defaultValue = "float")
    private String encodingFormat;

    @UriParam(label = "producer,embed", enums = "text,query,document")
    private String inputType;

    /** The endpoint option, else its environment variable: Azure calls the API root the endpoint. */
    @Override
    public String getBaseUrl() {
        return Credentials.resolve(endpoint, AzureInferenceConstants.ENDPOINT_ENV);
    }

    /** The endpoint comes from the environment when unset, so it is checked at start, not here. */
    @Override
    public void validate() {
        io.camelai.support.config.OptionValidator.validate(this);
        validateOutput();
    }

    @Override
    protected String responseFormatOption() {
        return responseFormat;
    }

    @Override
    protected String jsonSchemaOption() {
        return jsonSchema;
    }

    /** Azure constrains an answer to a schema with json_schema (json_object only asks for any JSON). */
    @Override
    protected String structuredResponseFormat() {
        return "json_schema";
    }

    public String getEndpoint() {
        return endpoint;
    }

    /**
     * The endpoint root, e.g. https://RESOURCE.services.ai.azure.com/models or https://HOST.REGION.models.ai.azure.com. Defaults to the AZURE_INFERENCE_ENDPOINT environment variable.
     */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The key, sent as configured by authHeader. Defaults to the AZURE_INFERENCE_CREDENTIAL environment variable. Not needed with tokenCredential.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getAuthHeader() {
        return authHeader;
    }

    /**
     * How the key is sent: both (api-key and Authorization: Bearer, which every Azure host accepts), api-key, or bearer.
     */
    public void setAuthHeader(String authHeader) {
        this.authHeader = authHeader;
    }

    public Object getTokenCredential() {
        return tokenCredential;
    }

    /**
     * A com.azure.core.credential.TokenCredential bean (Entra ID, e.g. DefaultAzureCredential; needs azure-core on the classpath). Its tokens are sent as Authorization: Bearer and refreshed before they expire. When neither this nor apiKey is set, the registry's TokenCredential bean is used if it holds exactly one (autowiring).
     */
    public void setTokenCredential(Object tokenCredential) {
        this.tokenCredential = tokenCredential;
    }

    public String getScope() {
        return scope;
    }

    /**
     * The scope of tokenCredential tokens: https://ml.azure.com/.default for serverless and managed compute, https://cognitiveservices.azure.com/.default for *.services.ai.azure.com and *.openai.azure.com.
     */
    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    /**
     * The api-version query parameter of every call.
     */
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    @Override
    public String getModel() {
        return model;
    }

    /**
     * The deployment/model name sent as model: required on a multi-model endpoint (AI Foundry, AI Services), optional on a serverless one. Header CamelAiModel overrides it.
     */
    public void setModel(String model) {
        this.model = model;
    }

    public String getExtraParameters() {
        return extraParameters;
    }

    /**
     * The extra-parameters header: what the service does with body keys the API does not define (the extra.* options): pass-through to the model, drop, or error (the service default).
     */
    public void setExtraParameters(String extraParameters) {
        this.extraParameters = extraParameters;
    }

    public Map<String, Object> getExtra() {
        return extra;
    }

    /**
     * Extra top-level body keys for parameters this API does not define, e.g. extra.safe_prompt=true (values are sent as JSON when they parse as JSON, else as strings). Needs extraParameters=pass-through. A key naming a field the component writes (model, messages, tools, stream, ...; input on embed endpoints) is refused. Set on the endpoint only (not by header CamelAiOptions).
     */
    public void setExtra(Map<String, Object> extra) {
        this.extra = extra;
    }

    public Double getTemperature() {
        return temperature;
    }

    /**
     * Sampling temperature, 0 to 1. Header CamelAiTemperature overrides it.
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

    public Integer getMaxTokens() {
        return maxTokens;
    }

    /**
     * The most tokens to generate. Header CamelAiMaxTokens overrides it.
     */
    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public List<String> getStop() {
        return stop;
    }

    /**
     * Sequences that stop generation (comma-separated in a URI).
     */
    public void setStop(List<String> stop) {
        this.stop = stop;
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

    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    /**
     * Penalises tokens by how often they appeared, -2 to 2.
     */
    public void setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public Long getSeed() {
        return seed;
    }

    /**
     * A seed for best-effort deterministic sampling.
     */
    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public String getResponseFormat() {
        return responseFormat;
    }

    /**
     * The response format: text, json_object, or json_schema (with jsonSchema).
     */
    public void setResponseFormat(String responseFormat) {
        this.responseFormat = responseFormat;
    }

    public String getJsonSchema() {
        return jsonSchema;
    }

    /**
     * The JSON Schema for responseFormat=json_schema: inline JSON, or classpath:/file: to load it.
     */
    public void setJsonSchema(String jsonSchema) {
        this.jsonSchema = jsonSchema;
    }

    public String getJsonSchemaName() {
        return jsonSchemaName;
    }

    /**
     * The schema's name for responseFormat=json_schema (letters, digits, _ and -, at most 64).
     */
    public void setJsonSchemaName(String jsonSchemaName) {
        this.jsonSchemaName = jsonSchemaName;
    }

    public Boolean getJsonSchemaStrict() {
        return jsonSchemaStrict;
    }

    /**
     * Whether the model must follow jsonSchema strictly.
     */
    public void setJsonSchemaStrict(Boolean jsonSchemaStrict) {
        this.jsonSchemaStrict = jsonSchemaStrict;
    }

    public String getToolChoice() {
        return toolChoice;
    }

    /**
     * auto, none, required, or the name of the one function the model must call.
     */
    public void setToolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public List<String> getModalities() {
        return modalities;
    }

    /**
     * The output modalities (text, audio) for API versions that support them.
     */
    public void setModalities(List<String> modalities) {
        this.modalities = modalities;
    }

    public Integer getDimensions() {
        return dimensions;
    }

    /**
     * embed, image-embed: the number of dimensions of the embeddings, where the model supports it.
     */
    public void setDimensions(Integer dimensions) {
        this.dimensions = dimensions;
    }

    public String getEncodingFormat() {
        return encodingFormat;
    }

    /**
     * embed, image-embed: the encoding of the embeddings. float gives a list of float[]; int8, uint8, binary and ubinary a list of int[]; base64 a list of base64 strings.
     */
    public void setEncodingFormat(String encodingFormat) {
        this.encodingFormat = encodingFormat;
    }

    public String getInputType() {
        return inputType;
    }

    /**
     * embed, image-embed: what the inputs are (text, query, document). Header CamelAzureInferenceInputType overrides it.
     */
    public void setInputType(String inputType) {
        this.inputType = inputType;
    }

}
