package io.newsdesk.retrieval;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Times retrieval where the answer service calls the retriever ({@code newsdesk_retrieval_seconds}):
 * the question's embedding, the vector and full-text searches, fusion and re-ranking. A CDI
 * decorator, so the retriever itself is unchanged.
 */
@Decorator
@Priority(10)
class TimedSentenceRetriever implements SentenceRetriever {

    static final String NAME = "newsdesk.retrieval";

    private final SentenceRetriever delegate;
    private final Timer timer;

    @Inject
    TimedSentenceRetriever(@Delegate SentenceRetriever delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.timer = Timer.builder(NAME)
                .description("Time to retrieve and rank the sentences for a question")
                .register(registry);
    }

    @Override
    public Retrieval retrieve(RetrievalQuery query) {
        return timer.record(() -> delegate.retrieve(query));
    }

    @Override
    public List<RankedSentence> candidates(RetrievalQuery query) {
        return delegate.candidates(query);
    }

    @Override
    public List<String> featureNames() {
        return delegate.featureNames();
    }
}
