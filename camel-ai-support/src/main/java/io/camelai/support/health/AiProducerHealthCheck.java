package io.camelai.support.health;

import java.util.Map;

import javax.net.ssl.SSLException;

import io.camelai.support.AiHttpException;
import io.camelai.support.http.SecretMasker;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * The readiness of one endpoint's producers, as Camel's producer health checks report it (group {@code camel}, id
 * {@code producer:<scheme>-<endpoint id>}, in the {@code producers} repository, which Camel enables with
 * {@code camel.health.producersEnabled=true}): DOWN with a message naming the problem (credentials rejected,
 * provider unreachable, TLS, provider error), never a secret.
 */
public final class AiProducerHealthCheck extends AbstractHealthCheck {

    private final String provider;
    private final String endpointUri;
    private final HealthProbe probe;
    private final SecretMasker masker;

    public AiProducerHealthCheck(String provider, String endpointId, String endpointUri, HealthProbe probe,
            SecretMasker masker) {
        super("camel", "producer:" + provider + "-" + endpointId);
        this.provider = provider;
        this.endpointUri = URISupport.sanitizeUri(endpointUri);
        this.probe = probe;
        this.masker = masker;
    }

    /** A provider being down makes the application not ready; restarting it would not help. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(ENDPOINT_URI, endpointUri);
        try {
            String problem = probe.check();
            if (problem == null) {
                builder.up();
            } else {
                builder.message(masker.mask(problem)).down();
            }
        } catch (AiHttpException e) {
            if (e.getStatusCode() > 0) {
                builder.detail(HTTP_RESPONSE_CODE, e.getStatusCode());
            }
            builder.message(reason(e)).error(e).down();
        } catch (Exception e) {
            builder.message(masker.mask(provider + " health probe failed: " + e)).error(masker.mask(e)).down();
        }
    }

    /** What is wrong, first in a few words, then the failure's own (masked) message. */
    static String reason(AiHttpException e) {
        int status = e.getStatusCode();
        String what;
        if (status == 401 || status == 403) {
            what = "credentials rejected (HTTP " + status + ")";
        } else if (status == 407) {
            what = "proxy credentials rejected (HTTP 407)";
        } else if (status == 429) {
            what = "rate limited (HTTP 429)";
        } else if (status > 0) {
            what = "provider error (HTTP " + status + ")";
        } else if (hasCause(e, SSLException.class)) {
            what = "TLS handshake failed";
        } else {
            what = "provider unreachable";
        }
        return what + ": " + e.getMessage();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
