package io.newsdesk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;

/**
 * Captures the log records of one logger category at DEBUG while open, each formatted with a given
 * pattern (the service's console format) on the thread that logged it, so the MDC seen is the
 * logging thread's.
 */
public final class LogCapture implements AutoCloseable {

    /** One captured record: its logger, thread, the MDC request id and the formatted line. */
    public record Line(String logger, String thread, String requestId, String formatted) {}

    private final Logger logger;
    private final Level previous;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler;

    private LogCapture(String category, String pattern) {
        this.logger = Logger.getLogger(category);
        this.previous = logger.getLevel();
        PatternFormatter formatter = new PatternFormatter(pattern);
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String requestId = record instanceof ExtLogRecord ext ? ext.getMdc("request_id") : null;
                lines.add(new Line(
                        record.getLoggerName(), Thread.currentThread().getName(), requestId, formatter.format(record)));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setLevel(Level.ALL);
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
    }

    /** Starts capturing {@code category} (and its children) at DEBUG. */
    public static LogCapture of(String category, String pattern) {
        return new LogCapture(category, pattern);
    }

    /** What has been captured so far. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }
}
