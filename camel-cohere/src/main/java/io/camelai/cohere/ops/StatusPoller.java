package io.camelai.cohere.ops;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereJobException;
import io.camelai.support.http.SecretMasker;
import org.apache.camel.Exchange;

/**
 * Waits for a Cohere resource to settle, as the SDKs' {@code wait} does: fetches it every {@code pollInterval} ms until
 * its status is a success (returned) or a failure ({@link CohereJobException}), for at most {@code waitTimeout} ms.
 */
final class StatusPoller {

    /** One look at the resource. */
    @FunctionalInterface
    interface Fetch {
        JsonNode fetch() throws Exception;
    }

    private final String what;
    private final String statusField;
    private final Set<String> success;
    private final Set<String> failure;

    /**
     * @param what        the resource, for messages ("embed job", "dataset")
     * @param statusField the status's JSON pointer in a fetched resource
     */
    StatusPoller(String what, String statusField, Set<String> success, Set<String> failure) {
        this.what = what;
        this.statusField = statusField;
        this.success = success;
        this.failure = failure;
    }

    /**
     * The resource once its status is a success.
     *
     * @param masker the endpoint's secrets: the failure message quotes the provider's validation error, which is not
     *               trusted to be free of them
     */
    JsonNode await(Exchange exchange, String id, CohereConfiguration cfg, SecretMasker masker, Fetch fetch)
            throws Exception {
        long deadline = System.nanoTime() + cfg.getWaitTimeout() * 1_000_000L;
        while (true) {
            JsonNode resource = fetch.fetch();
            String status = resource.at(statusField).asText("");
            if (success.contains(status)) {
                return resource;
            }
            if (failure.contains(status)) {
                String reason = resource
                        .at(statusField.substring(0, statusField.lastIndexOf('/')) + "/validation_error")
                        .asText("");
                throw new CohereJobException(masker.mask(what + " " + id + " ended with status " + status
                        + (reason.isEmpty() ? "" : ": " + reason)),
                        exchange, id, status);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new CohereJobException(what + " " + id + " is still " + (status.isEmpty() ? "unsettled" : status)
                        + " after " + cfg.getWaitTimeout() + " ms (option waitTimeout)",
                        exchange, id, status);
            }
            Thread.sleep(Math.min(cfg.getPollInterval(), Math.max(1, left / 1_000_000L)));
        }
    }
}
