package io.camelai.starter.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StarterGeneratorTest {

    private final StarterGenerator generator = StarterGenerator.forComponent("sample", "sample/sample.json",
            "com.example.springboot", "SampleComponentConfiguration");

    @Test
    void everyOptionBecomesATypedPropertyWithItsDescriptionAsJavadoc() {
        String source = generator.propertiesClass();

        assertTrue(source.contains("@ConfigurationProperties(prefix = \"camel.component.sample\")"), source);
        assertTrue(source.contains("extends ComponentConfigurationPropertiesCommon"), source);
        assertTrue(source.contains("private java.lang.String apiKey;"), source);
        assertTrue(source.contains("private java.time.Duration readTimeout;"), source);
        assertTrue(source.contains("private java.lang.Integer maxRetries;"), source);
        assertTrue(source.contains("private java.lang.String httpClient;"), source);
        assertTrue(source.contains("private java.util.Map<java.lang.String, java.lang.Object> extra;"), source);
        assertTrue(source.contains("public void setMaxRetries(java.lang.Integer maxRetries)"), source);
        assertTrue(source.contains("The key. This option is a secret"), source);
        assertTrue(source.contains("#bean:name. Autowired"), source);
    }

    @Test
    void descriptionsCannotCloseTheJavadocOrInjectTags() {
        String source = generator.propertiesClass();

        assertTrue(source.contains("Retries *&#47; of a call."), source);
        assertTrue(source.contains("The &lt;answer&gt; format."), source);
        assertFalse(source.contains("Retries */"), source);
    }

    @Test
    void theAdditionalMetadataGivesDefaultsInSpringBootTermsAndTheValuesOfEnums() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(generator.additionalMetadata());

        assertEquals("120000ms", find(metadata.path("properties"), "camel.component.sample.read-timeout")
                .path("defaultValue").asText());
        assertEquals(2, find(metadata.path("properties"), "camel.component.sample.max-retries").path("defaultValue")
                .asInt());
        assertEquals(java.util.List.of("json", "text"), find(metadata.path("hints"), "camel.component.sample.format")
                .path("values").findValuesAsText("value"));
    }

    @Test
    void anOptionTypeWithoutAStarterMappingFailsTheGeneration() {
        JsonNode unknown = new ObjectMapper().createObjectNode().put("displayName", "Odd").put("type", "array")
                .put("javaType", "byte[]");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PropertyType.of(unknown));
        assertTrue(e.getMessage().contains("Odd"), e.getMessage());
    }

    @Test
    void optionNamesBecomeKebabCaseKeys() {
        assertEquals("max-retries", StarterGenerator.kebab("maxRetries"));
        assertEquals("use-global-ssl-context-parameters", StarterGenerator.kebab("useGlobalSslContextParameters"));
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode node : array) {
            if (node.path("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }
}
