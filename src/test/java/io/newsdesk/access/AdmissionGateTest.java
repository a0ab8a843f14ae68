package io.newsdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.Poll;
import io.newsdesk.testing.TestClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final TestClock clock = new TestClock();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void should_let_a_waiting_request_in_as_soon_as_a_running_one_leaves() throws Exception {
        // given: both slots taken, a third request waiting
        AdmissionGate gate = new AdmissionGate("answering", 2, 1, LONG, clock);
        AdmissionGate.Permit first = gate.enter().orElseThrow();
        gate.enter().orElseThrow();
        Future<Optional<AdmissionGate.Permit>> third = threads.submit(gate::enter);
        Poll.until("the third request to wait", DEADLINE, () -> gate.waiting() == 1);
        assertThat(third).isNotDone();

        // when
        first.close();

        // then
        assertThat(third.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isPresent();
        assertThat(gate.running()).isEqualTo(2);
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void should_refuse_at_once_when_every_slot_and_the_whole_queue_are_taken() throws Exception {
        // given: one running, one waiting (the queue holds one)
        AdmissionGate gate = new AdmissionGate("answering", 1, 1, LONG, clock);
        AdmissionGate.Permit running = gate.enter().orElseThrow();
        Future<Optional<AdmissionGate.Permit>> waiting = threads.submit(gate::enter);
        Poll.until("the second request to wait", DEADLINE, () -> gate.waiting() == 1);

        // when
        long start = System.nanoTime();
        Optional<AdmissionGate.Permit> refused = gate.enter();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then: refused without waiting for the 30 s queue timeout, and the queued one still gets in
        assertThat(refused).isEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        running.close();
        assertThat(waiting.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isPresent();
    }

    @Test
    void should_give_up_after_the_queue_timeout() {
        // given
        AdmissionGate gate = new AdmissionGate("ingesting", 1, 4, Duration.ofMillis(100), clock);
        gate.enter().orElseThrow();

        // when
        long start = System.nanoTime();
        Optional<AdmissionGate.Permit> timedOut = gate.enter();

        // then
        assertThat(timedOut).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void should_never_wait_in_try_enter() {
        // given
        AdmissionGate gate = new AdmissionGate("answering", 1, 10, LONG, clock);
        gate.enter().orElseThrow();

        // when / then
        assertThat(gate.tryEnter()).isEmpty();
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void should_free_one_slot_when_a_permit_is_closed_twice() {
        // given
        AdmissionGate gate = new AdmissionGate("answering", 1, 0, LONG, clock);
        AdmissionGate.Permit permit = gate.enter().orElseThrow();

        // when
        permit.close();
        permit.close();

        // then: still only one may run
        AdmissionGate.Permit again = gate.enter().orElseThrow();
        assertThat(gate.tryEnter()).isEmpty();
        assertThat(gate.enter()).isEmpty();
        again.close();
        assertThat(gate.running()).isZero();
    }

    @Test
    void should_never_run_more_than_the_concurrency_under_a_burst() throws Exception {
        // given: 8 slots, a queue of 64, 32 clients each asking 20 times
        AdmissionGate gate = new AdmissionGate("answering", 8, 64, LONG, clock);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<?>[] clients = new CompletableFuture<?>[32];

        // when
        for (int c = 0; c < clients.length; c++) {
            clients[c] = CompletableFuture.runAsync(
                    () -> {
                        awaitQuietly(start);
                        for (int i = 0; i < 20; i++) {
                            Optional<AdmissionGate.Permit> permit = gate.enter();
                            if (permit.isEmpty()) {
                                refused.incrementAndGet();
                                continue;
                            }
                            try (AdmissionGate.Permit held = permit.get()) {
                                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                Thread.onSpinWait();
                                inside.decrementAndGet();
                            }
                        }
                    },
                    threads);
        }
        start.countDown();
        CompletableFuture.allOf(clients).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

        // then: 32 concurrent clients fit in running + queue, so nobody was refused
        assertThat(most.get()).isBetween(1, 8);
        assertThat(refused.get()).isZero();
        assertThat(gate.running()).isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void should_tell_how_long_every_slot_has_been_taken_without_one_coming_free() {
        // given
        AdmissionGate gate = new AdmissionGate("answering", 2, 0, LONG, clock);
        AdmissionGate.Permit first = gate.enter().orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        assertThat(gate.saturatedFor()).as("one slot still free").isZero();

        // when
        AdmissionGate.Permit second = gate.enter().orElseThrow();
        clock.advance(Duration.ofMinutes(1));

        // then: measured from the youngest work, and back to zero when a slot comes free
        assertThat(gate.saturatedFor()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));
        second.close();
        assertThat(gate.saturatedFor()).isZero();
        first.close();
    }
}
