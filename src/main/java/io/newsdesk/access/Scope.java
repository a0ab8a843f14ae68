package io.newsdesk.access;

import java.util.Locale;
import java.util.Optional;

/** What a key may do. {@link #ADMIN} may do everything. */
public enum Scope {
    /** Ask questions and hold conversations. */
    ASK,
    /** Add, replace and delete articles. */
    INGEST,
    /** Everything, including reading the article list and details with a key. */
    ADMIN;

    /** The scope's name in configuration ({@code ask}, {@code ingest}, {@code admin}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Scope> parse(String label) {
        for (Scope scope : values()) {
            if (scope.label().equals(label)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
