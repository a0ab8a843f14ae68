package io.newsdesk.ingest;

/** The article text or batch is over the configured limit. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(String message) {
        super(message);
    }
}
