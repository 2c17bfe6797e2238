package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import io.camelai.support.AiHeaders;
import io.camelai.support.AiHttpException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connectors (with v1 chat grounded by them) and fine-tuned models, as a route author uses them, against the simulator. */
class CohereConnectorsFinetuningIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private String uri(String operation, String options) {
        return "cohere:" + operation + "?apiKey=test-key&pollInterval=10&clientName=camel-it&baseUrl="
                + sim.get().cohereUrl() + (options.isEmpty() ? "" : "&" + options);
    }

    @Test
    void connectorLifecycleAndAV1ChatGroundedByIt() {
        Map<String, Object> definition = Map.of("name", "Team Wiki", "url", "https://wiki.example.com/search",
                "oauth", Map.of("client_id", "cid", "client_secret", "never-returned",
                        "authorize_url", "https://auth.example.com/authorize", "token_url",
                        "https://auth.example.com/token", "scope", "read"));
        Exchange created = template.request(uri("connectors", "action=create"),
                e -> e.getMessage().setBody(definition));
        String id = (String) created.getMessage().getBody(Map.class).get("id");
        assertEquals("team-wiki", id);
        assertEquals("oauth", created.getMessage().getBody(Map.class).get("auth_type"));
        assertFalse(((Map<?, ?>) created.getMessage().getBody(Map.class).get("oauth")).containsKey("client_secret"));

        String redirect = template.request(uri("connectors", "action=authorize&afterTokenRedirect=https://app/done"),
                e -> e.getMessage().setHeader(CohereConstants.CONNECTOR_ID, id)).getMessage().getBody(String.class);
        assertTrue(redirect.startsWith("https://auth.example.com/authorize?response_type=code&client_id=cid"),
                redirect);
        assertTrue(redirect.contains("https%3A%2F%2Fapp%2Fdone"), redirect);

        // an OAuth connector without the user's token fails the chat, unless it may fail
        CamelExecutionException unauthorized = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(uri("chat", "apiVersion=v1&connectors=team-wiki"), "Where is the runbook?"));
        assertEquals(400, assertInstanceOf(AiHttpException.class, unauthorized.getCause()).getStatusCode());
        Exchange tolerated = template.request(uri("chat", "apiVersion=v1&connectors=team-wiki,web-search"
                + "&connectorsContinueOnFailure=true"
                + "&connectorOptions.web-search.site=docs.camel.apache.org"),
                e -> e.getMessage().setBody("Where is the runbook?"));
        assertNull(tolerated.getException());
        JsonNode docs = (JsonNode) tolerated.getMessage().getHeader(CohereConstants.RESPONSE_DOCUMENTS);
        assertEquals(1, docs.size(), "only web-search answered");
        assertEquals("https://docs.camel.apache.org/", docs.get(0).get("url").asText());

        // the header picks among the endpoint's connectors and carries the user's token
        Exchange grounded = template.request(uri("chat", "apiVersion=v1&connectors=" + id + ",web-search"), e -> {
            e.getMessage().setBody("Where is the runbook?");
            e.getMessage().setHeader(CohereConstants.CONNECTORS, List.of(Map.of("id", id, "user_access_token", "u-1")));
        });
        assertNull(grounded.getException());
        assertEquals("team-wiki_0", ((JsonNode) grounded.getMessage().getHeader(CohereConstants.RESPONSE_DOCUMENTS))
                .get(0).get("id").asText());
        assertEquals(1, ((List<?>) grounded.getMessage().getHeader(AiHeaders.CITATIONS)).size());
        RecordedRequest chat = sim.get().requests().get(sim.get().requests().size() - 1);
        assertEquals("u-1", chat.json().at("/connectors/0/user_access_token").asText());
        assertEquals("camel-it", chat.header("X-Client-Name"));

        template.request(uri("connectors", "action=update"), e -> {
            e.getMessage().setHeader(CohereConstants.CONNECTOR_ID, id);
            e.getMessage().setBody(Map.of("active", false));
        });
        List<?> connectors = template.requestBody(uri("connectors", "limit=10"), null, List.class);
        assertEquals(false, ((Map<?, ?>) connectors.get(0)).get("active"));
        template.requestBody(uri("connectors", "action=delete"), id);
        CamelExecutionException gone = assertThrows(CamelExecutionException.class,
                () -> template.requestBody(uri("connectors", "action=get"), id));
        assertEquals(404, assertInstanceOf(AiHttpException.class, gone.getCause()).getStatusCode());
    }

    @Test
    void fineTuningAChatModelOnAnUploadedDataset() {
        String data = "{\"messages\":[{\"role\":\"User\",\"content\":\"Hi\"},{\"role\":\"Chatbot\",\"content\":\"Hello\"}]}\n";
        Exchange dataset = template.request(uri("datasets", "action=create&name=chats&datasetType=chat-finetune-input"),
                e -> {
                    e.getMessage().setBody(data);
                    e.getMessage().setHeader(CohereConstants.EVAL_DATA, data);
                });
        String datasetId = dataset.getMessage().getBody(String.class);
        template.send(uri("datasets", "action=wait"), dataset);
        assertNull(dataset.getException());
        assertEquals(2, ((List<?>) dataset.getMessage().getBody(Map.class).get("dataset_parts")).size(),
                "the data and the evaluation data");

        dataset.getMessage().setHeader(CohereConstants.DATASET_ID, datasetId); // the route hands the new id on
        template.send(uri("finetuning", "action=create&name=support-bot&baseType=BASE_TYPE_CHAT"), dataset);
        assertNull(dataset.getException());
        String id = (String) dataset.getMessage().getBody(Map.class).get("id");
        assertEquals("STATUS_QUEUED", dataset.getMessage().getBody(Map.class).get("status"));

        String status = "";
        for (int i = 0; i < 5 && !status.equals("STATUS_READY"); i++) {
            status = (String) template.requestBodyAndHeader(uri("finetuning", "action=get"), null,
                    CohereConstants.FINETUNED_MODEL_ID, id, Map.class).get("status");
        }
        assertEquals("STATUS_READY", status);
        Exchange events = template.request(uri("finetuning", "action=events&pageSize=2"),
                e -> e.getMessage().setHeader(CohereConstants.FINETUNED_MODEL_ID, id));
        assertEquals("STATUS_READY", ((Map<?, ?>) events.getMessage().getBody(List.class).get(0)).get("status"));
        assertEquals(3L, events.getMessage().getHeader(CohereConstants.TOTAL_COUNT));
        assertEquals("2", events.getMessage().getHeader(CohereConstants.NEXT_PAGE_TOKEN), "a second page of events");
        List<?> metrics = template.requestBody(uri("finetuning", "action=training-step-metrics"), id, List.class);
        assertEquals(3, metrics.size());

        template.request(uri("finetuning", "action=update"), e -> {
            e.getMessage().setHeader(CohereConstants.FINETUNED_MODEL_ID, id);
            e.getMessage().setBody(Map.of("name", "support-bot-2", "settings", Map.of(
                    "base_model", Map.of("base_type", "BASE_TYPE_CHAT"), "dataset_id", "ignored-by-sim")));
        });
        List<?> models = template.requestBody(uri("finetuning", ""), null, List.class);
        assertEquals("support-bot-2", ((Map<?, ?>) models.get(0)).get("name"));
        template.requestBody(uri("finetuning", "action=delete"), id);
        assertTrue(template.requestBody(uri("finetuning", ""), null, List.class).isEmpty());
    }
}
