package io.camelai.embedding.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One job instance per output folder, here two jobs in one JVM (two CamelContexts): the second refuses to start,
 * naming the folder and the holder, while the first holds the folder's lock for other processes too; once the first
 * stops, the folder is free again. (Instances in separate JVMs: the examples' EmbeddingJobInstancesIT.)
 */
class EmbeddingJobLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondJobOnTheSameOutputFolderRefusesToStartUntilTheFirstStops() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.writeString(in.resolve("a.txt"), "a1\na2\na3\n");
        StandInEmbeddings first = new StandInEmbeddings();
        StandInEmbeddings second = new StandInEmbeddings();
        try (CamelContext one = job(first, in, out)) {
            one.start();
            EmbeddingJobTest.awaitDone(out, "a.txt");
            assertTrue(LockProbe.isLockedForOtherProcesses(out.resolve(OutputFolderLock.FILE)),
                    "the running job holds the folder's lock");

            Exception e = assertThrows(Exception.class, () -> job(second, in, out).start());
            String message = rootCause(e).getMessage();
            assertTrue(message.contains("output folder " + out + " is in use by another job in this JVM, pid "
                    + ProcessHandle.current().pid()), message);
            assertTrue(message.contains("one job instance per output folder"), message);
            assertTrue(LockProbe.isLockedForOtherProcesses(out.resolve(OutputFolderLock.FILE)),
                    "the refused job did not release the first one's lock");
        }
        // read only now: closing any descriptor of a locked file in the holder's JVM would drop its POSIX lock
        assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(out.resolve(OutputFolderLock.FILE)),
                "the lock file names its holder");
        // the first job stopped: its lock is gone, a new job takes the folder and finds a.txt done
        Files.writeString(in.resolve("b.txt"), "b1\n");
        try (CamelContext three = job(second, in, out)) {
            three.start();
            EmbeddingJobTest.awaitDone(out, "b.txt");
            assertEquals(List.of("b1"), second.texts(), "the new job embedded only the new file");
        }
        assertTrue(!LockProbe.isLockedForOtherProcesses(out.resolve(OutputFolderLock.FILE)), "released at stop");
    }

    @Test
    void jobsOnDifferentOutputFoldersRunSideBySide() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "a1\n");
        try (CamelContext one = job(new StandInEmbeddings(), in, dir.resolve("out1"));
                CamelContext two = job(new StandInEmbeddings(), in, dir.resolve("out2"))) {
            one.start();
            two.start();
            EmbeddingJobTest.awaitDone(dir.resolve("out1"), "a.txt");
            EmbeddingJobTest.awaitDone(dir.resolve("out2"), "a.txt");
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static CamelContext job(StandInEmbeddings embeddings, Path in, Path out) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(embeddings);
        context.addRoutes(EmbeddingJobs.fromFolder(in.toString()).toFolder(out.toString())
                .embedWith(StandInEmbeddings.URI).batchSize(10).build());
        return context;
    }
}
