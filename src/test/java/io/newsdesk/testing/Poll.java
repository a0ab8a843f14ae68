package io.newsdesk.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for something that happens asynchronously, up to a deadline (instead of sleeping a fixed time). */
public final class Poll {

    private static final long INTERVAL_NANOS = Duration.ofMillis(20).toNanos();

    private Poll() {}

    /** Returns as soon as {@code condition} holds; fails with {@code what} at the deadline. */
    public static void until(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + deadline + " waiting for " + what);
            }
            LockSupport.parkNanos(INTERVAL_NANOS);
        }
    }
}
