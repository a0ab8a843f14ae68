package io.newsdesk.answer;

/** The question cannot be answered as asked (empty, too long, bad filter); the message says why. */
public class InvalidQuestionException extends RuntimeException {

    private final String field;

    public InvalidQuestionException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field. */
    public String field() {
        return field;
    }
}
