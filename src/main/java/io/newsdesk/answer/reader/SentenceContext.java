package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.TaggedSentence;

/** One tagged evidence sentence with its position in the evidence list and normalised retrieval score. */
record SentenceContext(
        TaggedSentence tagged, int rank, double normalisedRetrieval, double retrievalGap, String articleId) {}
