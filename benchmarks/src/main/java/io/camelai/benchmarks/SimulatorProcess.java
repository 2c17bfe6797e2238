package io.camelai.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulator in its own JVM, so its CPU and heap are not counted as the client's. Every client variant of a run
 * talks to this same process over loopback.
 */
final class SimulatorProcess implements AutoCloseable {

    /** The simulator's heap: 10,000 open streams fit. */
    static final String HEAP = "1 GiB";

    private final Process process;
    private final String url;

    private SimulatorProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static SimulatorProcess start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        // -Dbench.simulatorJvmArg=-XX:StartFlightRecording=filename=sim.jfr profiles the server side
        String extra = System.getProperty("bench.simulatorJvmArg", "none");
        if (!extra.isBlank() && !extra.equals("none")) {
            command.add(extra);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.camelai.simulator.SimulatorMain",
                Integer.toString(port)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("AI simulator listening on ")) {
                String url = line.substring("AI simulator listening on ".length()).trim();
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "simulator-output");
                drain.setDaemon(true);
                drain.start();
                return new SimulatorProcess(p, url);
            }
        }
        throw new IOException("the simulator process exited before listening (exit " + p.waitFor() + ")");
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
