package io.newsdesk.answer;

import io.newsdesk.answer.citation.CitationBuilder;
import io.newsdesk.answer.citation.RelativeDateResolver;
import io.newsdesk.answer.question.QuestionAnalyzer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the plain-Java stages injectable: question analysis, and citation building with its date
 * resolution and configured support weight (so the citation stage does not read {@link AnswerConfig}).
 */
class AnswerBeans {

    @Produces
    @Singleton
    QuestionAnalyzer questionAnalyzer() {
        return new QuestionAnalyzer();
    }

    @Produces
    @Singleton
    RelativeDateResolver relativeDateResolver() {
        return new RelativeDateResolver();
    }

    @Produces
    @Singleton
    CitationBuilder citationBuilder(RelativeDateResolver dates, AnswerConfig config) {
        return new CitationBuilder(dates, config.citationSupportWeight());
    }
}
