package io.newsdesk.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission for one kind of heavy work (answering, ingesting): at most {@code concurrency} run at
 * once, at most {@code queue} more wait (first come, first served) for up to {@code queueTimeout};
 * anything beyond is refused at once. So a burst costs a bounded number of waiting threads and
 * never unbounded memory, and a refused client hears so immediately instead of timing out.
 */
final class AdmissionGate {

    private final String name;
    private final int concurrency;
    private final int capacity;
    private final Duration queueTimeout;
    private final Semaphore slots;
    private final AtomicInteger admitted = new AtomicInteger();
    private final Clock clock;
    private final Set<Permit> held = ConcurrentHashMap.newKeySet();

    AdmissionGate(String name, int concurrency, int queue, Duration queueTimeout, Clock clock) {
        if (concurrency < 1 || queue < 0) {
            throw new IllegalArgumentException(name + ": concurrency must be at least 1 and queue at least 0");
        }
        this.name = name;
        this.concurrency = concurrency;
        this.capacity = concurrency + queue;
        this.queueTimeout = queueTimeout;
        this.slots = new Semaphore(concurrency, true);
        this.clock = clock;
    }

    /**
     * Runs now when a slot is free, otherwise waits in the queue; empty when the queue is full, the
     * wait reached the queue timeout or the thread was interrupted. Close the permit when done.
     */
    Optional<Permit> enter() {
        return admit(true);
    }

    /** Like {@link #enter()} but never waits: for threads that must not block. */
    Optional<Permit> tryEnter() {
        return admit(false);
    }

    /** The gate's name in messages ({@code answering}, {@code ingesting}). */
    String name() {
        return name;
    }

    /** Work running now. */
    int running() {
        return concurrency - slots.availablePermits();
    }

    /** Work admitted and still waiting for a slot. */
    int waiting() {
        return Math.max(0, admitted.get() - running());
    }

    /**
     * How long every slot has been taken without one coming free: the age of the youngest piece of
     * work running when all slots are taken, zero otherwise. Work that never gives its slot back
     * shows here as a duration that only grows.
     */
    Duration saturatedFor() {
        if (running() < concurrency) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        return held.stream()
                .map(permit -> Duration.between(permit.since, now))
                .min(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** How many may run at once. */
    int concurrency() {
        return concurrency;
    }

    /** How many may wait. */
    int queue() {
        return capacity - concurrency;
    }

    private Optional<Permit> admit(boolean wait) {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            return Optional.empty();
        }
        boolean acquired;
        try {
            acquired = wait ? slots.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS) : slots.tryAcquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            admitted.decrementAndGet();
            return Optional.empty();
        }
        Permit permit = new Permit(clock.instant());
        held.add(permit);
        return Optional.of(permit);
    }

    /** One admitted piece of work; closing it (once or more) frees its slot. */
    final class Permit implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);
        private final Instant since;

        private Permit(Instant since) {
            this.since = since;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                held.remove(this);
                slots.release();
                admitted.decrementAndGet();
            }
        }
    }
}
