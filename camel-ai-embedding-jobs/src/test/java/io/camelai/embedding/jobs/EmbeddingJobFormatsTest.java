package io.camelai.embedding.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSV and JSONL files with the builder's field options, a CSV file resumed after a kill (its header is read again),
 * and the job's progress as Micrometer meters.
 */
class EmbeddingJobFormatsTest {

    @TempDir
    Path dir;

    @Test
    void csvAndJsonlTakeTheirTextAndIdFromTheNamedFieldsAndAResumedCsvReadsItsHeaderAgain() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(in.resolve("docs.csv"), List.of("key,title,body", "k1,One,\"first, with a comma\"",
                "k2,Two,\"second \"\"quoted\"\"\"", "k3,Three,\"broken", "over two lines\"", "k5,Five,fifth"));
        Files.writeString(in.resolve("docs.jsonl"), """
                {"key":"j1","body":"alpha","text":"not this field"}
                {"key":"j2","text":"no body field"}
                """);
        // an earlier run embedded the first two rows of another CSV file, then was killed
        Files.writeString(in.resolve("resumed.csv"), "body,key\nr1,a\nr2,b\nr3,c\n");
        Files.writeString(out.resolve("resumed.csv.embeddings.jsonl"), """
                {"file":"resumed.csv","line":2,"id":"a","embedding":[2.0]}
                {"file":"resumed.csv","line":3,"id":"b","embedding":[2.0]}
                """);
        StandInEmbeddings embeddings = new StandInEmbeddings();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("meters", meters);
        context.addRoutes(embeddings);
        context.addRoutes(EmbeddingJobs.fromFolder(in.toString()).toFolder(out.toString())
                .embedWith(StandInEmbeddings.URI).textField("body").idField("key").batchSize(2)
                .progressInterval(Duration.ZERO).routeId("docs").build());
        try (context) {
            context.start();
            EmbeddingJobTest.awaitDone(out, "docs.csv", "docs.jsonl", "resumed.csv");
            // 5 CSV rows + 2 JSONL lines + 3 resumed rows; 2 of them written by the earlier run
            assertEquals(10.0, meters.get(JobMetrics.LINES_TOTAL).tag("job", "docs").gauge().value());
            assertEquals(10.0, meters.get(JobMetrics.LINES_DONE).tag("job", "docs").gauge().value());
            assertEquals(5.0, meters.get(JobMetrics.LINES_WRITTEN).tags("job", "docs", "outcome", "embedded")
                    .functionCounter().count());
            assertEquals(3.0, meters.get(JobMetrics.LINES_WRITTEN).tags("job", "docs", "outcome", "dead_letter")
                    .functionCounter().count());
            assertEquals(0.0, meters.get(JobMetrics.ETA).tag("job", "docs").gauge().value(), "nothing left to do");
        }

        Map<Integer, JsonNode> csv = EmbeddingJobTest.records(out, "docs.csv");
        assertEquals(List.of(2, 3, 4, 5, 6), csv.keySet().stream().sorted().toList(), "one record per row line");
        assertEquals("k1", csv.get(2).get("id").asText());
        assertEquals("first, with a comma".length(), csv.get(2).get("embedding").get(0).asInt());
        assertEquals("second \"quoted\"".length(), csv.get(3).get("embedding").get(0).asInt());
        assertEquals("a quoted field is not closed on this line: line breaks inside CSV fields are not supported",
                csv.get(4).get("reason").asText());
        assertEquals("inside the quoted field that line 4 opens: line breaks inside CSV fields are not supported",
                csv.get(5).get("reason").asText());
        assertEquals("k5", csv.get(6).get("id").asText());

        Map<Integer, JsonNode> jsonl = EmbeddingJobTest.records(out, "docs.jsonl");
        assertEquals("j1", jsonl.get(1).get("id").asText());
        assertEquals("alpha".length(), jsonl.get(1).get("embedding").get(0).asInt());
        assertEquals("no \"body\" string in the JSON object", jsonl.get(2).get("reason").asText());
        assertEquals("j2", jsonl.get(2).get("id").asText());

        Map<Integer, JsonNode> resumed = EmbeddingJobTest.records(out, "resumed.csv");
        assertEquals("c", resumed.get(4).get("id").asText(), "the header was read again on resume");
        assertEquals(3, resumed.size());
        assertFalse(embeddings.texts().contains("r1") || embeddings.texts().contains("r2"), "not embedded again");
        assertEquals(List.of("first, with a comma", "second \"quoted\"", "fifth", "alpha", "r3"),
                embeddings.texts());

        assertTrue(meters.getMeters().isEmpty(), "the job's meters leave the registry with the context: "
                + meters.getMeters().stream().map(m -> m.getId().getName()).toList());
    }
}
