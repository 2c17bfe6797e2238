package io.camelai.support.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * List options are written comma-separated in URIs and properties: the components' configurers split them, and no
 * String to List conversion is registered that would change other routes.
 */
class ListOptionConversionTest {

    static final class NoopComponent extends AiComponent {
        @Override
        protected AiConfiguration componentConfiguration() {
            return null;
        }

        @Override
        protected AiEndpoint newEndpoint(String uri, String operation, AiConfiguration configuration) {
            return null;
        }
    }

    /** A generated configurer's shape: one list option and one String option, recording what it was given. */
    static final class Generated implements GeneratedPropertyConfigurer, PropertyConfigurerGetter {
        final Map<String, Object> set = new HashMap<>();

        @Override
        public boolean configure(CamelContext context, Object target, String name, Object value, boolean ignoreCase) {
            set.put(name, value);
            return true;
        }

        @Override
        public Class<?> getOptionType(String name, boolean ignoreCase) {
            return "stopSequences".equalsIgnoreCase(name) ? List.class : String.class;
        }

        @Override
        public Object getOptionValue(Object target, String name, boolean ignoreCase) {
            return set.get(name);
        }
    }

    @Test
    void aCommaSeparatedStringIsSplitTrimmedAndWithoutEmptyItems() {
        assertEquals(List.of("a", "b c", "d"), ListOptions.split(" a, b c,,d"));
        assertEquals(List.of(), ListOptions.split(" "));
    }

    @Test
    void onlyStringValuesOfListOptionsAreSplitAndBeanReferencesAreLeftToCamel() throws Exception {
        Generated generated = new Generated();
        PropertyConfigurer splitting = ListOptions.splitting(generated);
        try (CamelContext ctx = new DefaultCamelContext()) {
            PropertyBindingSupport.build().withConfigurer(splitting).withIgnoreCase(true)
                    .bind(ctx, new Object(), new HashMap<>(Map.of("stopsequences", "END, STOP", "model", "a,b")));
            splitting.configure(ctx, new Object(), "stopSequences2", "#myStops", true);
            List<String> kept = List.of("x");
            splitting.configure(ctx, new Object(), "stopSequences3", kept, true);
        }
        assertEquals(List.of("END", "STOP"), generated.set.get("stopsequences"));
        assertEquals("a,b", generated.set.get("model"));
        assertEquals("#myStops", generated.set.get("stopSequences2"));
        assertEquals(List.of("x"), generated.set.get("stopSequences3"));
        assertEquals(List.class, ((PropertyConfigurerGetter) splitting).getOptionType("stopSequences", true));
    }

    @Test
    void aConfigurerWithoutOptionTypesIsUsedAsItIs() {
        PropertyConfigurer plain = (context, target, name, value, ignoreCase) -> true;
        assertSame(plain, ListOptions.splitting(plain));
    }

    @Test
    void addingAnAiComponentRegistersNoContextWideStringToListConversion() throws Exception {
        try (var ctx = new DefaultCamelContext()) {
            ctx.start();
            ctx.addComponent("one", new NoopComponent());
            ctx.getComponent("one");
            assertThrows(Exception.class, () -> ctx.getTypeConverter().mandatoryConvertTo(List.class, "a,b"),
                    "a String body of another route still does not become a list");
        }
    }
}
