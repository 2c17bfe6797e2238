package io.camelai.embedding.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's progress: lines counted by newline bytes, each file once, resumed lines counted once. */
class JobProgressTest {

    @TempDir
    Path dir;

    @Test
    void linesAreCountedByTheirNewlinesWithALastLineWithoutOne() throws Exception {
        assertEquals(0, JobProgress.countLines(Files.writeString(dir.resolve("empty.txt"), "")));
        assertEquals(2, JobProgress.countLines(Files.writeString(dir.resolve("two.txt"), "a\nb\n")));
        assertEquals(3, JobProgress.countLines(Files.writeString(dir.resolve("three.txt"), "a\n\nno newline")));
        assertEquals(70_000, JobProgress.countLines(Files.writeString(dir.resolve("big.txt"), "x\n".repeat(70_000))),
                "across read buffers");
    }

    @Test
    void aFileCountsOnceAndItsResumedLinesOnlyAtItsFirstOpening() throws Exception {
        JobProgress progress = new JobProgress(Duration.ZERO);
        Path csv = Files.writeString(dir.resolve("a.csv"), "id,text\n1,a\n2,b\n3,c\n");
        progress.pending("a.csv", csv, 1);
        progress.pending("a.csv", csv, 1); // listed again on the next poll
        assertEquals(3, progress.total(), "the header row is no input");

        progress.opened("a.csv", 1); // an earlier run wrote one row
        progress.embedded();
        // the file failed and is opened again: its two done rows are one resumed and one of this run
        progress.opened("a.csv", 2);
        progress.deadLettered();
        assertEquals(3, progress.done());
        assertEquals(1, progress.embeddedCount());
        assertEquals(1, progress.deadLetteredCount());
        assertEquals(0.0, progress.etaSeconds());
        assertTrue(progress.toString().startsWith("3 of 3 lines (100.0%), "), progress.toString());
    }
}
