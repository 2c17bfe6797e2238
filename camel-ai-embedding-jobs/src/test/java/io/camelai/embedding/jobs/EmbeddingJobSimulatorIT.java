package io.camelai.embedding.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.qianfan.QianfanApi;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job against real embedding endpoints and the simulator: Cohere, Azure AI Model Inference and Qianfan, each getting the
 * lines in batches in their own wire format, a provider rejection narrowed down to the one line it rejects, and one
 * record per line holding the provider's own vector.
 */
class EmbeddingJobSimulatorIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @TempDir
    Path dir;

    @Test
    void aFolderIsEmbeddedThroughCohere() throws Exception {
        runAgainst("cohere:embed?model=embed-english-v3.0&inputType=search_document&apiKey=test-key&baseUrl="
                + sim.get().cohereUrl(), "/v2/embed", r -> r.json().get("texts"));
        RecordedRequest first = sim.get().requests().get(0);
        assertEquals("embed-english-v3.0", first.json().get("model").asText());
        assertEquals("search_document", first.json().get("input_type").asText());
    }

    @Test
    void aFolderIsEmbeddedThroughAzureInference() throws Exception {
        runAgainst("azure-inference:embed?model=Cohere-embed-v3-english&apiKey=test-key&endpoint="
                + sim.get().azureUrl(), "/models/embeddings", r -> r.json().get("input"));
        assertEquals("Cohere-embed-v3-english", sim.get().requests().get(0).json().get("model").asText());
    }

    @Test
    void aFolderIsEmbeddedThroughQianfan() throws Exception {
        // v2 (OpenAI-compatible embeddings, errors as HTTP statuses); the bearer token is fetched from the IAM keys
        runAgainst("qianfan:embed?apiVersion=v2&model=bge-large-en&accessKey=" + QianfanApi.ACCESS_KEY
                + "&secretKey=sk&baseUrl=" + sim.get().qianfanUrl() + "&authUrl=" + sim.get().qianfanUrl(),
                "/v2/embeddings",
                r -> r.json().get("input"));
        assertEquals("bge-large-en", sim.get().requests().stream().filter(r -> r.path().endsWith("/v2/embeddings"))
                .findFirst().orElseThrow().json().get("model").asText());
    }

    private void runAgainst(String embedUri, String path, Function<RecordedRequest, JsonNode> texts)
            throws Exception {
        AiSimulator simulator = sim.get();
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add(i == 6 ? "{not json" : "{\"id\":\"doc-" + i + "\",\"text\":\"document number " + i + "\"}");
        }
        Files.write(in.resolve("docs.jsonl"), lines);
        // the provider refuses the first batch and then its first line alone: only that line is a dead letter
        simulator.fault(Fault.status(400).message("invalid request: text refused").times(2).onPath(path));

        CamelContext context = new DefaultCamelContext();
        context.addRoutes(EmbeddingJobs.fromFolder(in.toString()).toFolder(out.toString()).embedWith(embedUri)
                .batchSize(4).build());
        try (context) {
            context.start();
            EmbeddingJobTest.awaitDone(out, "docs.jsonl");
        }

        Map<Integer, JsonNode> records = EmbeddingJobTest.records(out, "docs.jsonl");
        assertEquals(10, records.size(), "one record per line");
        assertTrue(records.get(1).get("reason").asText().startsWith("HTTP 400"), records.get(1).toString());
        assertEquals("doc-1", records.get(1).get("id").asText());
        assertTrue(records.get(6).get("reason").asText().startsWith("invalid JSON"), records.get(6).toString());
        for (int i : List.of(2, 3, 4, 5, 7, 8, 9, 10)) {
            JsonNode record = records.get(i);
            assertEquals("doc-" + i, record.get("id").asText());
            float[] expected = SimModel.embed("document number " + i, 1024);
            assertEquals(1024, record.get("embedding").size(), record.get("id").asText());
            for (int d = 0; d < expected.length; d += 97) {
                assertEquals(expected[d], record.get("embedding").get(d).floatValue(), "line " + i + " dim " + d);
            }
        }

        List<List<String>> sent = new ArrayList<>();
        for (RecordedRequest r : simulator.requests()) {
            if (r.path().startsWith("/v1/BCE-BEARER/")) {
                continue; // Qianfan's bearer token, fetched once
            }
            assertTrue(r.path().endsWith(path), r.path());
            List<String> batch = new ArrayList<>();
            texts.apply(r).forEach(t -> batch.add(t.asText()));
            sent.add(batch);
        }
        assertEquals(List.of(
                List.of("document number 1", "document number 2", "document number 3", "document number 4"),
                List.of("document number 1"), List.of("document number 2"), List.of("document number 3"),
                List.of("document number 4"),
                List.of("document number 5", "document number 7", "document number 8"),
                List.of("document number 9", "document number 10")), sent,
                "batches of 4 lines, the refused one again line by line, the invalid line never sent");
    }
}
