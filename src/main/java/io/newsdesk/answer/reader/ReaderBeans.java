package io.newsdesk.answer.reader;

import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.util.ModelFile;
import io.newsdesk.util.ModelSource;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java reader injectable: the extractor with its learned weights and kind matcher. */
class ReaderBeans {

    /** Vectors of head nouns and candidate answers kept for the kind similarity. */
    private static final int KIND_VECTORS = 16_384;

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
