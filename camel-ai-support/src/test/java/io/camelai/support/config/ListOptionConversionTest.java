package io.camelai.support.config;

import java.util.List;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** List options are written comma-separated in URIs and properties: every AI component makes that convert. */
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

    @Test
    void aCommaSeparatedStringBecomesAListOnceAnAiComponentIsAdded() throws Exception {
        try (var ctx = new DefaultCamelContext()) {
            ctx.start();
            assertThrows(Exception.class, () -> ctx.getTypeConverter().mandatoryConvertTo(List.class, "a,b"),
                    "plain Camel has no String to List conversion");
            ctx.addComponent("one", new NoopComponent());
            ctx.addComponent("two", new NoopComponent());
            ctx.getComponent("one");
            ctx.getComponent("two");
            assertEquals(List.of("a", "b c", "d"), ctx.getTypeConverter().mandatoryConvertTo(List.class, " a, b c,,d"));
            assertEquals(List.of(), ctx.getTypeConverter().mandatoryConvertTo(List.class, ""));
        }
    }
}
