package io.camelai.simulator.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelai.simulator.AiSimulator;

/**
 * A measurement, not a test: opens N Cohere v2 chat streams at once against an in-process simulator, each slowed
 * (an event every {@code delayMs}) so all are open together, and reports how many completed, how many were open at
 * the peak, the simulator's thread count and the heap then. Run:
 *
 * <pre>
 * mvn -q -o -pl ai-simulator test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp ai-simulator/target/classes:ai-simulator/target/test-classes:$(cat ai-simulator/target/cp.txt) \
 *     io.camelai.simulator.scale.ConcurrentStreamsCheck 10000 200 [http://127.0.0.1:8089]
 * </pre>
 *
 * The client is the JDK's HttpClient (one selector thread for every connection); open files must allow 2 x N
 * sockets ({@code ulimit -n}).
 */
public final class ConcurrentStreamsCheck {

    private ConcurrentStreamsCheck() {}

    public static void main(String[] args) throws Exception {
        int streams = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int delayMs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // a third argument: the URL of a simulator in its own process (java -jar ai-simulator-runnable.jar), so
        // client and server sockets do not share one process's open-file limit
        String external = args.length > 2 ? args[2] : null;
        try (AiSimulator sim = external == null ? AiSimulator.start().recording(false) : null) {
            String url = external != null ? external : sim.url();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v2/chat"))
                    .header("Authorization", "Bearer k").header("X-Simulator-Fault", "slow=" + delayMs)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"stream\":true,\"messages\":"
                            + "[{\"role\":\"user\",\"content\":\"one two three four"
                            + " five six seven eight\"}]}"))
                    .build();
            AtomicInteger open = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger peak = new AtomicInteger();
            long start = System.nanoTime();
            List<CompletableFuture<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                calls.add(client.sendAsync(request, info -> {
                    peak.accumulateAndGet(open.incrementAndGet(), Math::max);
                    return HttpResponse.BodySubscribers.ofString(java.nio.charset.StandardCharsets.UTF_8);
                }).thenApply(r -> {
                    open.decrementAndGet();
                    return r.statusCode() == 200 && r.body().endsWith("data: [DONE]\n\n");
                }).exceptionally(e -> {
                    if (failures.incrementAndGet() <= 5) {
                        System.err.println("a stream failed: " + e);
                    }
                    return false;
                }));
            }
            // sample while the streams run: the most simulator threads and heap seen
            int maxThreads = 0;
            long maxHeap = 0;
            Runtime rt = Runtime.getRuntime();
            while (calls.stream().anyMatch(c -> !c.isDone())) {
                int threads = (int) Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("ai-simulator")).count();
                maxThreads = Math.max(maxThreads, threads);
                maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
                TimeUnit.MILLISECONDS.sleep(200);
            }
            long ok = calls.stream().filter(CompletableFuture::join).count();
            System.out.printf("%d/%d streams complete in %.1f s, %d open at once at the peak, at most %d simulator"
                    + " threads in this process, at most %d MB heap in this process%n", ok, streams,
                    (System.nanoTime() - start) / 1e9, peak.get(), maxThreads, maxHeap / (1024 * 1024));
        }
    }
}
