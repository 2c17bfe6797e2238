package io.camelai.azure.inference;

/** The operations of the {@code azure-inference} scheme: the URI path. */
public enum AzureInferenceOperation {
    CHAT("chat"), EMBED("embed"), IMAGE_EMBED("image-embed"), INFO("info");

    private final String uriName;

    AzureInferenceOperation(String uriName) {
        this.uriName = uriName;
    }

    /** How the operation is written in a URI: {@code azure-inference:<uriName>}. */
    public String uriName() {
        return uriName;
    }
}
