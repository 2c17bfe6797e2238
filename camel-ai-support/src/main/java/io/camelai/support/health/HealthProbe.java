package io.camelai.support.health;

/**
 * One cheap call that shows whether an endpoint can serve requests: its credentials are accepted and the provider is
 * reachable (Cohere's key check, Azure's model info, a Qianfan token).
 */
@FunctionalInterface
public interface HealthProbe {

    /**
     * Calls the provider once.
     *
     * @return null when the endpoint is ready, else what is wrong (never a secret)
     * @throws Exception a failed call ({@link io.camelai.support.AiHttpException} for a provider or connection
     *                   failure)
     */
    String check() throws Exception;
}
