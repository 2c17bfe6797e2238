package io.camelai.cohere;

import io.camelai.support.AiHeaders;
import org.apache.camel.spi.Metadata;

/** Headers of the cohere component: the shared {@code CamelAi*} headers and Cohere's own. */
public final class CohereConstants implements AiHeaders {

    public static final String SCHEME = "cohere";
    public static final String DEFAULT_BASE_URL = "https://api.cohere.com";
    public static final String API_KEY_ENV = "COHERE_API_KEY";

    @Metadata(label = INPUT, description = "chat: documents to ground the answer in (RAG): a List of Strings or"
            + " of Maps (v1: string fields; v2: the document's data, an optional"
            + " id). rerank: the documents to rank, when the body is the query.", javaType = "java.util.List<Object>")
    public static final String DOCUMENTS = "CamelCohereDocuments";
    @Metadata(label = INPUT, description = "chat v1: the server-side conversation id for this exchange.", javaType = "String")
    public static final String CONVERSATION_ID = "CamelCohereConversationId";
    @Metadata(label = INPUT, description = "rerank: the query, when the body is the list of documents.", javaType = "String")
    public static final String QUERY = "CamelCohereQuery";
    @Metadata(label = INPUT, description = "embed: the input type for this exchange.", javaType = "String")
    public static final String INPUT_TYPE = "CamelCohereInputType";
    @Metadata(label = INPUT, description = "models: get this model instead of listing; tokenize/detokenize: the"
            + " model whose tokenizer to use.", javaType = "String")
    public static final String MODEL_NAME = "CamelCohereModelName";
    @Metadata(label = INPUT, description = "embed-jobs, datasets, connectors and finetuning: a read action for this"
            + " exchange (get, list, usage, wait, download, events,"
            + " training-step-metrics, as the operation has them); create, update,"
            + " delete, cancel and authorize come only from the action option.", javaType = "String")
    public static final String ACTION = "CamelCohereAction";
    @Metadata(label = INPUT, description = "embed-jobs: the job to get, cancel or wait for (else the body). Never"
            + " written: after create the body is the new job's id.", javaType = "String")
    public static final String JOB_ID = "CamelCohereJobId";
    @Metadata(label = INPUT, description = "embed-jobs create: the input dataset; finetuning create: the training"
            + " dataset; datasets: the dataset to get, delete, wait for or download"
            + " (else the body). Never written: after datasets create the body is the"
            + " new dataset's id, after embed-jobs wait CamelCohereOutputDatasetId"
            + " names the job's output.", javaType = "String")
    public static final String DATASET_ID = "CamelCohereDatasetId";
    @Metadata(label = INPUT, description = "embed-jobs, datasets and finetuning create: the name, overriding the"
            + " name option.", javaType = "String")
    public static final String NAME = "CamelCohereName";
    @Metadata(label = INPUT, description = "classify: the labelled examples, a List of Maps with text and"
            + " label.", javaType = "java.util.List<java.util.Map<String, String>>")
    public static final String EXAMPLES = "CamelCohereExamples";
    @Metadata(label = OUTPUT, description = "tokenize: the token strings, in order.", javaType = "java.util.List<String>")
    public static final String TOKEN_STRINGS = "CamelCohereTokenStrings";
    @Metadata(label = INPUT, description = "models and finetuning lists: the page to get (a"
            + " CamelCohereNextPageToken of an earlier call).", javaType = "String")
    public static final String PAGE_TOKEN = "CamelCoherePageToken";
    @Metadata(label = OUTPUT, description = "models and finetuning lists: the token of the next page, absent on the"
            + " last page; copy it to CamelCoherePageToken to get that page.", javaType = "String")
    public static final String NEXT_PAGE_TOKEN = "CamelCohereNextPageToken";
    @Metadata(label = OUTPUT, description = "chat v1: the search queries generated (searchQueriesOnly, connectors).", javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String SEARCH_QUERIES = "CamelCohereSearchQueries";
    @Metadata(label = OUTPUT, description = "chat v1: the documents the answer used (connectors, documents).", javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String RESPONSE_DOCUMENTS = "CamelCohereResponseDocuments";
    @Metadata(label = OUTPUT, description = "chat: the tool plan the model wrote before its tool calls (also on"
            + " the assistant message of CamelAiConversation, which goes back to"
            + " the model with the calls).", javaType = "String")
    public static final String TOOL_PLAN = "CamelCohereToolPlan";
    @Metadata(label = OUTPUT, description = "check-api-key: the key's organization id.", javaType = "String")
    public static final String ORGANIZATION_ID = "CamelCohereOrganizationId";
    @Metadata(label = OUTPUT, description = "Warnings Cohere sent (X-API-Warning header, meta.warnings).", javaType = "java.util.List<String>")
    public static final String WARNINGS = "CamelCohereWarnings";
    @Metadata(label = OUTPUT, description = "generate: every generation (the body is the first one's text).", javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String GENERATIONS = "CamelCohereGenerations";
    @Metadata(label = OUTPUT, description = "The input tokens the account is billed for (billed_units; far fewer"
            + " than the tokens the model processed, which CamelAiInputTokens"
            + " reports); summed over a tool loop or a batched embed.", javaType = "Long")
    public static final String BILLED_INPUT_TOKENS = "CamelCohereBilledInputTokens";
    @Metadata(label = OUTPUT, description = "The output tokens the account is billed for (billed_units).", javaType = "Long")
    public static final String BILLED_OUTPUT_TOKENS = "CamelCohereBilledOutputTokens";
    @Metadata(label = OUTPUT, description = "The search units billed (billed_units.search_units: rerank, chat"
            + " with connectors).", javaType = "Long")
    public static final String BILLED_SEARCH_UNITS = "CamelCohereBilledSearchUnits";
    @Metadata(label = OUTPUT, description = "The classifications billed (billed_units.classifications: classify).", javaType = "Long")
    public static final String BILLED_CLASSIFICATIONS = "CamelCohereBilledClassifications";
    @Metadata(label = OUTPUT, description = "The images billed (billed_units.images: embed of images).", javaType = "Long")
    public static final String BILLED_IMAGES = "CamelCohereBilledImages";
    @Metadata(label = OUTPUT, description = "The image tokens billed (billed_units.image_tokens).", javaType = "Long")
    public static final String BILLED_IMAGE_TOKENS = "CamelCohereBilledImageTokens";

    @Metadata(label = OUTPUT, description = "embed-jobs wait: the id of the finished job's output dataset (copy"
            + " it to CamelCohereDatasetId for datasets?action=download).", javaType = "String")
    public static final String OUTPUT_DATASET_ID = "CamelCohereOutputDatasetId";
    @Metadata(label = INPUT, description = "connectors: the connector to get, update, delete or authorize (else"
            + " the body, except for update). Never written: a connector body holds"
            + " its id.", javaType = "String")
    public static final String CONNECTOR_ID = "CamelCohereConnectorId";
    @Metadata(label = INPUT, description = "finetuning: the fine-tuned model to get, update, delete, or list the"
            + " events or training-step metrics of (else the body, except for"
            + " update). Never written: a fine-tuned model body holds its id.", javaType = "String")
    public static final String FINETUNED_MODEL_ID = "CamelCohereFinetunedModelId";
    @Metadata(label = INPUT, description = "chat v1: the connectors of this exchange, among those the connectors"
            + " option offers: a List of connector ids, or of Maps with id and a"
            + " user's user_access_token.", javaType = "java.util.List<Object>")
    public static final String CONNECTORS = "CamelCohereConnectors";
    @Metadata(label = INPUT, description = "datasets create: the evaluation data, uploaded as the eval_data part"
            + " (bytes, or text).", javaType = "byte[]")
    public static final String EVAL_DATA = "CamelCohereEvalData";
    @Metadata(label = OUTPUT, description = "connectors list: total_count; finetuning list: total_size.", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelCohereTotalCount";

    private CohereConstants() {}
}
