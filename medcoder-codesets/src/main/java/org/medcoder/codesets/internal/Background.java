package org.medcoder.codesets.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A task started on a daemon thread of its own, whose result the starting thread takes when it needs it; lets a cold
 * import parse independent source files on both cores instead of one after the other.
 *
 * <p>{@link #result()} runs the task on the calling thread when its thread has not begun it yet (so asking early
 * never waits for a thread to be scheduled), else waits for it; what the task threw is thrown there, unchanged when
 * unchecked.
 *
 * @param <T> the result
 */
public final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** {@code work} started on a new daemon thread named {@code threadName}. */
    public static <T> Background<T> start(String threadName, Callable<T> work) {
        Background<T> b = new Background<>(work);
        Thread t = new Thread(b.task, threadName);
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** The task's result: computed here when its thread has not begun it, else waited for. */
    public T result() {
        task.run(); // does nothing when the task's thread has begun or finished it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a background import", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
