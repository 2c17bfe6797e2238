package io.camelai.qianfan.springboot;

import io.camelai.qianfan.QianfanComponent;
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
 * Configures the qianfan component from the camel.component.qianfan.* properties, as Camel's own starters do: a
 * {@link ComponentCustomizer} copies every property that is set onto the component when Camel creates it (unset ones
 * keep the component's defaults). Beans the component picks up by type (an OkHttpClient, a
 * MeterRegistry) need nothing here: the Camel registry is the application context.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, QianfanComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.qianfan"})
public class QianfanComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureQianfanComponent(ApplicationContext applicationContext,
            CamelContext camelContext,
            QianfanComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.qianfan.customizer") && target instanceof QianfanComponent;
            }
        };
    }
}
