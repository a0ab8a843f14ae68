package io.newsdesk.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * Slack's bookkeeping: which deliveries have been taken on (so each is answered exactly once, even
 * by several instances sharing the database) and the latest turn of each thread (for follow-ups).
 */
@ApplicationScoped
public class SlackRepository {

    private final TransactionRunner runner;

    SlackRepository(TransactionRunner runner) {
        this.runner = runner;
    }

    /**
     * Takes on a delivery: true for exactly one caller per id, false for every later one. The
     * primary key decides atomically, so two instances racing on one retry cannot both win.
     */
    public boolean claim(String deliveryId, Instant now) {
        return runner.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO slack_events (event_id,"
                    + " received_at) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING")) {
                insert.setString(1, deliveryId);
                insert.setTimestamp(2, Timestamp.from(now));
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Gives a delivery back (it could not be queued), so Slack's retry of it is answered. */
    public void release(String deliveryId) {
        runner.withConnection(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM slack_events WHERE event_id = ?")) {
                delete.setString(1, deliveryId);
                return delete.executeUpdate();
            }
        });
    }

    /** The latest turn of a thread, if the bot answered in it. */
    public Optional<SlackThreadTurn> lastTurn(String teamId, String channelId, String threadTs) {
        return runner.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT question, answer, evidence"
                    + " FROM slack_threads WHERE team_id = ? AND channel_id = ? AND thread_ts = ?")) {
                select.setString(1, teamId);
                select.setString(2, channelId);
                select.setString(3, threadTs);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new SlackThreadTurn(row.getString(1), row.getString(2), row.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Records a thread's latest turn, replacing the previous one. */
    public void saveTurn(String teamId, String channelId, String threadTs, SlackThreadTurn turn, Instant now) {
        runner.withConnection(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO slack_threads (team_id,"
                    + " channel_id, thread_ts, question, answer, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (team_id, channel_id, thread_ts) DO UPDATE SET question = EXCLUDED.question,"
                    + " answer = EXCLUDED.answer, evidence = EXCLUDED.evidence, updated_at = EXCLUDED.updated_at")) {
                upsert.setString(1, teamId);
                upsert.setString(2, channelId);
                upsert.setString(3, threadTs);
                upsert.setString(4, turn.question());
                upsert.setObject(5, turn.answer(), Types.VARCHAR);
                upsert.setObject(6, turn.evidence(), Types.VARCHAR);
                upsert.setTimestamp(7, Timestamp.from(now));
                return upsert.executeUpdate();
            }
        });
    }

    /** Deletes deliveries received and threads last used before the given instants; how many rows. */
    public int purge(Instant eventsBefore, Instant threadsBefore) {
        return runner.withConnection(connection -> {
            try (PreparedStatement events =
                            connection.prepareStatement("DELETE FROM slack_events WHERE received_at < ?");
                    PreparedStatement threads =
                            connection.prepareStatement("DELETE FROM slack_threads WHERE updated_at < ?")) {
                events.setTimestamp(1, Timestamp.from(eventsBefore));
                threads.setTimestamp(1, Timestamp.from(threadsBefore));
                return events.executeUpdate() + threads.executeUpdate();
            }
        });
    }
}
