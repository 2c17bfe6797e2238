package io.camelai.support.config;

/**
 * What the allowed range of an option may depend on: the endpoint's operation ({@code operation generate}) or the
 * model called ({@code model ChatLaw}). {@link ValueRange#scope()} names the scopes a range applies to.
 *
 * @param kind what the name is ("operation", "model"), for messages
 * @param name the operation or model name, matched against {@link ValueRange#scope()} ignoring case
 */
public record OptionScope(String kind, String name) {

    public static OptionScope operation(String name) {
        return name == null ? null : new OptionScope("operation", name);
    }

    public static OptionScope model(String name) {
        return name == null ? null : new OptionScope("model", name);
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
