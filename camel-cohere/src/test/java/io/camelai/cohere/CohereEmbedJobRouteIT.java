package io.camelai.cohere;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Server-side embedding end to end, as the component docs show it: upload a file as an embed-input dataset, wait for
 * its validation, run an embed job, wait for it, and stream the output dataset's records, against the simulator.
 */
class CohereEmbedJobRouteIT extends CamelTestSupport {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    private static final String FILE = """
            {"id": "d1", "text": "Camel routes messages", "lang": "en"}
            {"id": "d2", "text": "Cohere embeds text"}
            {"id": "d3", "text": "Avro stores the records"}
            """;

    @Override
    protected RouteBuilder createRouteBuilder() {
        String cohere = "apiKey=test-key&pollInterval=10&baseUrl=" + sim.get().cohereUrl();
        return new RouteBuilder() {
            @Override
            public void configure() {
                // as the component docs show it: the route hands each new id on (no producer writes an input)
                from("direct:embed-file")
                        .to("cohere:datasets?action=create&datasetType=embed-input&keepFields=id&optionalFields=lang"
                                + "&" + cohere)
                        .setHeader(CohereConstants.DATASET_ID, body())
                        .to("cohere:datasets?action=wait&" + cohere)
                        .to("cohere:embed-jobs?action=create&model=embed-english-v3.0&inputType=search_document"
                                + "&embeddingTypes=float,int8&" + cohere)
                        .setHeader(CohereConstants.JOB_ID, body())
                        .to("cohere:embed-jobs?action=wait&" + cohere)
                        .setHeader(CohereConstants.DATASET_ID, header(CohereConstants.OUTPUT_DATASET_ID))
                        .to("cohere:datasets?action=download&" + cohere)
                        .split(body()).streaming()
                        .to("mock:embeddings");
            }
        };
    }

    private Exchange embedFile(String name, String content) {
        return template.request("direct:embed-file", e -> {
            e.getMessage().setBody(content.getBytes(StandardCharsets.UTF_8));
            e.getMessage().setHeader(Exchange.FILE_NAME_ONLY, name);
            e.getMessage().setHeader(CohereConstants.NAME, "docs");
        });
    }

    @Test
    void aFileBecomesOneRecordPerLineWithItsEmbeddingsAndKeptFields() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:embeddings");
        mock.expectedMessageCount(3);

        Exchange out = embedFile("docs.jsonl", FILE);

        assertNull(out.getException());
        mock.assertIsSatisfied();
        List<Map<?, ?>> records = new java.util.ArrayList<>();
        mock.getExchanges().forEach(e -> records.add(e.getMessage().getBody(Map.class)));
        assertEquals(List.of("d1", "d2", "d3"), records.stream().map(r -> r.get("id")).toList());
        assertEquals("en", records.get(0).get("lang"));
        assertNull(records.get(1).get("lang"), "an optional field a line lacks stays empty");
        Map<?, ?> embeddings = (Map<?, ?>) records.get(1).get("embeddings");
        assertEquals(List.of("float", "int8"), List.copyOf(embeddings.keySet()));
        List<?> vector = (List<?>) embeddings.get("float");
        float[] online = (float[]) template.requestBody("cohere:embed?apiKey=test-key&model=embed-english-v3.0&baseUrl="
                + sim.get().cohereUrl(), "Cohere embeds text", List.class).get(0);
        assertEquals(online.length, vector.size());
        for (int i = 0; i < online.length; i++) {
            assertEquals(online[i], (Float) vector.get(i), "the job's vector equals the embed endpoint's");
        }
    }

    @Test
    void theRouteWaitsForValidationAndTheJobAndFetchesPartsWithoutTheApiKey() {
        embedFile("docs.jsonl", FILE);

        List<String> calls = sim.get().requests().stream().map(r -> r.method() + " " + r.path()
                .replaceAll("/[^/]*-[0-9a-f]{8}(?=$|/)", "/{id}").replaceAll("/[0-9a-f-]{36}$", "/{id}")).toList();
        assertEquals(List.of("POST /v1/datasets", "GET /v1/datasets/{id}", "GET /v1/datasets/{id}",
                "POST /v1/embed-jobs", "GET /v1/embed-jobs/{id}", "GET /v1/embed-jobs/{id}",
                "GET /v1/datasets/{id}", "GET /cohere-storage/datasets/{id}/0"), calls);
        RecordedRequest part = sim.get().requests().get(7);
        assertNull(part.header("Authorization"), "a part URL is pre-signed: the key never goes there");
        assertTrue(part.query().startsWith("signature="), part.query());
    }

    @Test
    void malformedLinesAreDroppedWithAWarningUnderSkipMalformedInput() {
        String uri = "cohere:datasets?apiKey=test-key&pollInterval=10&datasetType=embed-input&name=partial"
                + "&skipMalformedInput=true&baseUrl=" + sim.get().cohereUrl();
        String id = template.requestBodyAndHeader(uri + "&action=create",
                "{\"text\":\"ok\"}\n{\"title\":\"no text\"}\n",
                Exchange.FILE_NAME_ONLY, "partial.jsonl", String.class);
        Map<?, ?> dataset = template.requestBody(uri + "&action=wait", id, Map.class);

        assertEquals("validated", dataset.get("validation_status"));
        assertEquals(List.of("dropped line 2: The required field text was not found in the dataset (line: 2)"),
                dataset.get("validation_warnings"));
        assertEquals(1, ((Map<?, ?>) ((List<?>) dataset.get("dataset_parts")).get(0)).get("num_rows"));
    }

    @Test
    void aFileThatFailsValidationFailsTheRouteAtTheDatasetWait() {
        Exchange out = embedFile("docs.jsonl",
                "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"title\":\"no text\"}\n");

        CohereJobException e = assertInstanceOf(CohereJobException.class, out.getException());
        assertEquals("failed", e.getStatus());
        assertTrue(e.getMessage().contains("The required field text was not found in the dataset (line: 2)"),
                e.getMessage());
        assertTrue(sim.get().requests().stream().noneMatch(r -> r.path().startsWith("/v1/embed-jobs")));
    }

    @Test
    void csvAndTextUploadsAreSplitIntoRecordsByTheirDelimiterAndSeparator() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:embeddings");
        String base = "cohere:datasets?apiKey=test-key&pollInterval=10&datasetType=embed-input&baseUrl="
                + sim.get().cohereUrl();
        String csv = template.requestBodyAndHeader(base + "&action=create&name=csv&csvDelimiter=;&keepFields=id",
                "id;text\n1;\"first; with a delimiter\"\n2;second\n", Exchange.FILE_NAME_ONLY, "rows.csv",
                String.class);
        String txt = template.requestBodyAndHeader(base + "&action=create&name=txt&textSeparator=%0A%0A",
                "one\nstill one\n\ntwo", Exchange.FILE_NAME_ONLY, "notes.txt", String.class);

        template.requestBody(base + "&action=wait", csv);
        template.requestBody(base + "&action=wait", txt);
        assertEquals(List.of(Map.of("text", "first; with a delimiter", "id", "1"), Map.of("text", "second", "id", "2")),
                Downloads.all(context, base + "&action=download", csv));
        assertEquals(List.of(Map.of("text", "one\nstill one"), Map.of("text", "two")),
                Downloads.all(context, base + "&action=download", txt));
        mock.expectedMessageCount(0);
    }
}
