package io.camelai.cohere;

import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;

/**
 * An embed job or a dataset validation that ended without success (failed, cancelled, skipped), or that was still
 * running when {@code waitTimeout} ran out. Catch it in {@code onException(CohereJobException.class)}.
 */
public class CohereJobException extends CamelExchangeException {

    private static final long serialVersionUID = 1L;

    private final String resourceId;
    private final String status;

    public CohereJobException(String message, Exchange exchange, String resourceId, String status) {
        super(message, exchange);
        this.resourceId = resourceId;
        this.status = status;
    }

    /** The embed job's or the dataset's id. */
    public String getResourceId() {
        return resourceId;
    }

    /** The last status Cohere reported (the job's status, the dataset's validation_status). */
    public String getStatus() {
        return status;
    }
}
