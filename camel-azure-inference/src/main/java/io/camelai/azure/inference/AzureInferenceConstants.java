package io.camelai.azure.inference;

import io.camelai.support.AiHeaders;
import org.apache.camel.spi.Metadata;

/** Headers of the azure-inference component: the shared {@code CamelAi*} headers and Azure's own. */
public final class AzureInferenceConstants implements AiHeaders {

    public static final String SCHEME = "azure-inference";
    public static final String DEFAULT_API_VERSION = "2024-05-01-preview";
    public static final String DEFAULT_SCOPE = "https://ml.azure.com/.default";
    public static final String ENDPOINT_ENV = "AZURE_INFERENCE_ENDPOINT";
    public static final String CREDENTIAL_ENV = "AZURE_INFERENCE_CREDENTIAL";

    @Metadata(label = OUTPUT, description = "info: the model's name (model_name).", javaType = "String")
    public static final String MODEL_NAME = "CamelAzureInferenceModelName";
    @Metadata(label = OUTPUT, description = "info: the model's type (model_type), e.g. chat-completion or"
            + " embeddings.", javaType = "String")
    public static final String MODEL_TYPE = "CamelAzureInferenceModelType";
    @Metadata(label = OUTPUT, description = "info: the model's provider (model_provider_name).", javaType = "String")
    public static final String MODEL_PROVIDER_NAME = "CamelAzureInferenceModelProviderName";
    @Metadata(label = INPUT, description = "embed, image-embed: an input type for this exchange (text, query,"
            + " document), overriding the inputType option.", javaType = "String")
    public static final String INPUT_TYPE = "CamelAzureInferenceInputType";
    @Metadata(label = OUTPUT, description = "The prompt filter results Azure OpenAI-backed deployments return"
            + " (prompt_filter_results), when present.", javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String PROMPT_FILTER_RESULTS = "CamelAzureInferencePromptFilterResults";

    private AzureInferenceConstants() {}
}
