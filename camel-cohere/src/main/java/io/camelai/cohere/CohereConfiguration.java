package io.camelai.cohere;

import java.util.List;

import io.camelai.support.config.AiConfiguration;
import io.camelai.support.config.MaxItems;
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

    @Override
    public CohereConfiguration copy() {
        return (CohereConfiguration) super.copy();
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
     * Sampling temperature, 0 to 1 (Cohere's default 0.3). Header CamelAiTemperature overrides it.
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
}
