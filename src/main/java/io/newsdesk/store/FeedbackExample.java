package io.newsdesk.store;

import java.time.LocalDate;

/**
 * An answer readers marked helpful, as an evaluation question: what was searched, the short answer,
 * and the first cited article with its sentence.
 *
 * @param articleId the cited article's external id when it has one, else its newsdesk id
 */
public record FeedbackExample(
        long id, String question, String answer, String articleId, String evidence, LocalDate asOf) {}
