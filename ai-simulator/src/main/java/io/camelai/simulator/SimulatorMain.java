package io.camelai.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until the process is stopped: {@code java -jar ai-simulator-runnable.jar [--tls] [port]}
 * (default port 8089). Point a component's {@code baseUrl} (or Azure's {@code endpoint}) at the printed URLs. With
 * {@code --tls} it serves HTTPS with the test certificate of {@link SimulatorTls}, which clients must trust.
 */
public final class SimulatorMain {

    static final String USAGE = "usage: java -jar ai-simulator-runnable.jar [--tls] [port]";

    private SimulatorMain() {}

    public static void main(String[] args) throws Exception {
        AiSimulator sim;
        try {
            sim = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        new CountDownLatch(1).await();
    }

    /** Starts the simulator the arguments ask for and prints where it listens (and, with TLS, what to trust). */
    static AiSimulator start(String[] args, PrintStream out) throws IOException {
        boolean tls = false;
        Integer port = null;
        for (String arg : args) {
            if ("--tls".equals(arg)) {
                tls = true;
            } else if (port == null && arg.matches("\\d{1,5}") && Integer.parseInt(arg) <= 65535) {
                port = Integer.parseInt(arg);
            } else {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'; " + USAGE);
            }
        }
        int p = port != null ? port : 8089;
        AiSimulator sim = (tls ? AiSimulator.startTls(p) : AiSimulator.start(p)).recording(false);
        out.println("AI simulator listening on " + sim.url());
        out.println("  cohere:          baseUrl=" + sim.cohereUrl());
        out.println("  azure-inference: endpoint=" + sim.azureUrl());
        out.println("  qianfan:         baseUrl=" + sim.qianfanUrl());
        if (tls) {
            out.println("  clients trust the test CA in " + SimulatorTls.TRUST_STORE + " (PKCS12, password "
                    + SimulatorTls.PASSWORD
                    + "; a classpath resource of this jar, in ai-simulator/src/main/resources)");
        }
        return sim;
    }
}
