package io.newsdesk.slack;

import io.newsdesk.telemetry.RequestIds;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where Slack questions wait to be answered after the request is acknowledged: a bounded pool of
 * its own, off the event loop and apart from the HTTP workers, so slow answers never hold Slack's
 * 3-second acknowledgement.
 */
@ApplicationScoped
class AnswerQueue {

    private final ThreadPoolExecutor executor;
    private final AtomicInteger pending = new AtomicInteger();

    AnswerQueue(SlackConfig config) {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "slack-answer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = new ThreadPoolExecutor(
                config.answerThreads(),
                config.answerThreads(),
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.answerQueue()),
                factory,
                new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    /** Queues an answer; false when the queue is full. Its log lines carry the request id of the delivery. */
    boolean submit(String deliveryId, Runnable job) {
        pending.incrementAndGet();
        String requestId = RequestIds.current();
        try {
            executor.execute(() -> {
                RequestIds.bind(requestId);
                try {
                    job.run();
                } catch (RuntimeException e) {
                    Log.errorf(e, "Slack answer for %s failed", deliveryId);
                } finally {
                    RequestIds.bind(null);
                    pending.decrementAndGet();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            Log.warnf("Slack answer queue full; %s refused", deliveryId);
            return false;
        }
    }

    /** Answers queued or running (tests wait for zero). */
    int pending() {
        return pending.get();
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
