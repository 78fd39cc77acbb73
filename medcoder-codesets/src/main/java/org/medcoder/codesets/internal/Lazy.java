package org.medcoder.codesets.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on the first {@link #get()}, by the supplier given at construction; thread-safe. Start-up
 * uses it to describe a release from its snapshot header and read the release itself only when it is first used.
 *
 * @param <T> the value
 */
public final class Lazy<T> implements Supplier<T> {

    private volatile Supplier<? extends T> pending;
    private volatile T value;

    /** A value that {@code loader} computes when first asked for; the loader is dropped afterwards. */
    public Lazy(Supplier<? extends T> loader) {
        this.pending = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(pending.get(), "lazy value");
                    pending = null;
                }
                v = value;
            }
        }
        return v;
    }

    /** Whether the value has been computed (for tests and start-up figures). */
    public boolean isLoaded() {
        return value != null;
    }
}
