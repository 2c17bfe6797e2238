package io.camelai.support.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The budget on a clock the test moves: callers' turns, pauses, token costs and the longest wait. */
class RateLimiterTest {

    private static final Duration LONG = Duration.ofMinutes(10);

    /** A clock that moves only when a caller sleeps, recording each sleep; an action may run during a sleep. */
    private static final class TestClock implements RateLimiter.Sleeper {
        long now = 1_000_000_000L;
        final List<Long> sleeps = new ArrayList<>();
        Runnable duringNextSleep;

        @Override
        public void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
            Runnable r = duringNextSleep;
            duringNextSleep = null;
            if (r != null) {
                r.run();
            }
        }

        RateLimiter limiter(long rpm, long tpm) {
            return new RateLimiter(rpm, tpm, () -> now, this);
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Test
    void callsAreSpreadEvenlyOverTheMinuteWithoutBurst() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(600, 0);

        assertEquals(0, limiter.acquire(0, LONG), "the first call starts at once");
        assertEquals(100, ms(limiter.acquire(0, LONG)), "600 a minute: the next one 100 ms later");
        assertEquals(100, ms(limiter.acquire(0, LONG)));
        clock.now += TimeUnit.SECONDS.toNanos(5); // idle: no credit is saved up for a burst
        assertEquals(0, limiter.acquire(0, LONG));
        assertEquals(100, ms(limiter.acquire(0, LONG)));
    }

    @Test
    void concurrentCallersEachWaitOnlyForTheirOwnTurn() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(60, 0);
        // three callers reserve before any of them sleeps: turns at 0, 1 s and 2 s from now, not one after another's
        // sleep; a caller that has its turn does not hold the others back
        long start = clock.now;
        limiter.acquire(0, LONG);
        clock.now = start; // the second and third come at the same instant
        assertEquals(1000, ms(limiter.acquire(0, LONG)));
        clock.now = start;
        assertEquals(2000, ms(limiter.acquire(0, LONG)));
    }

    @Test
    void tokensArePaidAfterTheCallAndSettledAgainstTheReportedUsage() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(0, 60_000); // 1,000 tokens a second

        assertEquals(0, limiter.acquire(2000, LONG), "a call starts when its turn comes, whatever its size");
        assertEquals(2000, ms(limiter.acquire(500, LONG)), "the next waits for the first one's 2,000 tokens");
        limiter.correctTokens(-400); // the second used 100 tokens, not 500
        assertEquals(100, ms(limiter.acquire(0, LONG)));
    }

    @Test
    void bothLimitsApplyAndTheLaterTurnWins() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(60, 600_000); // a call a second, 10,000 tokens a second

        limiter.acquire(50_000, LONG);
        assertEquals(5000, ms(limiter.acquire(10, LONG)), "the tokens of the first call: 5 s");
        assertEquals(1000, ms(limiter.acquire(10, LONG)), "the request limit: 1 s");
    }

    @Test
    void aRefusedCallGivesItsTurnAndTokensBack() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(60, 60_000);
        limiter.acquire(0, LONG);
        assertEquals(1000, ms(limiter.acquire(500, LONG)));

        limiter.refused(500); // the provider counted neither the call nor its tokens

        assertEquals(0, limiter.acquire(0, LONG), "its turn is handed on");
    }

    @Test
    void aPauseHoldsBackEveryCallUntilItEnds() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(600, 0);
        limiter.acquire(0, LONG);

        limiter.pauseFor(Duration.ofSeconds(2));
        assertEquals(2000, ms(limiter.acquire(0, LONG)));
        assertEquals(100, ms(limiter.acquire(0, LONG)), "then the even pace again");
        limiter.pauseFor(Duration.ofMillis(50)); // shorter than the next turn anyway
        assertEquals(100, ms(limiter.acquire(0, LONG)));
    }

    @Test
    void aCallerWhoseTurnCameBeforeAPauseEndsTakesANewTurnAfterIt() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(60, 0);
        limiter.acquire(0, LONG);
        // the caller's turn is in 1 s; while it sleeps, another call gets a 429 asking for 3 s
        clock.duringNextSleep = () -> limiter.pauseFor(Duration.ofSeconds(3));

        long waited = limiter.acquire(0, LONG);

        assertEquals(4000, ms(waited), "1 s asleep, then the 3 s pause from then");
        assertEquals(List.of(1000L, 3000L), clock.sleeps.stream().map(RateLimiterTest::ms).toList());
    }

    @Test
    void aTurnFurtherAwayThanTheCallMayWaitIsRefusedAndNotTaken() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(60, 0);
        limiter.acquire(0, LONG);

        RateLimiter.WaitTooLong refused = assertThrows(RateLimiter.WaitTooLong.class,
                () -> limiter.acquire(0, Duration.ofMillis(500)));
        assertEquals(Duration.ofSeconds(1), refused.waitTime());
        assertEquals(1000, ms(limiter.acquire(0, LONG)), "the refused call took no turn");
    }

    @Test
    void aProvidersPauseIsTrustedUpToFiveMinutes() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(600, 0);

        limiter.pauseFor(Duration.ofDays(30));

        assertEquals(RateLimiter.MAX_PAUSE.toMillis(), ms(limiter.acquire(0, LONG)));
    }

    @Test
    void anAbsurdReportedTokenCountHoldsTheBudgetBackNoLongerThanAPause() throws Exception {
        TestClock clock = new TestClock();
        RateLimiter limiter = clock.limiter(0, 1);
        limiter.acquire(0, LONG);

        limiter.correctTokens(1_000_000_000_000L);

        assertEquals(RateLimiter.MAX_PAUSE.toMillis(), ms(limiter.acquire(0, LONG)));
    }

    @Test
    void anInterruptedCallerGivesItsTurnBack() throws Exception {
        TestClock clock = new TestClock();
        boolean[] interrupt = {true};
        RateLimiter limiter = new RateLimiter(60, 0, () -> clock.now, nanos -> {
            if (interrupt[0]) {
                interrupt[0] = false;
                throw new InterruptedException();
            }
            clock.sleep(nanos);
        });
        limiter.acquire(0, LONG);

        assertThrows(InterruptedException.class, () -> limiter.acquire(0, LONG));
        assertEquals(1000, ms(limiter.acquire(0, LONG)), "the interrupted caller's turn went to the next one");
    }

    @Test
    void noLimitAtAllIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 0));
        assertTrue(e.getMessage().contains("requestsPerMinute"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(-1, 10));
    }
}
