package io.newsdesk.ingest;

import java.util.List;

/** Some lines of a batch are not valid articles; nothing of the batch was stored. */
public class BatchLineException extends RuntimeException {

    /** One bad line: its 1-based number in the request and what is wrong with it. */
    public record LineError(int line, String message) {}

    private final List<LineError> errors;

    public BatchLineException(List<LineError> errors) {
        super(errors.size() + " line(s) of the batch are invalid; nothing was stored");
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
