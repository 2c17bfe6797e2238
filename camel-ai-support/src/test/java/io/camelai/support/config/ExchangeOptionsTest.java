package io.camelai.support.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeOptionsTest {

    public static class Config extends AiConfiguration {
        @UriParam(label = "common")
        private String baseUrl = "http://localhost";
        @UriParam(label = "security", secret = true)
        private String apiKey = "endpoint-key";
        @UriParam(label = "common")
        private String model = "m";
        @UriParam(label = "producer,chat")
        @ValueRange(min = 0, max = 1)
        private Double temperature;
        @UriParam(label = "producer,chat")
        private Integer maxTokens;
        @UriParam(label = "producer,chat")
        private String preamble;
        @UriParam(label = "producer,chat")
        @MaxItems(2)
        private List<String> stopSequences;
        @UriParam(label = "producer,chat", prefix = "metadata.", multiValue = true)
        private Map<String, Object> metadata;
        @UriParam(label = "producer,chat")
        @EndpointOnly
        private List<String> connectors;

        @Override
        public String getBaseUrl() {
            return baseUrl;
        }

        @Override
        public String getModel() {
            return model;
        }
    }

    private final CamelContext context = new DefaultCamelContext();
    private final Config endpoint = new Config();

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    private Config apply(Object header) {
        return ExchangeOptions.apply(context, endpoint, header);
    }

    private String refusal(Object header) {
        return assertThrows(IllegalArgumentException.class, () -> apply(header)).getMessage();
    }

    @Test
    void modelAndRequestParametersChangeForOneExchangeOnACopy() {
        Config c = apply(Map.of("model", "other", "temperature", "0.2", "maxTokens", 30, "stopSequences",
                List.of("END", 42), "metadata", Map.of("source", "camel")));

        assertEquals("other", c.model);
        assertEquals(0.2, c.temperature);
        assertEquals(30, c.maxTokens);
        assertEquals(List.of("END", "42"), c.stopSequences);
        assertEquals(Map.of("source", "camel"), c.metadata);
        assertEquals("m", endpoint.model, "the endpoint's configuration is untouched");
        assertNull(endpoint.temperature);
    }

    @Test
    void withoutTheHeaderTheEndpointsConfigurationIsUsedAsItIs() {
        assertSame(endpoint, apply(null));
        assertSame(endpoint, apply(Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tools", "toolExecution", "toolErrors", "maxToolIterations", "stream", "batchSize",
            "parallelCalls", "connectors", "apiKey", "baseUrl", "readTimeout", "connectTimeout",
            "callTimeout", "maxRetries", "retryBackoff", "httpClient", "logHttp"})
    void optionsThatAreNotModelRequestParametersAreRefusedNamingThem(String option) {
        String message = refusal(Map.of(option, "x"));

        assertTrue(message.startsWith("Header CamelAiOptions cannot set option '" + option + "': only model request"
                + " parameters (sampling, lengths, formats, model) change per exchange"),
                message);
        assertNull(ExchangeOptions.perExchangeProblem(Config.class, "temperature"));
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertEquals("Header CamelAiOptions cannot set option 'temprature': there is no such option",
                refusal(Map.of("temprature", 0.2)));
        assertEquals("Header CamelAiOptions cannot set option 'httpClient.proxy': there is no such option",
                refusal(Map.of("httpClient.proxy", "x")));
    }

    @Test
    void aHeaderThatIsNotAMapIsRefused() {
        assertEquals("Header CamelAiOptions must be a Map of option names to values (e.g. {\"temperature\": 0.2}),"
                + " found a java.lang.String", refusal("{\"temperature\": 0.2}"));
    }

    @Test
    void valuesAreConvertedNeverResolvedAsPlaceholdersOrBeanReferences() {
        Config c = apply(Map.of("preamble", "{{env:PATH}}", "stopSequences", List.of("#class:java.util.Date")));

        assertEquals("{{env:PATH}}", c.preamble);
        assertEquals(List.of("#class:java.util.Date"), c.stopSequences);
    }

    @Test
    void nestedOrMistypedValuesAreRefusedNamingTheOption() {
        assertEquals("Header CamelAiOptions: option 'stopSequences' needs a list of strings, got a java.util.HashMap",
                refusal(Map.of("stopSequences", List.of(new HashMap<>(Map.of("a", 1))))));
        assertEquals("Header CamelAiOptions: option 'metadata' needs a Map of names to strings, numbers or booleans,"
                + " got a java.util.ArrayList", refusal(Map.of("metadata", Map.of("a", new ArrayList<>()))));
        assertEquals("Header CamelAiOptions: option 'temperature' needs a Double, got 'warm'",
                refusal(Map.of("temperature", "warm")));
        assertEquals("Header CamelAiOptions: option 'maxTokens' needs an Integer, got a java.util.ArrayList",
                refusal(Map.of("maxTokens", new ArrayList<>(List.of(1)))));
    }

    @Test
    void valuesAreCheckedByTheOptionsOwnRules() {
        assertEquals("Invalid value 2.0 for option temperature: must be in [0, 1]",
                refusal(Map.of("temperature", 2.0)));
        assertEquals("Invalid value for option stopSequences: at most 2 items are allowed, got 3",
                refusal(Map.of("stopSequences", List.of("a", "b", "c"))));
    }
}
