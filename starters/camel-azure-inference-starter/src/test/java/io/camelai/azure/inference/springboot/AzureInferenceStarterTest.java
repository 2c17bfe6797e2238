package io.camelai.azure.inference.springboot;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.camelai.azure.inference.AzureInferenceComponent;
import io.camelai.azure.inference.AzureInferenceConfiguration;
import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.RecordedRequest;
import io.camelai.starter.generator.GeneratedFiles;
import io.camelai.starter.generator.StarterGenerator;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class AzureInferenceStarterTest {

    private static final StarterGenerator GENERATOR = StarterGenerator.forComponent("azure-inference",
            "META-INF/io/camelai/azure/inference/azure-inference.json", "io.camelai.azure.inference.springboot",
            "AzureInferenceComponentConfiguration");

    private static AiSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    AzureInferenceComponentAutoConfiguration.class));

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
        BeanWrapperImpl properties = new BeanWrapperImpl(new AzureInferenceComponentConfiguration());
        assertThat(GENERATOR.optionNames()).contains("endpoint", "apiKey", "authHeader", "tokenCredential")
                .allSatisfy(option -> assertThat(properties.isWritableProperty(option)).as(option).isTrue());
    }

    @Test
    void relaxedPropertiesConfigureTheComponent() {
        runner.withPropertyValues(
                "camel.component.azure-inference.endpoint=https://example.services.ai.azure.com/models",
                "camel.component.azure-inference.api-key=az-key", "camel.component.azure-inference.auth-header=api-key",
                "camel.component.azure-inference.max-retries=0", "camel.component.azure-inference.call-timeout=1m")
                .run(context -> {
                    AzureInferenceConfiguration config = context.getBean(CamelContext.class)
                            .getComponent("azure-inference", AzureInferenceComponent.class).getConfiguration();
                    assertThat(config.getEndpoint()).isEqualTo("https://example.services.ai.azure.com/models");
                    assertThat(config.getApiKey()).isEqualTo("az-key");
                    assertThat(config.getAuthHeader()).isEqualTo("api-key");
                    assertThat(config.getMaxRetries()).isZero();
                    assertThat(config.getCallTimeout()).isEqualTo(60_000);
                });
    }

    @Test
    void theApplicationContextsOnlyTokenCredentialAuthenticatesTheCalls() {
        simulator.reset();
        TokenCredential entra = new TokenCredential() {
            @Override
            public Mono<AccessToken> getToken(TokenRequestContext request) {
                return Mono.fromSupplier(() -> getTokenSync(request));
            }

            @Override
            public AccessToken getTokenSync(TokenRequestContext request) {
                return new AccessToken("entra-token", OffsetDateTime.now().plusHours(1));
            }
        };
        runner.withBean(TokenCredential.class, () -> entra)
                .withPropertyValues("camel.component.azure-inference.endpoint=" + simulator.azureUrl(),
                        "camel.component.azure-inference.model=m")
                .run(context -> {
                    String answer = context.getBean(CamelContext.class).createProducerTemplate()
                            .requestBody("azure-inference:chat", "one", String.class);
                    assertThat(answer).isEqualTo("Simulated answer to: one");
                    RecordedRequest request = simulator.takeRequest();
                    assertThat(request.path()).endsWith("/chat/completions");
                    assertThat(request.header("Authorization")).isEqualTo("Bearer entra-token");
                    assertThat(request.json().path("model").asText()).isEqualTo("m");
                });
    }
}
