package io.camelai.cohere.springboot;

import io.camelai.cohere.CohereComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the cohere component from the camel.component.cohere.* properties, as Camel's own starters do: a
 * {@link ComponentCustomizer} copies every property that is set onto the component when Camel creates it (unset ones
 * keep the component's defaults). Beans the component picks up by type (an OkHttpClient, a
 * MeterRegistry) need nothing here: the Camel registry is the application context.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, CohereComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.cohere"})
public class CohereComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureCohereComponent(ApplicationContext applicationContext,
            CamelContext camelContext,
            CohereComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.cohere.customizer") && target instanceof CohereComponent;
            }
        };
    }
}
