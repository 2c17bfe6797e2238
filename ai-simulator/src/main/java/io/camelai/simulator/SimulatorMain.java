package io.camelai.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until the process is stopped:
 * {@code java -jar ai-simulator-runnable.jar [--tls] [--calls-per-minute N] [--tokens-per-minute N] [port]}
 * (default port 8089). The quota flags limit all clients together (0: unlimited), see {@link AiSimulator#quota}. Point a component's {@code baseUrl} (or Azure's {@code endpoint}) at the printed URLs. With
 * {@code --tls} it serves HTTPS with the test certificate of {@link SimulatorTls}, which clients must trust.
 */
public final class SimulatorMain {

    static final String USAGE = "usage: java -jar ai-simulator-runnable.jar [--tls] [--calls-per-minute N]"
            + " [--tokens-per-minute N] [port]";

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
        int callsPerMinute = 0;
        long tokensPerMinute = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--tls".equals(arg)) {
                tls = true;
            } else if ("--calls-per-minute".equals(arg)) {
                callsPerMinute = (int) limit(arg, i + 1 < args.length ? args[++i] : null, Integer.MAX_VALUE);
            } else if ("--tokens-per-minute".equals(arg)) {
                tokensPerMinute = limit(arg, i + 1 < args.length ? args[++i] : null, Long.MAX_VALUE);
            } else if (port == null && arg.matches("\\d{1,5}") && Integer.parseInt(arg) <= 65535) {
                port = Integer.parseInt(arg);
            } else {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'; " + USAGE);
            }
        }
        int p = port != null ? port : 8089;
        AiSimulator sim = (tls ? AiSimulator.startTls(p) : AiSimulator.start(p)).recording(false)
                .quota(callsPerMinute, tokensPerMinute);
        out.println("AI simulator listening on " + sim.url());
        out.println("  cohere:          baseUrl=" + sim.cohereUrl());
        out.println("  azure-inference: endpoint=" + sim.azureUrl());
        out.println("  qianfan:         baseUrl=" + sim.qianfanUrl());
        if (tls) {
            out.println("  clients trust the test CA in " + SimulatorTls.TRUST_STORE + " (PKCS12, password "
                    + SimulatorTls.PASSWORD
                    + "; a classpath resource of this jar, in ai-simulator/src/main/resources)");
        }
        if (callsPerMinute > 0 || tokensPerMinute > 0) {
            out.println("  quota (all clients, fixed one-minute window): "
                    + (callsPerMinute > 0 ? callsPerMinute : "unlimited") + " calls, "
                    + (tokensPerMinute > 0 ? tokensPerMinute : "unlimited") + " tokens per minute");
        }
        return sim;
    }

    /** A quota flag's value: a whole number from 0 (unlimited) to max. */
    private static long limit(String flag, String value, long max) {
        if (value != null && value.matches("\\d{1,19}")) {
            try {
                long n = Long.parseLong(value);
                if (n <= max) {
                    return n;
                }
            } catch (NumberFormatException tooBig) {
                // reported below
            }
        }
        throw new IllegalArgumentException(flag + " needs a whole number from 0 (unlimited) to " + max + ", got "
                + (value == null ? "nothing" : "'" + value + "'") + "; " + USAGE);
    }
}
