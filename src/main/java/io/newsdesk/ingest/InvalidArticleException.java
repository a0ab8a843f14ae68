package io.newsdesk.ingest;

/** The article cannot be stored as sent; the message says what to change. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field, or null when the problem is the whole body. */
    public String field() {
        return field;
    }
}
