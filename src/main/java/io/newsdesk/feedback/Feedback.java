package io.newsdesk.feedback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsdesk.store.FeedbackExample;
import io.newsdesk.store.FeedbackRepository;
import io.newsdesk.store.NewFeedback;
import io.newsdesk.store.StoredFeedback;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Readers' verdicts on answers, whichever client showed them: stored with a copy of the answer
 * (one verdict per answer, the latest wins), counted in {@code newsdesk_feedback_total} by channel
 * and rating, and read back as evaluation questions.
 */
@ApplicationScoped
public class Feedback {

    /** The longest comment kept, in characters. */
    public static final int MAX_COMMENT_LENGTH = 1000;

    static final String METRIC = "newsdesk.feedback";

    private final FeedbackRepository repository;
    private final Clock clock;
    private final Map<FeedbackSubject.Channel, Map<Rating, Counter>> counters =
            new EnumMap<>(FeedbackSubject.Channel.class);

    Feedback(FeedbackRepository repository, Clock clock, MeterRegistry registry) {
        this.repository = repository;
        this.clock = clock;
        for (FeedbackSubject.Channel channel : FeedbackSubject.Channel.values()) {
            Map<Rating, Counter> byRating = new EnumMap<>(Rating.class);
            for (Rating rating : Rating.values()) {
                byRating.put(
                        rating,
                        Counter.builder(METRIC)
                                .description("Readers' verdicts on answers, by where the answer was shown")
                                .tag("channel", channel.name())
                                .tag("rating", rating.name())
                                .register(registry));
            }
            counters.put(channel, byRating);
        }
    }

    /**
     * Stores {@code rating} of the answer (replacing an earlier verdict on it); a blank comment is
     * none, a longer one than {@link #MAX_COMMENT_LENGTH} is refused.
     */
    public FeedbackRecord record(FeedbackSubject subject, Rating rating, String comment) {
        String kept = comment == null || comment.isBlank() ? null : comment.strip();
        if (kept != null && kept.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("comment is longer than " + MAX_COMMENT_LENGTH + " characters");
        }
        StoredFeedback stored = repository.save(
                new NewFeedback(
                        subject.channel().name(),
                        subject.key(),
                        rating.name(),
                        kept,
                        subject.question(),
                        subject.searchedQuestion(),
                        subject.answerJson(),
                        subject.mode(),
                        subject.asOf()),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        counters.get(subject.channel()).get(rating).increment();
        return new FeedbackRecord(stored.id(), subject, rating, kept, !stored.created());
    }

    /** The answers readers marked helpful, as evaluation questions, oldest first. */
    public List<FeedbackExample> helpfulExamples() {
        return repository.helpfulExamples();
    }
}
