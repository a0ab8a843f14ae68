package io.newsdesk.answer;

import io.newsdesk.embedding.SentenceEmbedder;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java reader classes (question analysis, extraction, date resolution) injectable. */
class ReaderBeans {

    /** Vectors of head nouns and candidate answers kept for the kind similarity. */
    private static final int KIND_VECTORS = 16_384;

    @Produces
    @Singleton
    QuestionAnalyzer questionAnalyzer() {
        return new QuestionAnalyzer();
    }

    @Produces
    @Singleton
    AnswerExtractor answerExtractor(AnswerConfig config, SentenceEmbedder embedder) {
        return new AnswerExtractor(new ExtractorWeights(config.reader().weights()),
                new EmbeddingKindMatcher(embedder, KIND_VECTORS));
    }

    @Produces
    @Singleton
    RelativeDateResolver relativeDateResolver() {
        return new RelativeDateResolver();
    }
}
