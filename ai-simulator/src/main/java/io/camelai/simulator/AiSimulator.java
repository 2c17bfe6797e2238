package io.camelai.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camelai.simulator.azure.AzureApi;
import io.camelai.simulator.cohere.CohereApi;
import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.model.SimReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server that speaks the Cohere, Azure AI Model Inference and Qianfan APIs (paths, auth headers, JSON
 * bodies, streaming framing, error bodies), answers from a deterministic {@link SimModel}, and injects
 * {@link Fault}s. It listens on loopback only.
 * <p>
 * One server serves all three providers: Cohere at {@link #cohereUrl()}, Azure at {@link #azureUrl()} (an AI Foundry
 * style {@code /models} root) and Qianfan at {@link #qianfanUrl()}.
 */
public final class AiSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AiSimulator.class);
    /** Requests kept for assertions; older ones are dropped so a benchmark run cannot fill the heap. */
    private static final int MAX_RECORDED = 10_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SimModel model = new SimModel();
    private final QianfanApi qianfan = new QianfanApi();
    private final List<ProviderApi> apis = new ArrayList<>();
    private final LinkedBlockingDeque<RecordedRequest> requests = new LinkedBlockingDeque<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<Fault, AtomicInteger> used = new HashMap<>();
    /** Counts resets: a request that outlived one (a slow fault) must not take the next test's scripted replies. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean recording = true;

    static {
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // every response would take ~40 ms (read once, when the JDK's server configuration loads)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private AiSimulator(int port) throws IOException {
        // most specific first: Qianfan's IAM token path sits under /v1 like Cohere's API
        apis.add(new AzureApi());
        apis.add(qianfan);
        apis.add(new CohereApi());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ai-simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Starts a simulator on a free port. */
    public static AiSimulator start() throws IOException {
        return start(0);
    }

    public static AiSimulator start(int port) throws IOException {
        return new AiSimulator(port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The server root, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The Cohere base URL (paths {@code /v1/...}, {@code /v2/...}). */
    public String cohereUrl() {
        return url();
    }

    /** The Azure AI Model Inference endpoint root (paths {@code /chat/completions}, ...). */
    public String azureUrl() {
        return url() + "/models";
    }

    /** The Qianfan base URL (v1 {@code /rpc/2.0/ai_custom/v1/wenxinworkshop/...}, v2 {@code /v2/...}). */
    public String qianfanUrl() {
        return url();
    }

    /** Qianfan's token state: expire issued tokens, count them. */
    public QianfanApi qianfan() {
        return qianfan;
    }

    /** The deterministic model behind every provider; script its next replies here. */
    public SimModel model() {
        return model;
    }

    /** Queues replies for the next chat requests, in order (of any provider). */
    public AiSimulator enqueue(SimReply... replies) {
        model.enqueue(replies);
        return this;
    }

    /** Queues a fault for the next matching request(s). */
    public AiSimulator fault(Fault fault) {
        synchronized (faults) {
            faults.add(fault);
            used.put(fault, new AtomicInteger());
        }
        return this;
    }

    /** Whether to keep requests for {@link #takeRequest()} (off for benchmarks). */
    public AiSimulator recording(boolean recording) {
        this.recording = recording;
        return this;
    }

    /** The oldest recorded request not taken yet, waiting up to 5 seconds for one; null if none came. */
    public RecordedRequest takeRequest() {
        try {
            return requests.pollFirst(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** All recorded requests not taken yet, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    /** Forgets recorded requests, queued faults and scripted replies. */
    public void reset() {
        generation.incrementAndGet();
        requests.clear();
        synchronized (faults) {
            faults.clear();
            used.clear();
        }
        model.reset();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange http) throws IOException {
        long arrived = generation.get();
        byte[] body;
        try (InputStream in = http.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = http.getRequestURI().getRawPath();
        RecordedRequest request = new RecordedRequest(http.getRequestMethod(), path, http.getRequestURI().getRawQuery(),
                Map.copyOf(http.getRequestHeaders()), body);
        if (recording) {
            requests.addLast(request);
            while (requests.size() > MAX_RECORDED) {
                requests.pollFirst();
            }
        }
        Fault fault = faultFor(request);
        SimExchange exchange = new SimExchange(http, request, fault);
        boolean aborted = false;
        try {
            ProviderApi api = apis.stream().filter(a -> a.handles(request.method(), path)).findFirst().orElse(null);
            if (api == null) {
                exchange.respondJson(404, SimJson.object().put("message", "the simulator has no route " + request));
                return;
            }
            if (fault != null) {
                switch (fault.kind()) {
                    case RESET -> throw new AbortConnection("simulated connection reset");
                    case STATUS, PROVIDER_ERROR -> {
                        api.writeError(exchange, fault);
                        return;
                    }
                    case SLOW -> {
                        SimExchange.sleep(fault.delay());
                        if (generation.get() != arrived) {
                            // its caller timed out long ago; answering would use up replies scripted since the reset
                            exchange.respondJson(503, SimJson.object().put("message", "the simulator was reset"
                                                                                       + " while this request waited"));
                            return;
                        }
                    }
                    default -> {
                        // DISCONNECT and MALFORMED act on the stream's events
                    }
                }
            }
            api.handle(exchange, model);
            if (!exchange.responded()) {
                exchange.respondJson(500, SimJson.object().put("message", "simulator handler sent no response"));
            }
        } catch (AbortConnection e) {
            // propagating makes the JDK server close the socket without ending the response: a real drop
            aborted = true;
            throw e;
        } catch (RuntimeException | IOException e) {
            LOG.warn("Simulator failed on {}: {}", request, e.toString(), e);
            if (!exchange.responded()) {
                exchange.respondJson(500, SimJson.object().put("message", "simulator error: " + e));
            }
        } finally {
            if (!aborted) {
                http.close();
            }
        }
    }

    private Fault faultFor(RecordedRequest request) {
        String header = request.header("X-Simulator-Fault");
        if (header != null && !header.isBlank()) {
            return Fault.parse(header);
        }
        synchronized (faults) {
            for (Iterator<Fault> it = faults.iterator(); it.hasNext();) {
                Fault f = it.next();
                if (request.path().startsWith(f.pathPrefix())) {
                    if (used.get(f).incrementAndGet() >= f.times()) {
                        it.remove();
                        used.remove(f);
                    }
                    return f;
                }
            }
        }
        return null;
    }

    /** Thrown from a handler to drop the connection without finishing the response. */
    static final class AbortConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AbortConnection(String message) {
            super(message, null, false, false);
        }
    }
}
