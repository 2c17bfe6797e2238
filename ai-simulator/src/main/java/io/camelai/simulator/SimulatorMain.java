package io.camelai.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator until the process is stopped: {@code java -jar ai-simulator-runnable.jar [port]} (default
 * 8089). Point a component's {@code baseUrl} (or Azure's {@code endpoint}) at the printed URLs.
 */
public final class SimulatorMain {

    private SimulatorMain() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        AiSimulator sim = AiSimulator.start(port).recording(false);
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        System.out.println("AI simulator listening on " + sim.url());
        System.out.println("  cohere:          baseUrl=" + sim.cohereUrl());
        System.out.println("  azure-inference: endpoint=" + sim.azureUrl());
        System.out.println("  qianfan:         baseUrl=" + sim.qianfanUrl());
        new CountDownLatch(1).await();
    }
}
