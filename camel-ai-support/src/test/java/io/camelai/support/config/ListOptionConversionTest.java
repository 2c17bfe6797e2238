package io.camelai.support.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * List options are written comma-separated in URIs and properties: the components split them before binding, and
 * never register a String to List conversion that would change other routes.
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

    /** The option types of an endpoint with one list option, as a generated configurer gives them. */
    static final class Types implements PropertyConfigurerGetter {
        @Override
        public Class<?> getOptionType(String name, boolean ignoreCase) {
            return "stopSequences".equalsIgnoreCase(name) ? List.class : String.class;
        }

        @Override
        public Object getOptionValue(Object target, String name, boolean ignoreCase) {
            return null;
        }
    }

    @Test
    void aCommaSeparatedStringIsSplitTrimmedAndWithoutEmptyItems() {
        assertEquals(List.of("a", "b c", "d"), ListOptions.split(" a, b c,,d"));
        assertEquals(List.of(), ListOptions.split(" "));
    }

    @Test
    void onlyStringValuesOfListOptionsAreSplitAndBeanReferencesAreLeftToCamel() {
        Map<String, Object> params = new HashMap<>(Map.of("stopSequences", "END,STOP", "model", "a,b"));
        ListOptions.splitIn(params, new Types());
        assertEquals(List.of("END", "STOP"), params.get("stopSequences"));
        assertEquals("a,b", params.get("model"));

        Map<String, Object> ref = new HashMap<>(Map.of("stopsequences", "#myStops"));
        ListOptions.splitIn(ref, new Types());
        assertEquals("#myStops", ref.get("stopsequences"));
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
