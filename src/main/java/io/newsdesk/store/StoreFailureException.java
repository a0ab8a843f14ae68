package io.newsdesk.store;

/**
 * The database answered but refused the work (a constraint, a type, a bug): not an outage, so
 * callers must not answer "try again later". The SQLException with its SQLSTATE is the cause.
 */
public class StoreFailureException extends RuntimeException {

    public StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
