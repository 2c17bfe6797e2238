package io.camelai.qianfan;

/** The operations of the {@code qianfan} scheme: the URI path. */
public enum QianfanOperation {
    CHAT("chat"), EMBED("embed");

    private final String uriName;

    QianfanOperation(String uriName) {
        this.uriName = uriName;
    }

    /** How the operation is written in a URI: {@code qianfan:<uriName>}. */
    public String uriName() {
        return uriName;
    }
}
