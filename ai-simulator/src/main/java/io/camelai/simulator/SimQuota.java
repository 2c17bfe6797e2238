package io.camelai.simulator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A global quota across all clients: at most so many calls and so many tokens per window (one minute unless set),
 * like a provider's requests-per-minute and tokens-per-minute limits.
 * <p>
 * The window is FIXED, not sliding: it opens at the first call after the previous one ended and lasts
 * {@link #window()}; every count starts again from zero when it ends. A call is admitted while the window has calls
 * left and its tokens are under the limit; its tokens (the simulator's input plus output tokens, for embeddings the
 * input tokens) are counted when it is answered, as a service only knows a reply's size once it made it. A refused
 * call is told to retry when the window ends ({@link Decision#retryAfterMillis()}).
 * <p>
 * Thread-safe: one short critical section per call (a few long comparisons), so ten thousand concurrent streams
 * do not queue on it.
 */
public final class SimQuota {

    /** What the quota says about one call, and the window's state after it. */
    public record Decision(boolean admitted, int callLimit, long callsRemaining, long tokenLimit,
            long tokensRemaining, long retryAfterMillis, long windowStart) {

        /** The wait in whole seconds, rounded up: a client waiting that long finds the window free. */
        public long retryAfterSeconds() {
            return (retryAfterMillis + 999) / 1000;
        }

        /** Whether a refusal is for calls (else for tokens). */
        public boolean callsExhausted() {
            return callLimit > 0 && callsRemaining <= 0;
        }
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final LongSupplier clockMillis;
    private final AtomicLong refused = new AtomicLong();
    private long admitted;
    private long admittedTokens;
    private long firstWindowStart = -1;
    private long lastAdmission;
    private volatile boolean limited;
    private int callLimit;
    private long tokenLimit;
    private long windowMillis = MINUTE.toMillis();
    private long windowStart;
    private boolean windowOpen;
    private long calls;
    private long tokens;

    SimQuota(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    /** Sets the limits (0: unlimited) and starts counting afresh. */
    synchronized void limits(int callsPerWindow, long tokensPerWindow) {
        if (callsPerWindow < 0 || tokensPerWindow < 0) {
            throw new IllegalArgumentException("quota limits must be 0 (unlimited) or positive, got calls="
                    + callsPerWindow + " tokens=" + tokensPerWindow);
        }
        this.callLimit = callsPerWindow;
        this.tokenLimit = tokensPerWindow;
        limited = callsPerWindow > 0 || tokensPerWindow > 0;
        windowOpen = false;
        calls = 0;
        tokens = 0;
        admitted = 0;
        admittedTokens = 0;
        firstWindowStart = -1;
    }

    /** The window's length (a minute by default; shorter only for tests that must not wait a minute). */
    synchronized void window(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the quota window must be positive, got " + window);
        }
        this.windowMillis = window.toMillis();
        windowOpen = false;
    }

    synchronized Duration window() {
        return Duration.ofMillis(windowMillis);
    }

    /** Back to no limits, a one-minute window and no refusals counted. */
    synchronized void clear() {
        limits(0, 0);
        windowMillis = MINUTE.toMillis();
        refused.set(0);
    }

    /** Whether any limit is set (a volatile read: an unlimited simulator takes no lock). */
    boolean limited() {
        return limited;
    }

    /** Admits (and counts) one call, or refuses it with the time until the window ends. */
    synchronized Decision admit() {
        long now = clockMillis.getAsLong();
        if (!windowOpen || now - windowStart >= windowMillis) {
            windowOpen = true;
            windowStart = now;
            calls = 0;
            tokens = 0;
        }
        boolean admitted = (callLimit == 0 || calls < callLimit) && (tokenLimit == 0 || tokens < tokenLimit);
        if (admitted) {
            calls++;
            this.admitted++;
            lastAdmission = now;
            if (firstWindowStart < 0) {
                firstWindowStart = windowStart;
            }
        } else {
            refused.incrementAndGet();
        }
        return new Decision(admitted, callLimit, callLimit == 0 ? Long.MAX_VALUE : callLimit - calls, tokenLimit,
                tokenLimit == 0 ? Long.MAX_VALUE : Math.max(0, tokenLimit - tokens),
                admitted ? 0 : windowStart + windowMillis - now, windowStart);
    }

    /**
     * Counts an admitted call's tokens in the window that admitted it (one answered after that window ended counts in
     * none).
     */
    synchronized void charge(long callTokens, Decision admission) {
        if (windowOpen && admission.windowStart() == windowStart) {
            tokens += callTokens;
            admittedTokens += callTokens;
        }
    }

    /** A refusal's message, naming the limit reached and when to retry. */
    public static String refusal(Decision quota) {
        return quota.callsExhausted()
                ? "Rate limit of " + quota.callLimit() + " requests per window exceeded; retry after "
                        + quota.retryAfterSeconds() + " seconds"
                : "Rate limit of " + quota.tokenLimit() + " tokens per window exceeded; retry after "
                        + quota.retryAfterSeconds() + " seconds";
    }

    /** How many calls were admitted since the limits were set. */
    synchronized long admitted() {
        return admitted;
    }

    /** The tokens of the admitted calls counted in their windows since the limits were set. */
    synchronized long admittedTokens() {
        return admittedTokens;
    }

    /**
     * From the start of the first window to the last admitted call since the limits were set (zero before any): the
     * time over which {@link #admitted()} calls were let through, on the simulator's clock.
     */
    synchronized Duration admittedSpan() {
        return firstWindowStart < 0 ? Duration.ZERO : Duration.ofMillis(lastAdmission - firstWindowStart);
    }

    /** How many calls were refused since the last {@link #clear()}. */
    long refused() {
        return refused.get();
    }
}
