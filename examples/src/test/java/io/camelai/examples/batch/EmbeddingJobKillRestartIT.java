package io.camelai.examples.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.embedding.jobs.EmbeddingJobTest;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the batch embedding job as its own JVM against the simulator (slowed down so the kill lands mid-way), kills it
 * with SIGKILL while it is writing, starts it again, and proves that every input line has exactly one record: none
 * lost, none duplicated, and the second run did not embed again what the first one wrote.
 */
class EmbeddingJobKillRestartIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @TempDir
    Path dir;

    @Test
    void aKilledJobResumesWithNothingLostOrDuplicated() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        List<String> a = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            a.add("sentence number " + i + " about camels");
        }
        Files.write(in.resolve("a.txt"), a, StandardCharsets.UTF_8);
        List<String> b = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            b.add(i % 50 == 0 ? "{broken" : "{\"id\":\"doc-" + i + "\",\"text\":\"document " + i + "\"}");
        }
        Files.write(in.resolve("b.jsonl"), b, StandardCharsets.UTF_8);
        sim.get().fault(Fault.slow(Duration.ofMillis(25)).times(1_000_000).onPath("/v2/embed"));

        Process first = start(out, "run1.log");
        JobProcess.waitFor(() -> lines(out.resolve("a.txt.embeddings.jsonl")) >= 60, first,
                "the first run wrote 60 records");
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int writtenBeforeKill = lines(out.resolve("a.txt.embeddings.jsonl"));
        int requestsBeforeRestart = sim.get().requestCount();
        assertTrue(writtenBeforeKill < 400, "killed mid-way (" + writtenBeforeKill + " records)");

        Process second = start(out, "run2.log");
        assertTrue(second.waitFor(90, TimeUnit.SECONDS), "the second run finished");
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("run2.log")));

        Map<Integer, JsonNode> ra = EmbeddingJobTest.records(out, "a.txt");
        Map<Integer, JsonNode> rb = EmbeddingJobTest.records(out, "b.jsonl");
        for (int i = 1; i <= 400; i++) {
            assertTrue(ra.get(i).has("embedding"), "a.txt line " + i + " embedded");
        }
        assertEquals(400, ra.size());
        assertEquals(150, rb.size());
        for (int i = 50; i <= 150; i += 50) {
            assertTrue(rb.get(i).get("reason").asText().startsWith("invalid JSON"), rb.get(i).toString());
        }
        assertEquals("doc-1", rb.get(1).get("id").asText());
        assertTrue(Files.exists(out.resolve("a.txt.done")) && Files.exists(out.resolve("b.jsonl.done")));

        int textsAfterRestart = 0;
        List<RecordedRequest> requests = sim.get().requests();
        for (RecordedRequest r : requests.subList(requestsBeforeRestart, requests.size())) {
            textsAfterRestart += r.json().get("texts").size();
        }
        assertTrue(textsAfterRestart <= 400 + 147 - writtenBeforeKill,
                "the second run embedded only what was missing: " + textsAfterRestart + " texts");
    }

    private Process start(Path out, String log) throws Exception {
        return JobProcess.start(sim.get().cohereUrl(), dir.resolve(log), "--job.input=" + dir.resolve("in"),
                "--job.output=" + out, "--job.batchSize=10", "--job.idleExitSeconds=3");
    }

    private static int lines(Path file) throws Exception {
        return JobProcess.lines(file);
    }
}
