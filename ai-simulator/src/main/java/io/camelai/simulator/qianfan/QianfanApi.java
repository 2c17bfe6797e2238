package io.camelai.simulator.qianfan;

import java.io.IOException;

import io.camelai.simulator.Fault;
import io.camelai.simulator.ProviderApi;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;
import io.camelai.simulator.model.SimModel;

/** The Baidu Qianfan API (WIRE-FORMATS.md section 3): v1 wenxinworkshop, OAuth token, IAM token, v2. */
public final class QianfanApi implements ProviderApi {

    @Override
    public boolean handles(String method, String path) {
        return path.startsWith("/rpc/2.0/") || path.startsWith("/oauth/2.0/") || path.startsWith("/v1/BCE-BEARER/")
               || path.equals("/v2/chat/completions") || path.equals("/v2/embeddings");
    }

    @Override
    public void handle(SimExchange exchange, SimModel model) throws IOException {
        writeError(exchange, Fault.providerError("3", "Unsupported openapi method (not implemented in the simulator yet)"));
    }

    @Override
    public void writeError(SimExchange exchange, Fault fault) throws IOException {
        var body = SimJson.object();
        body.put("error_code", fault.code() != null ? Integer.parseInt(fault.code()) : 1)
                .put("error_msg", fault.message() != null ? fault.message() : "simulated error");
        exchange.respondJson(fault.status() > 0 ? fault.status() : 200, body, fault.headers());
    }
}
