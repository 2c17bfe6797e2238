package io.camelai.examples.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@link EmbeddingJobMain} as its own JVM (the test classpath), its console output going to a log file. */
final class JobProcess {

    interface Check {
        boolean ok() throws Exception;
    }

    private JobProcess() {}

    static Process start(String cohereUrl, Path log, String... jobArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dcamel.component.cohere.base-url=" + cohereUrl, EmbeddingJobMain.class.getName()));
        cmd.addAll(List.of(jobArgs));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Sends a POSIX signal (STOP, CONT) to a child JVM. */
    static void signal(Process p, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal + " " + p.pid());
    }

    static int lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var s = Files.lines(file)) {
            return (int) s.count();
        }
    }

    static void waitFor(Check check, Process p, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!check.ok()) {
            assertTrue(p.isAlive(), "the job is still running while waiting until " + what);
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(20);
        }
    }
}
