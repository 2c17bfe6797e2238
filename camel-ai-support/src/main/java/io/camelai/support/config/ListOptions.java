package io.camelai.support.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * List options ({@code stopSequences}, {@code embeddingTypes}, ...) are written comma-separated in URIs, in properties
 * ({@code camel.component.qianfan.stop=a,b}) and in the {@code CamelAiOptions} header. Camel has no String to List
 * conversion, and a context-wide one would change how every other route converts Strings, so the components split
 * these values themselves: their configurers are wrapped by {@link #splitting(PropertyConfigurer)}.
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
     * A generated configurer that gives each List-typed option a String value as its items (a {@code #bean}
     * reference is left for Camel to look up); null for null.
     */
    public static PropertyConfigurer splitting(PropertyConfigurer generated) {
        return generated instanceof PropertyConfigurerGetter getter
                ? new Splitting(generated, getter)
                : generated;
    }

    private record Splitting(PropertyConfigurer delegate, PropertyConfigurerGetter getter)
            implements
                GeneratedPropertyConfigurer,
                PropertyConfigurerGetter {

        @Override
        public boolean configure(CamelContext context, Object target, String name, Object value, boolean ignoreCase) {
            Object v = value instanceof String s && !s.startsWith("#")
                    && getter.getOptionType(name, ignoreCase) == List.class ? split(s) : value;
            return delegate.configure(context, target, name, v, ignoreCase);
        }

        @Override
        public Class<?> getOptionType(String name, boolean ignoreCase) {
            return getter.getOptionType(name, ignoreCase);
        }

        @Override
        public Object getOptionValue(Object target, String name, boolean ignoreCase) {
            return getter.getOptionValue(target, name, ignoreCase);
        }

        @Override
        public String[] getAutowiredNames() {
            return getter.getAutowiredNames();
        }

        @Override
        public Object getCollectionValueType(Object target, String name, boolean ignoreCase) {
            return getter.getCollectionValueType(target, name, ignoreCase);
        }
    }
}
