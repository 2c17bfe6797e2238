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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job as separate JVMs against the simulator: a second instance on an output folder in use refuses to start,
 * naming the folder and the running instance's pid, and an unusable output folder ends the job at start with an
 * error exit code and the reason.
 */
class EmbeddingJobInstancesIT {

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aSecondInstanceOnTheSameOutputFolderRefusesToStartNamingTheFolderAndTheHoldersPid() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        List<String> a = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            a.add("sentence number " + i + " about camels");
        }
        Files.write(in.resolve("a.txt"), a, StandardCharsets.UTF_8);
        List<String> b = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            b.add("{\"id\":\"doc-" + i + "\",\"text\":\"document " + i + "\"}");
        }
        Files.write(in.resolve("b.jsonl"), b, StandardCharsets.UTF_8);
        sim.get().fault(Fault.slow(Duration.ofMillis(25)).times(1_000_000).onPath("/v2/embed"));

        // the first instance is frozen (SIGSTOP) in the middle of a.txt: it holds the folder for the whole time the
        // second instance tries to start, and no timing decides whether the two overlap
        Process first = start("run1.log");
        Process second;
        try {
            JobProcess.waitFor(() -> JobProcess.lines(out.resolve("a.txt.embeddings.jsonl")) >= 20, first,
                    "the first instance is in the middle of a.txt");
            JobProcess.signal(first, "STOP");
            second = start("run2.log");
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second instance ended by itself");
        } finally {
            JobProcess.signal(first, "CONT");
        }
        assertNotEquals(0, second.exitValue(), log("run2.log"));
        assertTrue(log("run2.log").contains("output folder " + out + " is in use by the process with pid "
                + first.pid()), log("run2.log"));
        assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the first instance finished");
        assertEquals(0, first.exitValue(), log("run1.log"));

        Map<Integer, JsonNode> ra = EmbeddingJobTest.records(out, "a.txt");
        Map<Integer, JsonNode> rb = EmbeddingJobTest.records(out, "b.jsonl");
        assertEquals(200, ra.size());
        assertEquals(60, rb.size());
        assertTrue(Files.exists(out.resolve("a.txt.done")) && Files.exists(out.resolve("b.jsonl.done")));
        int texts = 0;
        for (RecordedRequest r : sim.get().requests()) {
            texts += r.json().get("texts").size();
        }
        assertEquals(260, texts, "every line was embedded once, all by the first instance");
    }

    @Test
    void anUnusableOutputFolderEndsTheJobAtStartWithAnErrorExitCode() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "one\ntwo\n");
        Path out = Files.writeString(dir.resolve("out"), "a file, not a folder");

        Process job = start("run.log");
        assertTrue(job.waitFor(30, TimeUnit.SECONDS), "the job ended by itself");
        assertNotEquals(0, job.exitValue(), log("run.log"));
        assertTrue(log("run.log").contains("output folder " + out + " is not a directory"), log("run.log"));
        assertEquals(0, sim.get().requestCount(), "nothing was embedded");
    }

    private Process start(String log) throws Exception {
        Process p = JobProcess.start(sim.get().cohereUrl(), dir.resolve(log), "--job.input=" + dir.resolve("in"),
                "--job.output=" + dir.resolve("out"), "--job.batchSize=10", "--job.idleExitSeconds=2");
        started.add(p);
        return p;
    }

    private String log(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }
}
