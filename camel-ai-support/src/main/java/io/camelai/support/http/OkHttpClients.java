package io.camelai.support.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the OkHttp clients of an endpoint. Every endpoint derives its clients from one base (the caller's own
 * {@code httpClient} bean, or a process-wide default), so they share its connection pool and dispatcher.
 */
public final class OkHttpClients {

    /** Headers never written to logs. */
    public static final List<String> REDACTED_HEADERS = List.of("Authorization", "api-key", "x-api-key",
            "Proxy-Authorization", "Cookie", "Set-Cookie");
    /** Query parameters never written to logs (Qianfan's OAuth token and app credentials travel in the URL). */
    public static final List<String> REDACTED_QUERY_PARAMS = List.of("access_token", "client_id", "client_secret");

    private static final Logger HTTP_LOG = LoggerFactory.getLogger("io.camelai.http");

    private static volatile OkHttpClient shared;

    private OkHttpClients() {}

    /** The process-wide base client: one connection pool and dispatcher for every endpoint that brings none. */
    public static OkHttpClient shared() {
        OkHttpClient c = shared;
        if (c == null) {
            synchronized (OkHttpClients.class) {
                c = shared;
                if (c == null) {
                    Dispatcher dispatcher = new Dispatcher();
                    // many concurrent streams to one provider host are normal here
                    dispatcher.setMaxRequests(4096);
                    dispatcher.setMaxRequestsPerHost(4096);
                    c = new OkHttpClient.Builder()
                            .dispatcher(dispatcher)
                            .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                            .build();
                    shared = c;
                }
            }
        }
        return c;
    }

    /**
     * The client for unary calls: bounded by {@code callTimeout} (when positive), its response bodies by
     * {@code maxResponseBytes} (checked while they are read, see {@link ResponseLimit}), and logged with bodies when
     * {@code logHttp} is set. Log lines go through {@code masker}; the limit applies to what the log reads too.
     */
    public static OkHttpClient unary(OkHttpClient base, Timeouts timeouts, List<Interceptor> interceptors,
            boolean logHttp, SecretMasker masker, long maxResponseBytes) {
        OkHttpClient.Builder b = derive(base, timeouts, interceptors);
        b.callTimeout(timeouts.call());
        if (logHttp) {
            b.addInterceptor(logging(HttpLoggingInterceptor.Level.BODY, masker));
        }
        // after (inside) the log, so the log reads the body through the limit
        b.addInterceptor(new ResponseLimit(maxResponseBytes));
        return b.build();
    }

    /**
     * The client for streams: no total time limit (only {@code readTimeout} between events) and, when
     * {@code logHttp} is set, headers only, because logging a body would buffer the whole stream. Stream bodies are
     * bounded per line and per event by the stream readers instead.
     */
    public static OkHttpClient streaming(OkHttpClient base, Timeouts timeouts, List<Interceptor> interceptors,
            boolean logHttp, SecretMasker masker) {
        OkHttpClient.Builder b = derive(base, timeouts, interceptors);
        b.callTimeout(Duration.ZERO);
        if (logHttp) {
            b.addInterceptor(logging(HttpLoggingInterceptor.Level.HEADERS, masker));
        }
        return b.build();
    }

    private static OkHttpClient.Builder derive(OkHttpClient base, Timeouts timeouts, List<Interceptor> interceptors) {
        OkHttpClient.Builder b = (base != null ? base : shared()).newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read());
        interceptors.forEach(b::addInterceptor);
        return b;
    }

    /**
     * The HTTP log: an application interceptor (after the auth interceptors, so it shows the request as sent, and
     * after OkHttp's decompression, so the limit below it counts what a reader gets), credentials redacted by header
     * and query parameter name and every line masked by the endpoint's secrets.
     */
    private static HttpLoggingInterceptor logging(HttpLoggingInterceptor.Level level, SecretMasker masker) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(line -> HTTP_LOG.info(masker.mask(line)));
        logging.setLevel(level);
        REDACTED_HEADERS.forEach(logging::redactHeader);
        logging.redactQueryParams(REDACTED_QUERY_PARAMS.toArray(String[]::new));
        return logging;
    }

    /** Connect, read (between stream events) and whole-call timeouts; zero means none. */
    public record Timeouts(Duration connect, Duration read, Duration call) {

        public static Timeouts ofMillis(long connect, long read, long call) {
            return new Timeouts(Duration.ofMillis(connect), Duration.ofMillis(read), Duration.ofMillis(call));
        }
    }
}
