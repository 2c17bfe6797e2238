package io.camelai.support.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * List options ({@code stopSequences}, {@code embeddingTypes}, ...) are written comma-separated in URIs and in the
 * {@code CamelAiOptions} header. Camel has no String to List conversion, and a context-wide one would change how every
 * other route converts Strings, so the components split these values themselves, before binding.
 */
public final class ListOptions {

    private ListOptions() {}

    /** {@code "a, b,c"} as {@code [a, b, c]}: trimmed, empty items dropped; an empty string as an empty list. */
    public static List<String> split(String text) {
        String t = text.trim();
        return t.isEmpty()
                ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * Replaces each String value of a List-typed option in {@code parameters} by its items. A {@code #bean}
     * reference is left for Camel to look up.
     *
     * @param options the endpoint's generated configurer, which knows each option's type
     */
    public static void splitIn(Map<String, Object> parameters, Object options) {
        if (!(options instanceof PropertyConfigurerGetter getter)) {
            return;
        }
        parameters.replaceAll((name, value) -> value instanceof String s && !s.startsWith("#")
                && getter.getOptionType(name, true) == List.class ? split(s) : value);
    }
}
