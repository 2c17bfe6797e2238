package io.camelai.cohere;

import io.camelai.support.AiHeaders;
import org.apache.camel.spi.Metadata;

/** Headers of the cohere component: the shared {@code CamelAi*} headers and Cohere's own. */
public final class CohereConstants implements AiHeaders {

    public static final String SCHEME = "cohere";
    public static final String DEFAULT_BASE_URL = "https://api.cohere.com";
    public static final String API_KEY_ENV = "COHERE_API_KEY";

    @Metadata(label = "producer", description = "chat: documents to ground the answer in (RAG): a List of Strings or"
                                                + " of Maps (v1: string fields; v2: the document's data, an optional"
                                                + " id). rerank: the documents to rank, when the body is the query.",
              javaType = "java.util.List<Object>")
    public static final String DOCUMENTS = "CamelCohereDocuments";
    @Metadata(label = "producer", description = "chat v1: the server-side conversation id for this exchange.",
              javaType = "String")
    public static final String CONVERSATION_ID = "CamelCohereConversationId";
    @Metadata(label = "producer", description = "rerank: the query, when the body is the list of documents.",
              javaType = "String")
    public static final String QUERY = "CamelCohereQuery";
    @Metadata(label = "producer", description = "embed: the input type for this exchange.", javaType = "String")
    public static final String INPUT_TYPE = "CamelCohereInputType";
    @Metadata(label = "producer", description = "models: get this model instead of listing; tokenize/detokenize: the"
                                                + " model whose tokenizer to use.", javaType = "String")
    public static final String MODEL_NAME = "CamelCohereModelName";
    @Metadata(label = "producer", description = "embed-jobs, datasets, connectors and finetuning: the action for this"
                                                + " exchange (see the action option).", javaType = "String")
    public static final String ACTION = "CamelCohereAction";
    @Metadata(label = "producer", description = "embed-jobs: the job to get, cancel or wait for; set to the new job's"
                                                + " id after create.", javaType = "String")
    public static final String JOB_ID = "CamelCohereJobId";
    @Metadata(label = "producer", description = "embed-jobs create: the input dataset; datasets: the dataset to get,"
                                                + " delete, wait for or download; set to the new dataset's id after"
                                                + " create, and to the output dataset's id after embed-jobs wait.",
              javaType = "String")
    public static final String DATASET_ID = "CamelCohereDatasetId";
    @Metadata(label = "producer", description = "embed-jobs and datasets create: the name, overriding the name"
                                                + " option.", javaType = "String")
    public static final String NAME = "CamelCohereName";
    @Metadata(label = "producer", description = "classify: the labelled examples, a List of Maps with text and"
                                                + " label.", javaType = "java.util.List<java.util.Map<String, String>>")
    public static final String EXAMPLES = "CamelCohereExamples";
    @Metadata(label = "producer", description = "tokenize: the token strings, in order.",
              javaType = "java.util.List<String>")
    public static final String TOKEN_STRINGS = "CamelCohereTokenStrings";
    @Metadata(label = "producer", description = "models: the token of the next page (pass it back as this header's"
                                                + " value to get that page).", javaType = "String")
    public static final String PAGE_TOKEN = "CamelCoherePageToken";
    @Metadata(label = "producer", description = "chat v1: the search queries generated (searchQueriesOnly, connectors).",
              javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String SEARCH_QUERIES = "CamelCohereSearchQueries";
    @Metadata(label = "producer", description = "chat v1: the documents the answer used (connectors, documents).",
              javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String RESPONSE_DOCUMENTS = "CamelCohereResponseDocuments";
    @Metadata(label = "producer", description = "chat: the tool plan the model wrote before its tool calls.",
              javaType = "String")
    public static final String TOOL_PLAN = "CamelCohereToolPlan";
    @Metadata(label = "producer", description = "check-api-key: the key's organization id.", javaType = "String")
    public static final String ORGANIZATION_ID = "CamelCohereOrganizationId";
    @Metadata(label = "producer", description = "Warnings Cohere sent (X-API-Warning header, meta.warnings).",
              javaType = "java.util.List<String>")
    public static final String WARNINGS = "CamelCohereWarnings";
    @Metadata(label = "producer", description = "generate: every generation (the body is the first one's text).",
              javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String GENERATIONS = "CamelCohereGenerations";

    @Metadata(label = "producer", description = "connectors: the connector to get, update, delete or authorize; set to"
                                                + " the new connector's id after create.", javaType = "String")
    public static final String CONNECTOR_ID = "CamelCohereConnectorId";
    @Metadata(label = "producer", description = "finetuning: the fine-tuned model to get, update, delete, or list the"
                                                + " events or training-step metrics of; set to the new model's id"
                                                + " after create.", javaType = "String")
    public static final String FINETUNED_MODEL_ID = "CamelCohereFinetunedModelId";
    @Metadata(label = "producer", description = "chat v1: the connectors for this exchange, replacing the connectors"
                                                + " option: a List of connector ids or of Maps with id,"
                                                + " user_access_token, continue_on_failure and options.",
              javaType = "java.util.List<Object>")
    public static final String CONNECTORS = "CamelCohereConnectors";
    @Metadata(label = "producer", description = "datasets create: the evaluation data, uploaded as the eval_data part"
                                                + " (bytes, or text).", javaType = "byte[]")
    public static final String EVAL_DATA = "CamelCohereEvalData";
    @Metadata(label = "producer", description = "connectors list: total_count; finetuning list: total_size.",
              javaType = "Long")
    public static final String TOTAL_COUNT = "CamelCohereTotalCount";

    private CohereConstants() {
    }
}
