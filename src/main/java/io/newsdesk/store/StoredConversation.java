package io.newsdesk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A conversation's row: when it started and when it was last used. */
public record StoredConversation(UUID id, Instant createdAt, Instant lastActiveAt) {

    public StoredConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActiveAt, "lastActiveAt");
    }
}
