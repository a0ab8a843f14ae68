package io.newsdesk.store;

import java.time.Instant;

/**
 * A verdict as stored.
 *
 * @param created whether this verdict was the answer's first (false: it replaced an earlier one)
 */
public record StoredFeedback(long id, NewFeedback feedback, Instant updatedAt, boolean created) {}
