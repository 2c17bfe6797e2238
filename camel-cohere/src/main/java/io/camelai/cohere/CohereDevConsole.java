package io.camelai.cohere;

import io.camelai.support.console.AiDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/** The cohere developer console: each endpoint's calls, retries, failures, open streams, tokens and last errors. */
@DevConsole(name = "cohere", displayName = "Cohere", description = "Cohere endpoints: calls, retries, tokens by model,"
        + " open streams and last errors")
public class CohereDevConsole extends AiDevConsole {

    public CohereDevConsole() {
        super("cohere", "Cohere", "Cohere endpoints: calls, retries, tokens by model, open streams and last errors");
    }
}
