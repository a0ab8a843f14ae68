package io.newsdesk.store;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The primary's WAL positions as the standby checks read them, each with when it was read: a standby
 * that has replayed up to a position holds everything the primary had at that moment, so its lag is at
 * most the time since. Positions older than the retention are dropped (the last two are always kept).
 */
final class PrimaryPositions {

    private record Position(long at, long lsn) {}

    private final ArrayDeque<Position> positions = new ArrayDeque<>();
    private final long retentionNanos;

    PrimaryPositions(long retentionNanos) {
        this.retentionNanos = retentionNanos;
    }

    /** The primary's position {@code lsn} as read at {@code at} ({@link System#nanoTime()}). */
    synchronized void add(long at, long lsn) {
        positions.addLast(new Position(at, lsn));
        while (positions.size() > 2 && at - positions.peekFirst().at() > retentionNanos) {
            positions.removeFirst();
        }
    }

    /**
     * How many seconds behind the primary a standby that has replayed up to {@code replayed} may be at
     * {@code now}: 0 when it has the primary's latest position; otherwise the time since the newest
     * position it has reached, or since its last replayed commit ({@code sinceReplayedCommit}, NaN
     * when unknown) if that is less, both being upper bounds; when it has reached no position kept, at
     * least the age of the oldest.
     */
    synchronized double lagSeconds(long replayed, double sinceReplayedCommit, long now) {
        if (positions.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        if (replayed >= positions.peekLast().lsn()) {
            return 0;
        }
        double sinceCommit = Double.isNaN(sinceReplayedCommit) ? Double.POSITIVE_INFINITY : sinceReplayedCommit;
        for (Iterator<Position> newestFirst = positions.descendingIterator(); newestFirst.hasNext(); ) {
            Position position = newestFirst.next();
            if (position.lsn() <= replayed) {
                return Math.max(0, Math.min(seconds(now - position.at()), sinceCommit));
            }
        }
        double behindOldest = seconds(now - positions.peekFirst().at());
        return Double.isInfinite(sinceCommit) ? behindOldest : Math.max(behindOldest, sinceCommit);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
