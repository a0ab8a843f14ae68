package io.newsdesk.answer;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java reader classes (question analysis, extraction, date resolution) injectable. */
class ReaderBeans {

    @Produces
    @Singleton
    QuestionAnalyzer questionAnalyzer() {
        return new QuestionAnalyzer();
    }

    @Produces
    @Singleton
    AnswerExtractor answerExtractor(AnswerConfig config) {
        return new AnswerExtractor(new ExtractorWeights(config.reader().weights()));
    }

    @Produces
    @Singleton
    RelativeDateResolver relativeDateResolver() {
        return new RelativeDateResolver();
    }
}
