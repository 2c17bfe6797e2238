package io.camelai.simulator;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Writes a streamed response one event at a time: each event is its own Jetty write (one HTTP chunk, flushed), the
 * next starts only when the previous one reached the socket, and a delay before an event is a scheduled timer, not a
 * sleeping thread, so thousands of slow streams hold no thread between events. A queued abort closes the connection
 * after the events before it went out, without the final chunk: the client sees the stream break.
 */
final class EventWriter extends IteratingCallback {

    private enum Kind {
        DATA, END, ABORT
    }

    private record Item(Kind kind, ByteBuffer bytes, long delayMillis) {}

    private final Request request;
    private final Response response;
    private final Callback done;
    private final Scheduler scheduler;
    private final Executor executor;
    private final BooleanSupplier outlivedAReset;
    private final Queue<Item> queue = new ConcurrentLinkedQueue<>();
    /** Touched only inside process(), which IteratingCallback never runs concurrently. */
    private boolean headWaited;
    private boolean committed;
    private boolean finished;

    EventWriter(Request request, Response response, Callback done, Scheduler scheduler, Executor executor,
            BooleanSupplier outlivedAReset) {
        this.request = request;
        this.response = response;
        this.done = done;
        this.scheduler = scheduler;
        this.executor = executor;
        this.outlivedAReset = outlivedAReset;
    }

    /** Sends the status line and headers, after this delay, before any event (the client sees the stream open). */
    void commit(Duration delay) {
        add(new Item(Kind.DATA, BufferUtil.EMPTY_BUFFER, delay.toMillis()));
    }

    void data(byte[] bytes, Duration delayBefore) {
        add(new Item(Kind.DATA, ByteBuffer.wrap(bytes), delayBefore.toMillis()));
    }

    void end() {
        add(new Item(Kind.END, BufferUtil.EMPTY_BUFFER, 0));
    }

    void abort() {
        add(new Item(Kind.ABORT, BufferUtil.EMPTY_BUFFER, 0));
    }

    private void add(Item item) {
        queue.add(item);
        iterate();
    }

    @Override
    protected Action process() {
        if (finished) {
            return Action.SUCCEEDED;
        }
        Item item = queue.peek();
        if (item == null) {
            return Action.IDLE;
        }
        if (item.delayMillis() > 0 && !headWaited) {
            headWaited = true;
            // the timer thread only hands over: the write runs on the server's pool
            scheduler.schedule(() -> executor.execute(this::succeeded), item.delayMillis(), TimeUnit.MILLISECONDS);
            return Action.SCHEDULED;
        }
        queue.poll();
        boolean waited = headWaited;
        headWaited = false;
        if (!committed) {
            committed = true;
            if (waited && outlivedAReset.getAsBoolean()) {
                // a slow stream whose caller gave up before a reset: a 503 instead of the stream
                finished = true;
                queue.clear();
                SimExchange.answerReset(response, this);
                return Action.SCHEDULED;
            }
        }
        switch (item.kind()) {
            case DATA -> response.write(false, item.bytes(), this);
            case END -> {
                finished = true;
                response.write(true, item.bytes(), this);
            }
            default -> {
                closeConnection(request);
                throw new AiSimulator.AbortConnection("simulated disconnect");
            }
        }
        return Action.SCHEDULED;
    }

    @Override
    protected void onCompleteSuccess() {
        done.succeeded();
    }

    @Override
    protected void onCompleteFailure(Throwable cause) {
        done.failed(cause);
    }

    /** Closes the TCP connection under a request, whatever its response has sent so far. */
    static void closeConnection(Request request) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
