package io.camelai.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Several tenants calling through one {@code toD} route whose URI carries each tenant's credentials from headers:
 * every prompt names its tenant ({@code "question of tenant a #3"}), so a test can tell from a recorded request
 * whose call it was and check the credential it carried.
 */
public final class Tenants {

    private Tenants() {}

    /** The prompt of a tenant's {@code i}-th call. */
    public static String prompt(String tenant, int i) {
        return "question of tenant " + tenant + " #" + i;
    }

    /** The tenant whose prompt a request body carries; fails when none or several do. */
    public static String of(String requestBody, List<String> tenants) {
        String found = null;
        for (String t : tenants) {
            if (requestBody.contains("question of tenant " + t + " #")) {
                if (found != null) {
                    fail("a request carries the prompts of two tenants: " + requestBody);
                }
                found = t;
            }
        }
        if (found == null) {
            fail("a request carries no tenant's prompt: " + requestBody);
        }
        return found;
    }

    /** Sends one call per tenant, in the given order; fails on the first failed exchange. */
    public static void oneAfterAnother(ProducerTemplate template, String uri, List<String> order,
            Function<String, Map<String, Object>> headers) {
        for (int i = 0; i < order.size(); i++) {
            send(template, uri, order.get(i), i, headers);
        }
    }

    /**
     * Sends {@code perTenant} calls for every tenant at once: {@code threads} senders are released together and the
     * calls of all tenants interleave. Fails on the first failed exchange.
     */
    public static void atOnce(ProducerTemplate template, String uri, List<String> tenants, int perTenant, int threads,
            Function<String, Map<String, Object>> headers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < perTenant; i++) {
                for (String tenant : tenants) {
                    int n = i;
                    calls.add(pool.submit(() -> {
                        go.await();
                        send(template, uri, tenant, n, headers);
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void send(ProducerTemplate template, String uri, String tenant, int i,
            Function<String, Map<String, Object>> headers) {
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(prompt(tenant, i));
            e.getMessage().getHeaders().putAll(headers.apply(tenant));
        });
        assertNull(out.getException(), () -> "the call of tenant " + tenant + " failed: " + out.getException());
    }
}
