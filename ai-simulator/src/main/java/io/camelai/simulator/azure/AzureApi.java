package io.camelai.simulator.azure;

import java.io.IOException;

import io.camelai.simulator.Fault;
import io.camelai.simulator.ProviderApi;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.SimModel;

/** The Azure AI Model Inference API (WIRE-FORMATS.md section 2), under the {@code /models} root. */
public final class AzureApi implements ProviderApi {

    @Override
    public boolean handles(String method, String path) {
        return path.startsWith("/models/");
    }

    @Override
    public void handle(SimExchange exchange, SimModel model) throws IOException {
        writeError(exchange, Fault.status(404).code("NotFound").message("not implemented in the simulator yet"));
    }

    @Override
    public void writeError(SimExchange exchange, Fault fault) throws IOException {
        int status = fault.status() > 0 ? fault.status() : 400;
        var body = SimJson.object();
        body.putObject("error").put("code", fault.code() != null ? fault.code() : String.valueOf(status))
                .put("message", fault.message() != null ? fault.message() : "simulated error " + status);
        exchange.respondJson(status, body, fault.headers());
    }
}
