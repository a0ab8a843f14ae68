package io.newsdesk.slack;

import io.newsdesk.store.SlackRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which request answers a Slack delivery: the first to record its id in the shared
 * database, on any instance. Retries ({@code X-Slack-Retry-Num}) and repeats find the id taken and
 * are acknowledged without a second answer. Ids are kept for {@code newsdesk.slack.event-retention}.
 */
@ApplicationScoped
class Deliveries {

    private final SlackRepository repository;
    private final AnswerQueue queue;
    private final SlackConfig config;
    private final Clock clock;

    Deliveries(SlackRepository repository, AnswerQueue queue, SlackConfig config, Clock clock) {
        this.repository = repository;
        this.queue = queue;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Queues {@code job} if this is the first time {@code deliveryId} is seen; false for a repeat.
     * When the queue is full the id is given back and the request refused with 503, so Slack's
     * retry gets the answer.
     */
    boolean takeOn(String deliveryId, Runnable job) {
        return takeOn(deliveryId, List.of(deliveryId), job);
    }

    /**
     * As above, claiming every key: the delivery id and, for a message, the message itself, so one
     * message reaching the bot as two different events is still answered once.
     */
    boolean takeOn(String deliveryId, List<String> keys, Runnable job) {
        Instant now = clock.instant();
        List<String> claimed = new ArrayList<>();
        for (String key : keys) {
            if (!repository.claim(key, now)) {
                Log.debugf("Slack delivery %s already taken on (%s); not answered again", deliveryId, key);
                return false;
            }
            claimed.add(key);
        }
        if (!queue.submit(deliveryId, job)) {
            claimed.forEach(repository::release);
            throw SlackRequestRejectedException.busy();
        }
        return true;
    }

    /** Deletes delivery ids and posted answers past their retention. */
    @Scheduled(
            every = "${newsdesk.slack.purge-interval:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant now = clock.instant();
        int purged = repository.purge(now.minus(config.eventRetention()), now.minus(config.answerRetention()));
        if (purged > 0) {
            Log.debugf("Purged %d old Slack deliveries and answers", purged);
        }
    }
}
