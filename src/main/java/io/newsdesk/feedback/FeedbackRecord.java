package io.newsdesk.feedback;

/**
 * A verdict as stored.
 *
 * @param replaced whether it replaced an earlier verdict on the same answer
 */
public record FeedbackRecord(long id, FeedbackSubject subject, Rating rating, String comment, boolean replaced) {}
