package io.camelai.cohere;

import java.util.List;
import java.util.Map;

import mockwebserver3.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cohere:finetuning on the wire: fine-tuned models, their events and training-step metrics. */
class CohereFinetuningWireTest extends CohereWireTestSupport {

    private static final String MODEL = """
            {"finetuned_model":{"id":"ft-1","name":"support-bot","status":"STATUS_QUEUED",
             "settings":{"base_model":{"base_type":"BASE_TYPE_CHAT"},"dataset_id":"ds-1"}}}""";

    @Test
    void createSendsAFineTunedModelBodyAsGivenAndAnswersTheNewModelWithItsIdInTheBody() throws Exception {
        respond(MODEL);
        String model = """
                {"name":"support-bot","settings":{"base_model":{"base_type":"BASE_TYPE_CHAT"},"dataset_id":"ds-1",
                 "hyperparameters":{"train_epochs":2,"learning_rate":0.01,"lora_target_modules":"LORA_TARGET_MODULES_QV"},
                 "wandb":{"project":"p","api_key":"wk"}}}""";

        Message out = template.request(uri("finetuning", "action=create"), e -> e.getMessage().setBody(model))
                .getMessage();

        assertEquals("ft-1", out.getBody(Map.class).get("id"));
        assertNull(out.getHeader(CohereConstants.FINETUNED_MODEL_ID), "an input header: never written");
        assertEquals("STATUS_QUEUED", out.getBody(Map.class).get("status"));
        RecordedRequest r = take();
        assertEquals("POST /v1/finetuning/finetuned-models", r.getMethod() + " " + r.getTarget());
        assertEquals(json(model), body(r));
    }

    @Test
    void createAfterADatasetWaitBuildsTheModelFromNameBaseTypeAndTheDatasetHeader() throws Exception {
        respond(MODEL);

        template.request(uri("finetuning", "action=create&name=support-bot&baseType=BASE_TYPE_CHAT"), e -> {
            e.getMessage().setBody(Map.of("id", "ds-1", "validation_status", "validated")); // what datasets wait answers
            e.getMessage().setHeader(CohereConstants.DATASET_ID, "ds-1"); // what the route set for the wait
        });

        assertEquals(json("""
                {"name":"support-bot","settings":{"base_model":{"base_type":"BASE_TYPE_CHAT"},"dataset_id":"ds-1"}}
                """), body(take()));
    }

    @Test
    void getUpdateAndDeleteAddressTheModelById() throws Exception {
        respond(MODEL);
        respond(MODEL);
        respond("{}");
        String uri = uri("finetuning", "");
        // a header picks the read action; the changing ones are the endpoint's action option
        Map<String, Object> update = Map.of("name", "renamed",
                "settings", Map.of("base_model", Map.of("base_type", "BASE_TYPE_CHAT"), "dataset_id", "ds-2"));

        Object got = template.request(uri, e -> action(e, "get").setBody("ft-1")).getMessage().getBody();
        template.request(uri("finetuning", "action=update"), e -> {
            e.getMessage().setHeader(CohereConstants.FINETUNED_MODEL_ID, "ft-1");
            e.getMessage().setBody(update);
        });
        Object deleted = template.request(uri("finetuning", "action=delete"), e -> e.getMessage()
                .setHeader(CohereConstants.FINETUNED_MODEL_ID, "ft-1")).getMessage().getBody();

        assertEquals("support-bot", ((Map<?, ?>) got).get("name"));
        assertEquals("ft-1", deleted);
        assertEquals("GET /v1/finetuning/finetuned-models/ft-1", target(take()));
        RecordedRequest patch = take();
        assertEquals("PATCH /v1/finetuning/finetuned-models/ft-1", target(patch));
        assertEquals(io.camelai.support.json.AiJson.mapper().valueToTree(update), body(patch));
        assertEquals("DELETE /v1/finetuning/finetuned-models/ft-1", target(take()));
    }

    @Test
    void listsEventsAndMetricsArePagedWithThePageTokenInAndTheNextPageTokenOut() throws Exception {
        respond("{\"finetuned_models\":[{\"id\":\"ft-1\"}],\"next_page_token\":\"p2\",\"total_size\":3}");
        respond("{\"events\":[{\"status\":\"STATUS_READY\"}],\"next_page_token\":\"\",\"total_size\":1}");
        respond("{\"step_metrics\":[{\"step_number\":10,\"metrics\":{\"loss\":0.5}}]}");
        String uri = uri("finetuning", "pageSize=1&orderBy=created_at desc");

        Message models = template.request(uri, e -> {}).getMessage();
        Message events = template.request(uri, e -> {
            action(e, "events").setHeader(CohereConstants.PAGE_TOKEN, "e1");
            e.getMessage().setHeader(CohereConstants.FINETUNED_MODEL_ID, "ft-1");
        }).getMessage();
        Message metrics = template.request(uri, e -> action(e, "training-step-metrics").setBody("ft-1"))
                .getMessage();

        assertEquals(List.of(Map.of("id", "ft-1")), models.getBody());
        assertEquals("p2", models.getHeader(CohereConstants.NEXT_PAGE_TOKEN));
        assertNull(models.getHeader(CohereConstants.PAGE_TOKEN), "an input header: never written");
        assertEquals(3L, models.getHeader(CohereConstants.TOTAL_COUNT));
        assertEquals(List.of(Map.of("status", "STATUS_READY")), events.getBody());
        assertNull(events.getHeader(CohereConstants.NEXT_PAGE_TOKEN), "the last page");
        assertEquals("e1", events.getHeader(CohereConstants.PAGE_TOKEN), "the page token read stays as set");
        assertEquals(List.of(Map.of("step_number", 10, "metrics", Map.of("loss", 0.5))), metrics.getBody());
        assertEquals("GET /v1/finetuning/finetuned-models?page_size=1&order_by=created_at%20desc", target(take()));
        assertEquals("GET /v1/finetuning/finetuned-models/ft-1/events?page_size=1&page_token=e1"
                + "&order_by=created_at%20desc", target(take()));
        assertEquals("GET /v1/finetuning/finetuned-models/ft-1/training-step-metrics?page_size=1", target(take()));
    }

    @Test
    void createWithoutAModelBodyOrItsOptionsFailsBeforeAnyCall() {
        Exchange out = template.send(uri("finetuning", "action=create&name=x"), e -> e.getMessage().setBody("ds-1"));
        assertTrue(messages(out.getException()).contains("baseType"), messages(out.getException()));
        out = template.send(uri("finetuning", "action=update"), e -> {
            e.getMessage().setHeader(CohereConstants.FINETUNED_MODEL_ID, "ft-1");
            e.getMessage().setBody(Map.of("name", "only a name"));
        });
        assertTrue(messages(out.getException()).contains("name and settings"), messages(out.getException()));
        assertEquals(0, server.getRequestCount());
    }

    private static Message action(Exchange e, String action) {
        e.getMessage().setHeader(CohereConstants.ACTION, action);
        return e.getMessage();
    }

    private static String target(RecordedRequest r) {
        return r.getMethod() + " " + r.getTarget();
    }
}
