package io.camelai.simulator;

import java.io.IOException;

import io.camelai.simulator.model.SimModel;

/** One provider's HTTP API in the simulator: which requests it serves, how, and its error format. */
public interface ProviderApi {

    /** Whether this provider serves this request. */
    boolean handles(String method, String path);

    void handle(SimExchange exchange, SimModel model) throws IOException;

    /** Answers with this provider's error response for an injected STATUS or PROVIDER_ERROR fault. */
    void writeError(SimExchange exchange, Fault fault) throws IOException;
}
