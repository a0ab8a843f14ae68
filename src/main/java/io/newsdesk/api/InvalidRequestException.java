package io.newsdesk.api;

/** The request body cannot be read (not UTF-8, not JSON, unknown field, wrong type). */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
