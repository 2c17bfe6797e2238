package io.camelai.examples.springboot;

import io.camelai.cohere.CohereComponent;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.simulator.AiSimulator;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local simulator the example calls by default ({@code camelai.simulator.enabled: true}): started on a free port,
 * and pointed to by the cohere component's base URL, which is only known once it runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "camelai.simulator.enabled", havingValue = "true")
public class EmbeddedSimulator {

    /** The key sent to the embedded simulator when none is configured. */
    public static final String SIMULATOR_KEY = "simulator-key";

    @Bean(destroyMethod = "close")
    public AiSimulator aiSimulator() throws Exception {
        return AiSimulator.start();
    }

    /** Runs after the starter's customizer, so the simulator's URL replaces any configured base URL. */
    @Bean
    public ComponentCustomizer cohereOnSimulator(AiSimulator simulator) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CohereConfiguration cfg = ((CohereComponent) target).getConfiguration();
                cfg.setBaseUrl(simulator.cohereUrl());
                if (cfg.getApiKey() == null || cfg.getApiKey().isBlank()) {
                    cfg.setApiKey(SIMULATOR_KEY); // the simulator takes any key; a real one never sits in a file
                }
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof CohereComponent;
            }

            @Override
            public int getOrder() {
                return LOWEST;
            }
        };
    }
}
