package io.camelai.qianfan.springboot;

import java.nio.file.Path;

import io.camelai.qianfan.QianfanComponent;
import io.camelai.qianfan.QianfanConfiguration;
import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.RecordedRequest;
import io.camelai.starter.generator.GeneratedFiles;
import io.camelai.starter.generator.StarterGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class QianfanStarterTest {

    private static final StarterGenerator GENERATOR = StarterGenerator.forComponent("qianfan",
            "META-INF/io/camelai/qianfan/qianfan.json", "io.camelai.qianfan.springboot",
            "QianfanComponentConfiguration");

    private static AiSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    QianfanComponentAutoConfiguration.class));

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
        BeanWrapperImpl properties = new BeanWrapperImpl(new QianfanComponentConfiguration());
        assertThat(GENERATOR.optionNames()).contains("accessKey", "secretKey", "bearerToken", "apiVersion")
                .allSatisfy(option -> assertThat(properties.isWritableProperty(option)).as(option).isTrue());
    }

    @Test
    void relaxedPropertiesConfigureTheComponent() {
        runner.withPropertyValues("camel.component.qianfan.access-key=ak", "camel.component.qianfan.secret-key=sk",
                "camel.component.qianfan.max-retries=4", "camel.component.qianfan.api-version=v2").run(context -> {
                    QianfanConfiguration config = context.getBean(CamelContext.class)
                            .getComponent("qianfan", QianfanComponent.class).getConfiguration();
                    assertThat(config.getAccessKey()).isEqualTo("ak");
                    assertThat(config.getSecretKey()).isEqualTo("sk");
                    assertThat(config.getMaxRetries()).isEqualTo(4);
                    assertThat(config.getApiVersion()).isEqualTo("v2");
                });
    }

    @Test
    void aCallWithTheBearerTokenPropertyIsMeasuredOnTheApplicationContextsMeterRegistry() {
        simulator.reset();
        MeterRegistry meters = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> meters)
                .withPropertyValues("camel.component.qianfan.api-version=v2",
                        "camel.component.qianfan.bearer-token=bce-v3/ALTAK-test/secret",
                        "camel.component.qianfan.base-url=" + simulator.qianfanUrl())
                .run(context -> {
                    String answer = context.getBean(CamelContext.class).createProducerTemplate()
                            .requestBody("qianfan:chat", "one", String.class);
                    assertThat(answer).isNotBlank();
                    RecordedRequest request = simulator.takeRequest();
                    assertThat(request.path()).isEqualTo("/v2/chat/completions");
                    assertThat(request.header("Authorization")).isEqualTo("Bearer bce-v3/ALTAK-test/secret");
                    assertThat(meters.find("gen_ai.client.operation.duration")
                            .timer()).isNotNull();
                });
    }
}
