package io.camelai.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import io.camelai.simulator.azure.AzureApi;
import io.camelai.simulator.cohere.CohereApi;
import io.camelai.simulator.model.SimModel;
import io.camelai.simulator.model.SimReply;
import io.camelai.simulator.qianfan.QianfanApi;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server that speaks the Cohere, Azure AI Model Inference and Qianfan APIs (paths, auth headers, JSON
 * bodies, streaming framing, error bodies), answers from a deterministic {@link SimModel}, and injects
 * {@link Fault}s. It listens on loopback only.
 * <p>
 * One server serves all three providers: Cohere at {@link #cohereUrl()}, Azure at {@link #azureUrl()} (an AI Foundry
 * style {@code /models} root) and Qianfan at {@link #qianfanUrl()}.
 * <p>
 * The server is Jetty 12 (core API, no servlets): it writes header names as given ({@code Content-Type}, which
 * clients that look headers up case-sensitively need), and it never blocks a thread on a client: request bodies are
 * read asynchronously, stream events are written one by one as the socket takes them, and the slow fault's delays
 * are timers. So ten thousand concurrent streams need ten thousand sockets, not ten thousand threads.
 */
public final class AiSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AiSimulator.class);
    /** Requests kept for assertions; older ones are dropped so a benchmark run cannot fill the heap. */
    private static final int MAX_RECORDED = 10_000;
    /** The largest request body accepted (a 96-text embed request is far below it). */
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    /** Connections the kernel queues before Jetty accepts them: a burst of 10,000 streams must not be refused. */
    private static final int ACCEPT_QUEUE = 10_240;
    /** Handlers never block, so a small pool serves any number of connections. */
    private static final int MAX_THREADS = 64;
    /** The simulator's own health path: answered, never recorded, never faulted. */
    private static final String PING = "/_simulator/ping";

    private final Server server;
    private final ServerConnector connector;
    private final QueuedThreadPool threads;
    private final Scheduler scheduler;
    private final SimModel model = new SimModel();
    private final QianfanApi qianfan = new QianfanApi();
    private final AzureApi azure = new AzureApi();
    private final List<ProviderApi> apis = new ArrayList<>();
    private final LinkedBlockingDeque<RecordedRequest> requests = new LinkedBlockingDeque<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<Fault, AtomicInteger> used = new HashMap<>();
    /**
     * Counts resets: a request that arrived before a reset must neither use the replies scripted after it nor reach
     * the next test with a delayed answer. Requests are recorded and handled under the read lock, a reset takes the
     * write lock: once a test saw its request (takeRequest), a reset waits until that request's reply is taken.
     */
    private final AtomicLong generation = new AtomicLong();
    private final ReadWriteLock resets = new ReentrantReadWriteLock();
    private volatile boolean recording = true;
    private final SimQuota quota;

    private final boolean tls;

    private AiSimulator(int port, boolean tls) throws IOException {
        this(port, tls, System::currentTimeMillis);
    }

    AiSimulator(int port, boolean tls, LongSupplier clockMillis) throws IOException {
        this.tls = tls;
        this.quota = new SimQuota(clockMillis);
        // most specific first: Qianfan's IAM token path sits under /v1 like Cohere's API
        apis.add(azure);
        apis.add(qianfan);
        apis.add(new CohereApi());
        threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("ai-simulator");
        threads.setDaemon(true);
        scheduler = new ScheduledExecutorScheduler("ai-simulator-timer", true);
        server = new Server(threads, scheduler, new ArrayByteBufferPool());
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        connector = tls
                ? new ServerConnector(server, 1, 1, new SslConnectionFactory(SimulatorTls.serverContextFactory(),
                        "http/1.1"), new HttpConnectionFactory(config))
                : new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(port);
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        connector.setIdleTimeout(TimeUnit.MINUTES.toMillis(2));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                receive(request, response, callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the simulator could not start on port " + port, e);
        }
        warmUp();
    }

    /**
     * One request through the whole path (HTTP parsing, body read, JSON answer) before the first test's: a cold
     * first request takes a hundred milliseconds or more of class loading, and a test whose client gives up sooner
     * (a read timeout test) would have its request recorded only after the next test started.
     */
    private void warmUp() throws IOException {
        try (Socket socket = tls
                ? SimulatorTls.clientContext().getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                        port())
                : new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + PING + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().readAllBytes();
        }
    }

    /** Starts a simulator on a free port. */
    public static AiSimulator start() throws IOException {
        return start(0);
    }

    public static AiSimulator start(int port) throws IOException {
        return new AiSimulator(port, false);
    }

    /**
     * Starts a simulator serving HTTPS on a free port, with a test certificate for {@code 127.0.0.1} and
     * {@code localhost} that clients trust through {@link SimulatorTls#TRUST_STORE}.
     */
    public static AiSimulator startTls() throws IOException {
        return startTls(0);
    }

    /** {@link #startTls()} on the given port (0: a free one). */
    public static AiSimulator startTls(int port) throws IOException {
        return new AiSimulator(port, true);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The server root, e.g. {@code http://127.0.0.1:41234} ({@code https://} in HTTPS mode). */
    public String url() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + port();
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

    /** Azure's deployment: which model {@code /info} describes and requests without a model use. */
    public AzureApi azure() {
        return azure;
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

    /**
     * A global quota across all clients, like a provider's rate limits: at most {@code callsPerMinute} calls and
     * {@code tokensPerMinute} tokens (the simulator's input plus output tokens; for embeddings the input tokens) per
     * fixed one-minute window; 0 leaves a dimension unlimited. A call beyond it gets HTTP 429 with
     * {@code Retry-After} (seconds until the window ends, rounded up) in its provider's error shape; Azure and
     * Qianfan answers carry their rate-limit headers. {@link #reset()} removes the quota.
     */
    public AiSimulator quota(int callsPerMinute, long tokensPerMinute) {
        quota.limits(callsPerMinute, tokensPerMinute);
        return this;
    }

    /**
     * The quota window's length (default one minute), so that a test of clients honouring Retry-After does not wait
     * a minute; the limits of {@link #quota} then apply per window.
     */
    public AiSimulator quotaWindow(Duration window) {
        quota.window(window);
        return this;
    }

    /** How many calls the quota admitted since it was set. */
    public long quotaAdmitted() {
        return quota.admitted();
    }

    /** The tokens of the calls the quota admitted, counted in the windows that admitted them, since it was set. */
    public long quotaAdmittedTokens() {
        return quota.admittedTokens();
    }

    /**
     * From the start of the quota's first window to its last admitted call, on the simulator's clock: a client's
     * achieved rate is {@link #quotaAdmitted()} over this span, compared with the quota per window.
     */
    public Duration quotaAdmittedSpan() {
        return quota.admittedSpan();
    }

    /** How many calls the quota refused since it was set or the simulator reset. */
    public long quotaRefusals() {
        return quota.refused();
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
        resets.writeLock().lock();
        try {
            generation.incrementAndGet();
            requests.clear();
            synchronized (faults) {
                faults.clear();
                used.clear();
            }
            model.reset();
            quota.clear();
        } finally {
            resets.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("Simulator stop: {}", e.toString());
        }
    }

    /** Reads the body without blocking a thread, then serves the request. */
    private void receive(Request http, Response response, Callback callback) {
        long arrived = generation.get();
        BooleanSupplier outlivedAReset = () -> generation.get() != arrived;
        Content.Source.asByteArrayAsync(http, MAX_BODY_BYTES).whenComplete((body, failure) -> {
            if (failure != null) {
                Response.writeError(http, response, callback, 413, "request body unreadable or over "
                        + MAX_BODY_BYTES + " bytes");
                return;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField f : http.getHeaders()) {
                headers.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
            }
            RecordedRequest request = new RecordedRequest(http.getMethod(), http.getHttpURI().getPath(),
                    http.getHttpURI().getQuery(), Collections.unmodifiableMap(headers), body);
            if (PING.equals(request.path())) {
                run(new SimExchange(http, response, callback, request, null, scheduler, threads, outlivedAReset),
                        ex -> ex.respondJson(200, SimJson.object().put("status", "ok").set("echo", ex.json())));
                return;
            }
            resets.readLock().lock();
            try {
                if (outlivedAReset.getAsBoolean()) {
                    // it came from a test that has ended: not recorded, no scripted reply, no fault used up
                    SimExchange.answerReset(response, callback);
                    return;
                }
                if (recording) {
                    requests.addLast(request);
                    while (requests.size() > MAX_RECORDED) {
                        requests.pollFirst();
                    }
                }
                ProviderApi api = apiFor(request);
                SimQuota.Decision admission = api != null && api.metered(request.path()) && quota.limited()
                        ? quota.admit()
                        : null;
                if (admission != null && !admission.admitted()) {
                    // refused before a fault or a scripted reply is used up: the retry gets them
                    SimExchange refused = new SimExchange(http, response, callback, request, null, scheduler,
                            threads, outlivedAReset);
                    refused.metered(null, admission, api.rateLimitHeaders(admission));
                    run(refused, ex -> api.quotaExceeded(ex, admission));
                    return;
                }
                Fault fault = faultFor(request);
                SimExchange exchange = new SimExchange(http, response, callback, request, fault, scheduler, threads,
                        outlivedAReset);
                if (admission != null) {
                    exchange.metered(quota, admission, api.rateLimitHeaders(admission));
                }
                dispatch(exchange, api, fault);
            } finally {
                resets.readLock().unlock();
            }
        });
    }

    private ProviderApi apiFor(RecordedRequest request) {
        return apis.stream().filter(a -> a.handles(request.method(), request.path())).findFirst().orElse(null);
    }

    private void dispatch(SimExchange exchange, ProviderApi api, Fault fault) {
        RecordedRequest request = exchange.request();
        if (api == null) {
            run(exchange, ex -> ex.respondJson(404, SimJson.object().put("message", "the simulator has no route "
                    + request)));
            return;
        }
        if (fault == null) {
            run(exchange, ex -> api.handle(ex, model));
            return;
        }
        switch (fault.kind()) {
            case RESET -> exchange.abort();
            case STATUS, PROVIDER_ERROR -> run(exchange, ex -> api.writeError(ex, fault));
            // SLOW delays the writes (the handler answers now, so scripted replies go in arrival order; a write
            // that comes due after a reset answers 503 instead);
            // DISCONNECT and MALFORMED act on the stream's events
            default -> run(exchange, ex -> api.handle(ex, model));
        }
    }

    private void run(SimExchange exchange, Handling handling) {
        RecordedRequest request = exchange.request();
        try {
            handling.handle(exchange);
            if (!exchange.responded()) {
                exchange.respondJson(500, SimJson.object().put("message", "simulator handler sent no response"));
            }
        } catch (AbortConnection e) {
            // the stream's writer drops the connection once the events before the drop went out
        } catch (RuntimeException | IOException e) {
            LOG.warn("Simulator failed on {}: {}", request, e.toString(), e);
            try {
                if (!exchange.responded()) {
                    exchange.respondJson(500, SimJson.object().put("message", "simulator error: " + e));
                } else {
                    exchange.abort();
                }
            } catch (IOException | RuntimeException again) {
                exchange.abort();
            }
        }
    }

    @FunctionalInterface
    private interface Handling {
        void handle(SimExchange exchange) throws IOException;
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

    /** Thrown from a stream to stop its handler once the connection drop is queued. */
    static final class AbortConnection extends RuntimeException implements QuietException {
        private static final long serialVersionUID = 1L;

        AbortConnection(String message) {
            super(message, null, false, false);
        }
    }
}
