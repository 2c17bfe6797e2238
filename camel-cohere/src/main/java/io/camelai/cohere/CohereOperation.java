package io.camelai.cohere;

/** The operations of the {@code cohere} scheme: the URI path. */
public enum CohereOperation {
    CHAT("chat");

    private final String uriName;

    CohereOperation(String uriName) {
        this.uriName = uriName;
    }

    /** How the operation is written in a URI: {@code cohere:<uriName>}. */
    public String uriName() {
        return uriName;
    }
}
