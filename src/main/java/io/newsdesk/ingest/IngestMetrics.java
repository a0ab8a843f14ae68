package io.newsdesk.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsdesk.store.SaveOutcome;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts what ingestion did: articles by outcome ({@code newsdesk_ingest_articles_total} with
 * {@code outcome} created, unchanged, replaced or rejected) and the sentences split and embedded
 * for new and replaced articles ({@code newsdesk_ingest_sentences_embedded_total}).
 */
@Startup
@Singleton
public class IngestMetrics {

    static final String ARTICLES = "newsdesk.ingest.articles";
    static final String SENTENCES = "newsdesk.ingest.sentences.embedded";

    private final Map<SaveOutcome.Status, Counter> stored = new EnumMap<>(SaveOutcome.Status.class);
    private final Counter rejected;
    private final Counter sentences;

    IngestMetrics(MeterRegistry registry) {
        for (SaveOutcome.Status status : SaveOutcome.Status.values()) {
            stored.put(status, articles(registry, status.name().toLowerCase(Locale.ROOT)));
        }
        rejected = articles(registry, "rejected");
        sentences = Counter.builder(SENTENCES)
                .description("Sentences split, embedded and stored")
                .register(registry);
    }

    /** Counts stored articles; only created and replaced ones had their sentences embedded. */
    public void stored(List<SaveOutcome> outcomes) {
        for (SaveOutcome outcome : outcomes) {
            stored.get(outcome.status()).increment();
            if (outcome.status() != SaveOutcome.Status.UNCHANGED) {
                sentences.increment(outcome.sentenceCount());
            }
        }
    }

    /** Counts articles refused as invalid (a refused batch counts each of its articles). */
    public void rejected(int articles) {
        rejected.increment(articles);
    }

    private static Counter articles(MeterRegistry registry, String outcome) {
        return Counter.builder(ARTICLES)
                .description("Articles sent for ingestion, by what became of them")
                .tag("outcome", outcome)
                .register(registry);
    }
}
