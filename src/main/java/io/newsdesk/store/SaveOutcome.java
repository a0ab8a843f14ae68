package io.newsdesk.store;

import java.util.Objects;
import java.util.UUID;

/** What storing an article did: created it, found identical content, or replaced it by external id. */
public record SaveOutcome(UUID id, Status status, int sentenceCount) {

    /** How the archive changed. */
    public enum Status {
        CREATED,
        UNCHANGED,
        REPLACED
    }

    public SaveOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
