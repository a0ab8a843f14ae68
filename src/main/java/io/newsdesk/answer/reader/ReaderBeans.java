package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.util.ModelFile;
import io.newsdesk.util.ModelSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the plain-Java reader injectable: the extractor with its learned weights and kind matcher,
 * and the WordNet noun classes it types candidates with, built as the service starts.
 */
class ReaderBeans {

    /** Vectors of head nouns and candidate answers kept for the kind similarity. */
    private static final int KIND_VECTORS = 16_384;

    /**
     * Builds WordNet's noun classes in the background as the service starts (a few seconds of one
     * core), so that the first questions do not wait for them; a question asked before waits.
     */
    void warmNounClasses(@Observes StartupEvent event) {
        Thread loader = new Thread(
                () -> {
                    NounClasses nouns = NounClasses.shared();
                    Log.infof("WordNet noun classes: %d lemmas in %d ms", nouns.size(), nouns.loadMillis());
                },
                "newsdesk-wordnet-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The reader, with its learned score from {@code models/reader.json}, checked at start-up. */
    @Produces
    @Singleton
    @Startup
    AnswerExtractor answerExtractor(ModelSource models, SentenceEmbedder embedder) {
        ModelFile reader = models.load("reader", CandidateFeatures.NAMES, ModelFile.SCORE_FORMS);
        return new AnswerExtractor(
                new ExtractorWeights(reader.weights()), new EmbeddingKindMatcher(embedder, KIND_VECTORS));
    }
}
