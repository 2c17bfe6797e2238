package io.camelai.simulator.qianfan;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimExchange;
import io.camelai.simulator.SimJson;

/**
 * The Qianfan console's service list, {@code POST /wenxinworkshop/service/list} (console base URL, IAM
 * {@code bce-auth-v1} signed), which the official Java SDK calls before its first v1 request when it authenticates
 * with an IAM access key: it maps model names to v1 endpoints from each service's {@code url} (its last path
 * segment) by {@code apiType}. The body may filter by {@code apiTypefilter}. The answer is
 * {@code {"log_id", "result": {"common": [services], "custom": []}}}.
 */
final class QianfanConsole {

    /** Preset services: name, apiType, endpoint (v1 path segment), trainType. */
    private static final List<String[]> SERVICES = List.of(
            new String[]{"ERNIE-4.0-8K", "chat", "completions_pro", "ernieBot_4"},
            new String[]{"ERNIE-4.0-Turbo-128K", "chat", "ernie-4.0-turbo-128k", "ernieBot_4"},
            new String[]{"ERNIE-3.5-8K", "chat", "completions", "ernieBot"},
            new String[]{"ERNIE-Speed-8K", "chat", "ernie_speed", "ernieBot"},
            new String[]{"ERNIE-Lite-8K", "chat", "ernie-lite-8k", "ernieBot"},
            new String[]{"ERNIE-Functions-8K", "chat", "ernie-func-8k", "ernieBot"},
            new String[]{"Embedding-V1", "embeddings", "embedding-v1", "embedding"},
            new String[]{"bge-large-zh", "embeddings", "bge_large_zh", "embedding"},
            new String[]{"bge-large-en", "embeddings", "bge_large_en", "embedding"},
            new String[]{"tao-8k", "embeddings", "tao_8k", "embedding"});

    void listServices(SimExchange exchange, String problem) throws IOException {
        if (problem != null) {
            exchange.respondJson(401, SimJson.object().put("requestId", UUID.randomUUID().toString())
                    .put("code", "AccessDenied").put("message", "IAM Certification failed: " + problem));
            return;
        }
        JsonNode req = exchange.json();
        JsonNode filter = req == null ? null : req.get("apiTypefilter");
        String host = exchange.header("Host");
        String base = "http://" + (host == null ? "127.0.0.1" : host) + "/rpc/2.0/ai_custom/v1/wenxinworkshop/";
        ObjectNode res = SimJson.object().put("log_id", Long.toString(Math.abs(UUID.randomUUID()
                .getMostSignificantBits() % 10_000_000_000L)));
        ObjectNode result = res.putObject("result");
        ArrayNode common = result.putArray("common");
        int id = 1;
        for (String[] s : SERVICES) {
            if (filter != null && filter.isArray() && !filter.isEmpty() && !contains(filter, s[1])) {
                id++;
                continue;
            }
            ObjectNode item = common.addObject().put("serviceId", id).put("serviceUuid", "svco-sim" + id)
                    .put("name", s[0]).put("url", base + s[1] + "/" + s[2]).put("apiType", s[1])
                    .put("chargeStatus", "OPENED");
            item.putArray("versionList").addObject().put("trainType", s[3]).put("serviceStatus", "Done");
            id++;
        }
        result.putArray("custom");
        exchange.respondJson(200, res, Map.of());
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (value.equals(v.asText())) {
                return true;
            }
        }
        return false;
    }
}
