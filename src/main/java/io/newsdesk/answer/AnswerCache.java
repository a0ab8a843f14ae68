package io.newsdesk.answer;

import io.newsdesk.store.ArchiveChanges;
import io.newsdesk.util.LruCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Recent answers by question (text, filters, citations, confidence floor), least recently used
 * first out. An answer is served from here only while the archive has not changed on this
 * instance since it was computed and for at most the configured time to live (which bounds how
 * stale an answer can be after another replica ingests). Size 0 turns the cache off.
 */
@ApplicationScoped
class AnswerCache {

    private record Entry(Answer answer, long version, long storedAt) {}

    private final ArchiveChanges changes;
    private final int size;
    private final long ttlNanos;
    private final LruCache<Question, Entry> entries;

    @Inject
    AnswerCache(ArchiveChanges changes, AnswerConfig config) {
        this(changes, config.cache().size(), config.cache().ttl());
    }

    AnswerCache(ArchiveChanges changes, int size, Duration ttl) {
        this.changes = changes;
        this.size = size;
        this.ttlNanos = ttl.toNanos();
        this.entries = new LruCache<>(size);
    }

    /**
     * The cached answer to the question, or the one {@code compute} gives (then cached, unless it
     * stood in for a model that did not answer: the next asker should get the model's answer).
     */
    Answer answer(Question question, Supplier<Answer> compute) {
        if (size <= 0) {
            return compute.get();
        }
        long version = changes.version();
        Entry entry = entries.get(question);
        if (entry != null && entry.version() == version && System.nanoTime() - entry.storedAt() < ttlNanos) {
            return entry.answer();
        }
        Answer answer = compute.get();
        if (!Answer.FALLBACK_MODE.equals(answer.mode())) {
            entries.put(question, new Entry(answer, version, System.nanoTime()));
        }
        return answer;
    }
}
