package io.newsdesk.store;

/** The database could not be reached or failed; callers answer 503 rather than guess. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
