package io.camelai.support.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A client-side budget of requests and tokens per minute, shared by every caller of the endpoints that use it.
 * <p>
 * Calls are spread evenly over the minute, with no burst: a budget of 600 requests per minute lets one call start
 * every 100 ms (the generic cell rate algorithm: each reservation moves the earliest start of the next one on by
 * one request's share of the minute, and by the call's tokens' share). Providers enforce their per-minute limits
 * over shorter intervals too, so an even pace is what they accept. A call's tokens are paid after it: a call
 * estimated at 1,000 tokens under a 60,000 tokens-per-minute budget starts when its turn comes and the next call
 * starts a second later; {@link #correctTokens} settles the estimate against the usage the provider reported.
 * <p>
 * A provider that says to wait (a 429 with {@code Retry-After}, or remaining 0 with a reset time) {@link #pauseFor
 * pauses} the whole budget: no caller starts before the pause ends, including callers that had their turn reserved
 * before the pause came (they take a new turn after it).
 * <p>
 * Each caller reserves its turn under a short lock and then sleeps outside it until that turn (interruptibly, never
 * spinning), so callers are held back only as much as the budget requires. A call whose turn is further away than
 * the caller may wait is refused without taking a turn.
 * <p>
 * Not resilience4j-ratelimiter: it hands out a cycle's permits at the cycle's start (a burst each cycle) and has no
 * way to pause on a provider's word or settle a cost after the call; a library for this one job would add more than
 * this class.
 */
public final class RateLimiter {

    /** The longest a provider's wait pauses the budget: a longer (or absurd) value is not trusted further. */
    public static final Duration MAX_PAUSE = Duration.ofMinutes(5);

    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final long requestsPerMinute;
    private final long tokensPerMinute;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    /** Nanoseconds one request takes of the minute (0: no request limit). */
    private final long requestInterval;
    /** Nanoseconds one token takes of the minute (0: no token limit). */
    private final double tokenInterval;

    // guarded by this; times are System.nanoTime() values, compared by difference
    private long nextRequest;
    private long nextToken;
    private long pausedUntil;
    private long pauses;

    public RateLimiter(long requestsPerMinute, long tokensPerMinute) {
        this(requestsPerMinute, tokensPerMinute, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    RateLimiter(long requestsPerMinute, long tokensPerMinute, LongSupplier clock, Sleeper sleeper) {
        if (requestsPerMinute < 0 || tokensPerMinute < 0 || requestsPerMinute + tokensPerMinute == 0) {
            throw new IllegalArgumentException("requestsPerMinute and tokensPerMinute must be 0 (off) or positive,"
                    + " one of them positive; were " + requestsPerMinute + " and " + tokensPerMinute);
        }
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.clock = clock;
        this.sleeper = sleeper;
        this.requestInterval = requestsPerMinute == 0 ? 0 : Math.max(1, MINUTE_NANOS / requestsPerMinute);
        this.tokenInterval = tokensPerMinute == 0 ? 0 : (double) MINUTE_NANOS / tokensPerMinute;
        long now = clock.getAsLong();
        this.nextRequest = now;
        this.nextToken = now;
        this.pausedUntil = now;
    }

    public long requestsPerMinute() {
        return requestsPerMinute;
    }

    public long tokensPerMinute() {
        return tokensPerMinute;
    }

    /**
     * Waits for this call's turn.
     *
     * @param  tokens               the call's estimated tokens (counted when there is a token budget)
     * @param  maxWait              the longest the caller may wait
     * @return                      how long the caller slept for its turn, in nanoseconds (0 when its turn was now)
     * @throws WaitTooLong          when the turn is further away than {@code maxWait}; no turn was taken
     * @throws InterruptedException when the caller's thread is interrupted while it waits; its turn is given back
     */
    public long acquire(long tokens, Duration maxWait) throws WaitTooLong, InterruptedException {
        long begin = clock.getAsLong();
        long deadline = begin + Math.max(0, maxWait.toNanos());
        long cost = Math.max(0, tokens);
        boolean slept = false;
        while (true) {
            long start;
            long pausesSeen;
            synchronized (this) {
                start = reserve(cost, deadline);
                pausesSeen = pauses;
            }
            try {
                for (long left = start - clock.getAsLong(); left > 0; left = start - clock.getAsLong()) {
                    sleeper.sleep(left);
                    slept = true;
                }
            } catch (InterruptedException e) {
                release(cost);
                throw e;
            }
            synchronized (this) {
                if (pauses == pausesSeen || pausedUntil - start <= 0) {
                    return slept ? clock.getAsLong() - begin : 0;
                }
                // a pause came while this caller slept and it ends after the reserved turn: take a turn after it
                giveBack(cost);
            }
        }
    }

    /** The start of a new turn (taken), or {@link WaitTooLong} when it is after the deadline (nothing taken). */
    private long reserve(long tokens, long deadline) throws WaitTooLong {
        long now = clock.getAsLong();
        long start = later(now, pausedUntil);
        if (requestInterval > 0) {
            start = later(start, nextRequest);
        }
        if (tokenInterval > 0) {
            start = later(start, nextToken);
        }
        if (start - deadline > 0) {
            throw new WaitTooLong(start - now);
        }
        if (requestInterval > 0) {
            nextRequest = start + requestInterval;
        }
        if (tokenInterval > 0) {
            nextToken = start + tokenTime(tokens);
        }
        return start;
    }

    private synchronized void release(long tokens) {
        giveBack(tokens);
    }

    /** Gives back a turn that was not used: the budget is the sum of what was taken, so it is handed on. */
    private void giveBack(long tokens) {
        nextRequest -= requestInterval;
        nextToken -= tokenTime(tokens);
    }

    /**
     * The share of the minute these tokens take, at most {@link #MAX_PAUSE}: a count reported by a provider is
     * untrusted, and an absurd one must not stop the budget for longer than a provider's pause may.
     */
    private long tokenTime(long tokens) {
        double nanos = tokens * tokenInterval;
        long max = MAX_PAUSE.toNanos();
        return (long) Math.max(-max, Math.min(max, nanos));
    }

    /**
     * Settles a call's estimated tokens against those the provider reported: {@code difference} (reported minus
     * estimated) moves the next turn on, or back when the estimate was too high. A refused call used none of its
     * tokens: it gives back its whole estimate.
     */
    public synchronized void correctTokens(long difference) {
        if (tokenInterval > 0) {
            long now = clock.getAsLong();
            // never more than MAX_PAUSE ahead, never further back than now (no credit saved up for a burst)
            long next = nextToken + tokenTime(difference);
            long latest = now + MAX_PAUSE.toNanos();
            nextToken = later(now, next - latest > 0 ? latest : next);
        }
    }

    /**
     * A call the provider refused (429) gives its turn and its tokens back: the provider counted neither, so the
     * budget hands them on (its pause, if it asked for one, still holds everyone back).
     */
    public synchronized void refused(long tokens) {
        giveBack(Math.max(0, tokens));
    }

    /** No call starts before {@code wait} from now (at most {@link #MAX_PAUSE}); a shorter pause changes nothing. */
    public synchronized void pauseFor(Duration wait) {
        if (wait == null || wait.isNegative() || wait.isZero()) {
            return;
        }
        long until = clock.getAsLong() + Math.min(wait.toNanos(), MAX_PAUSE.toNanos());
        if (until - pausedUntil > 0) {
            pausedUntil = until;
            pauses++;
        }
    }

    /** How much longer the budget is paused (zero when it is not). */
    public synchronized Duration pausedFor() {
        long left = pausedUntil - clock.getAsLong();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "RateLimiter[requestsPerMinute=" + requestsPerMinute + ", tokensPerMinute=" + tokensPerMinute + "]";
    }

    /** How a caller sleeps (a test's clock moves on instead). */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /** A call's turn is further away than its caller may wait. */
    public static final class WaitTooLong extends Exception {
        private final transient Duration wait;

        WaitTooLong(long waitNanos) {
            super("the rate limit's next turn is " + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms away", null,
                    false, false);
            this.wait = Duration.ofNanos(waitNanos);
        }

        /** How long the call would have waited. */
        public Duration waitTime() {
            return wait;
        }
    }
}
