package io.camelai.cohere.springboot;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.cohere.CohereComponent;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.RecordedRequest;
import io.camelai.starter.generator.GeneratedFiles;
import io.camelai.starter.generator.StarterGenerator;
import okhttp3.OkHttpClient;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class CohereStarterTest {

    private static final StarterGenerator GENERATOR = StarterGenerator.forComponent("cohere",
            "META-INF/io/camelai/cohere/cohere.json", "io.camelai.cohere.springboot", "CohereComponentConfiguration");

    private static AiSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    CohereComponentAutoConfiguration.class));

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = AiSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void theCommittedPropertiesClassAndMetadataAreWhatTheGeneratorWritesFromTheComponentJson() {
        GeneratedFiles.check(GENERATOR.javaFile(Path.of("")), GENERATOR.propertiesClass());
        GeneratedFiles.check(GENERATOR.metadataFile(Path.of("")), GENERATOR.additionalMetadata());
    }

    @Test
    void everyComponentOptionIsAPropertyOfTheStarter() {
        BeanWrapperImpl properties = new BeanWrapperImpl(new CohereComponentConfiguration());
        assertThat(GENERATOR.optionNames()).hasSizeGreaterThan(100)
                .allSatisfy(option -> assertThat(properties.isWritableProperty(option)).as(option).isTrue());
    }

    @Test
    void theConfigurationMetadataDocumentsEveryOptionWithItsDefaultAndAllowedValues() throws Exception {
        JsonNode metadata = starterMetadata();
        Map<String, JsonNode> properties = new java.util.HashMap<>();
        metadata.path("properties").forEach(p -> properties.put(p.path("name").asText(), p));
        for (String option : GENERATOR.optionNames()) {
            JsonNode property = properties.get("camel.component.cohere." + kebab(option));
            assertThat(property).as(option).isNotNull();
            assertThat(property.path("description").asText()).as(option).isNotBlank();
        }
        assertThat(properties.get("camel.component.cohere.max-retries").path("defaultValue").asInt()).isEqualTo(2);
        assertThat(properties.get("camel.component.cohere.api-key").path("description").asText())
                .contains("COHERE_API_KEY", "secret");
        assertThat(properties.get("camel.component.cohere.enabled")).isNotNull();
        JsonNode apiVersionHint = null;
        for (JsonNode hint : metadata.path("hints")) {
            if (hint.path("name").asText().equals("camel.component.cohere.api-version")) {
                apiVersionHint = hint;
            }
        }
        assertThat(apiVersionHint).isNotNull();
        assertThat(apiVersionHint.path("values").findValuesAsText("value")).containsExactly("v1", "v2");
    }

    @Test
    void relaxedPropertiesConfigureTheComponentAndUnsetOnesKeepItsDefaults() {
        runner.withPropertyValues("camel.component.cohere.api-key=sk-from-yaml",
                "camel.component.cohere.max-retries=5", "camel.component.cohere.read-timeout=30s",
                "camel.component.cohere.connect-timeout=1500", "camel.component.cohere.stop-sequences=END,STOP",
                "camel.component.cohere.extra[safety_mode]=OFF", "camel.component.cohere.log-http=true")
                .run(context -> {
                    CohereConfiguration config = component(context.getBean(CamelContext.class)).getConfiguration();
                    assertThat(config.getApiKey()).isEqualTo("sk-from-yaml");
                    assertThat(config.getMaxRetries()).isEqualTo(5);
                    assertThat(config.getReadTimeout()).isEqualTo(Duration.ofSeconds(30).toMillis());
                    assertThat(config.getConnectTimeout()).isEqualTo(1500);
                    assertThat(config.getStopSequences()).containsExactly("END", "STOP");
                    assertThat(config.getExtra()).containsEntry("safety_mode", "OFF");
                    assertThat(config.isLogHttp()).isTrue();
                    assertThat(config.getBaseUrl()).isEqualTo("https://api.cohere.com");
                    assertThat(config.getRetryBackoff()).isEqualTo(500);
                });
    }

    @Test
    void aSingleOkHttpClientBeanIsTheComponentsHttpClientAndABeanReferenceNamesOneOfSeveral() {
        OkHttpClient shared = new OkHttpClient();
        runner.withBean("sharedClient", OkHttpClient.class, () -> shared).run(context -> {
            assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getHttpClient())
                    .isSameAs(shared);
        });
        OkHttpClient chosen = new OkHttpClient();
        runner.withBean("one", OkHttpClient.class, OkHttpClient::new)
                .withBean("chosen", OkHttpClient.class, () -> chosen)
                .withPropertyValues("camel.component.cohere.http-client=#bean:chosen").run(context -> {
                    assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getHttpClient())
                            .isSameAs(chosen);
                });
    }

    @Test
    void aRouteCallsTheProviderWithTheBaseUrlAndKeyFromTheProperties() {
        simulator.reset();
        runner.withPropertyValues("camel.component.cohere.api-key=sk-from-yaml",
                "camel.component.cohere.base-url=" + simulator.cohereUrl()).run(context -> {
                    String answer = context.getBean(CamelContext.class).createProducerTemplate()
                            .requestBody("cohere:chat", "What is Apache Camel?", String.class);
                    assertThat(answer).isNotBlank();
                    RecordedRequest request = simulator.takeRequest();
                    assertThat(request.path()).isEqualTo("/v2/chat");
                    assertThat(request.header("Authorization")).isEqualTo("Bearer sk-from-yaml");
                    assertThat(request.json().path("messages").get(0).path("content").asText())
                            .isEqualTo("What is Apache Camel?");
                });
    }

    @Test
    void theStarterCanBeTurnedOffLeavingTheComponentUnconfigured() {
        runner.withPropertyValues("camel.component.cohere.enabled=false", "camel.component.cohere.max-retries=5")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(CohereComponentConfiguration.class);
                    assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getMaxRetries())
                            .isEqualTo(2);
                });
    }

    private static CohereComponent component(CamelContext camel) {
        return camel.getComponent("cohere", CohereComponent.class);
    }

    /** The metadata Spring Boot's configuration processor wrote for this starter. */
    private static JsonNode starterMetadata() throws Exception {
        List<URL> files = Collections.list(CohereStarterTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
        for (URL file : files) {
            try (InputStream in = file.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.contains("\"camel.component.cohere\"")) {
                    return new ObjectMapper().readTree(text);
                }
            }
        }
        throw new AssertionError("No spring-configuration-metadata.json for camel.component.cohere in " + files);
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
