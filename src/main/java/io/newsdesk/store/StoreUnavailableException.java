package io.newsdesk.store;

/**
 * The database cannot be reached or cannot take the work right now (connection refused or lost,
 * no pooled connection within the acquisition timeout, shutting down, too many connections, a
 * transient conflict): callers answer 503 with Retry-After rather than guess.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
