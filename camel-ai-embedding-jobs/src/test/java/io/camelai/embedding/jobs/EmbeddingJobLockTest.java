package io.camelai.embedding.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two job instances in one JVM (two CamelContexts) on one folder: a file one of them is working on is left alone by
 * the other, which goes on with the next file, and stays locked for other processes too; every line ends up written
 * once. (Instances in separate JVMs: {@link EmbeddingJobInstancesIT}.)
 */
class EmbeddingJobLockTest {

    @TempDir
    Path dir;

    @Test
    void aFileAnotherInstanceIsWorkingOnIsLeftToIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.writeString(in.resolve("a.txt"), "a1\na2\na3\n");
        Files.writeString(in.resolve("b.txt"), "b1\nb2\n");
        CountDownLatch gate = new CountDownLatch(1);
        StandInEmbeddings first = new StandInEmbeddings(gate);
        StandInEmbeddings second = new StandInEmbeddings();
        try (CamelContext one = job(first, in, out); CamelContext two = job(second, in, out)) {
            one.start();
            await(() -> !first.batches.isEmpty(), "the first instance is embedding a.txt");
            two.start();
            EmbeddingJobTest.awaitDone(out, "b.txt");
            assertEquals(List.of("b1", "b2"), second.texts(), "the second instance left a.txt alone");
            assertTrue(!Files.exists(out.resolve("a.txt.done")));
            // the second instance's attempt did not weaken the first one's lock for other processes
            assertTrue(LockProbe.isLockedForOtherProcesses(out.resolve("a.txt.lock")), "a.txt.lock is held");

            gate.countDown();
            EmbeddingJobTest.awaitDone(out, "a.txt");
            assertEquals(List.of("a1", "a2", "a3"), first.texts(), "the first instance finished a.txt, not b.txt");
            assertEquals(3, EmbeddingJobTest.records(out, "a.txt").size());
            assertEquals(2, EmbeddingJobTest.records(out, "b.txt").size());
        } finally {
            gate.countDown();
        }
    }

    private static CamelContext job(StandInEmbeddings embeddings, Path in, Path out) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(embeddings);
        context.addRoutes(new EmbeddingJobRoutes(in.toString(), out.toString(), StandInEmbeddings.URI, 10));
        return context;
    }

    private interface Check {
        boolean ok();
    }

    private static void await(Check check, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!check.ok()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(20);
        }
    }
}
