package io.camelai.cohere;

/** The operations of the {@code cohere} scheme: the URI path. */
public enum CohereOperation {
    CHAT("chat"), EMBED("embed"), RERANK("rerank"), CLASSIFY("classify"), TOKENIZE("tokenize"), DETOKENIZE(
            "detokenize"), MODELS("models"), CHECK_API_KEY("check-api-key"), GENERATE(
                    "generate"), SUMMARIZE("summarize"), EMBED_JOBS(
                            "embed-jobs"), DATASETS("datasets"), CONNECTORS("connectors"), FINETUNING("finetuning");

    private final String uriName;

    CohereOperation(String uriName) {
        this.uriName = uriName;
    }

    /** How the operation is written in a URI: {@code cohere:<uriName>}. */
    public String uriName() {
        return uriName;
    }
}
