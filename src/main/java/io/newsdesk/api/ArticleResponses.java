package io.newsdesk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newsdesk.store.ArticleDetail;
import io.newsdesk.store.ArticleSummary;
import io.newsdesk.store.SaveOutcome;
import io.newsdesk.store.StoredSentence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Response bodies of the articles API. */
final class ArticleResponses {

    private ArticleResponses() {}

    /** What storing one article did. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stored(Integer line, UUID id, String status, int sentenceCount, String location) {

        static Stored of(Integer line, SaveOutcome outcome) {
            return new Stored(
                    line,
                    outcome.id(),
                    outcome.status().name().toLowerCase(Locale.ROOT),
                    outcome.sentenceCount(),
                    ArticleResource.location(outcome.id()).toString());
        }
    }

    /** What storing a batch did, article by article. */
    record BatchStored(int created, int unchanged, int replaced, List<Stored> articles) {}

    /** An article as listed. */
    record Summary(
            UUID id,
            String externalId,
            String title,
            String url,
            String source,
            String author,
            String section,
            LocalDate publishedAt,
            String language,
            Instant ingestedAt,
            int sentenceCount) {

        static Summary of(ArticleSummary article) {
            return new Summary(
                    article.id(),
                    article.externalId(),
                    article.title(),
                    article.url(),
                    article.source(),
                    article.author(),
                    article.section(),
                    article.publishedAt(),
                    article.language(),
                    article.ingestedAt(),
                    article.sentenceCount());
        }
    }

    /** One page of the article list; {@code nextOffset} is null on the last page. */
    record Page(List<Summary> items, int limit, int offset, Integer nextOffset) {}

    /** A sentence with its offsets into the article text. */
    record Sentence(int index, int charStart, int charEnd, String text) {

        static Sentence of(StoredSentence sentence) {
            return new Sentence(sentence.ordinal(), sentence.charStart(), sentence.charEnd(), sentence.text());
        }
    }

    /** One article with its text, metadata and sentences. */
    record Detail(
            @JsonUnwrapped Summary article,
            com.fasterxml.jackson.databind.JsonNode metadata,
            String text,
            List<Sentence> sentences) {

        static Detail of(ArticleDetail detail, com.fasterxml.jackson.databind.JsonNode metadata) {
            return new Detail(
                    Summary.of(detail.summary()),
                    metadata,
                    detail.text(),
                    detail.sentences().stream().map(Sentence::of).toList());
        }
    }
}
