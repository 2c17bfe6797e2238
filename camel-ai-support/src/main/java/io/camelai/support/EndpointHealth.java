package io.camelai.support;

import io.camelai.support.health.AiProducerHealthCheck;
import io.camelai.support.health.HealthProbe;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.HealthCheckComponent;

/**
 * An endpoint's producer health check, in Camel's {@code producers} repository while the endpoint runs. Registered
 * only when the repository exists (camel-health on the classpath); Camel runs producer checks only once
 * {@code camel.health.producersEnabled=true}, and the component's {@code healthCheckProducerEnabled} turns this
 * component's off.
 */
final class EndpointHealth {

    private WritableHealthCheckRepository repository;
    private AiProducerHealthCheck check;

    void register(AiEndpoint<?> endpoint, HealthProbe probe) {
        if (probe == null) {
            return;
        }
        repository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (repository == null) {
            return;
        }
        check = new AiProducerHealthCheck(endpoint.providerName(), endpoint.getId(), endpoint.getEndpointUri(), probe,
                endpoint.secretMasker());
        check.setCamelContext(endpoint.getCamelContext());
        check.setEnabled(!(endpoint.getComponent() instanceof HealthCheckComponent c)
                || c.isHealthCheckProducerEnabled());
        repository.addHealthCheck(check);
    }

    void unregister() {
        if (repository != null && check != null) {
            repository.removeHealthCheck(check);
        }
        check = null;
    }
}
