package io.newsdesk.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Slack's bookkeeping: which deliveries have been taken on (so each is answered exactly once, even
 * by several instances sharing the database) and the answers it posted (for their buttons, and as the turns of
 * their conversation for follow-ups).
 */
@ApplicationScoped
public class SlackRepository {

    private static final String SELECT_ANSWER = "SELECT id, team_id, channel_id, conversation, question,"
            + " searched_question, answer::text, mode, as_of, created_at FROM slack_answers";

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

    /** Stores an answer the bot posted. */
    public void saveAnswer(StoredSlackAnswer answer) {
        runner.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO slack_answers (id, team_id,"
                    + " channel_id, conversation, question, searched_question, answer, mode, as_of, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)")) {
                insert.setObject(1, answer.id());
                insert.setString(2, answer.teamId());
                insert.setString(3, answer.channelId());
                insert.setObject(4, answer.conversation(), Types.VARCHAR);
                insert.setString(5, answer.question());
                insert.setString(6, answer.searchedQuestion());
                insert.setString(7, answer.answerJson());
                insert.setString(8, answer.mode());
                insert.setObject(9, answer.asOf());
                insert.setTimestamp(10, Timestamp.from(answer.createdAt()));
                return insert.executeUpdate();
            }
        });
    }

    /** A stored answer, if it exists and has not been purged. */
    public Optional<StoredSlackAnswer> findAnswer(UUID id) {
        return runner.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_ANSWER + " WHERE id = ?")) {
                select.setObject(1, id);
                List<StoredSlackAnswer> found = answers(select);
                return found.stream().findFirst();
            }
        });
    }

    /** The latest {@code limit} answers of a conversation given at or after {@code since}, newest first. */
    public List<StoredSlackAnswer> conversation(
            String teamId, String channelId, String conversation, Instant since, int limit) {
        return runner.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_ANSWER + " WHERE team_id = ? AND"
                    + " channel_id = ? AND conversation = ? AND created_at >= ? ORDER BY created_at DESC LIMIT ?")) {
                select.setString(1, teamId);
                select.setString(2, channelId);
                select.setString(3, conversation);
                select.setTimestamp(4, Timestamp.from(since));
                select.setInt(5, limit);
                return answers(select);
            }
        });
    }

    private static List<StoredSlackAnswer> answers(PreparedStatement select) throws SQLException {
        List<StoredSlackAnswer> answers = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                answers.add(new StoredSlackAnswer(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getObject(9, LocalDate.class),
                        row.getTimestamp(10).toInstant()));
            }
        }
        return answers;
    }

    /** Deletes deliveries received and answers given before the given instants; how many rows. */
    public int purge(Instant eventsBefore, Instant answersBefore) {
        return runner.withConnection(connection -> {
            try (PreparedStatement events =
                            connection.prepareStatement("DELETE FROM slack_events WHERE received_at < ?");
                    PreparedStatement answers =
                            connection.prepareStatement("DELETE FROM slack_answers WHERE created_at < ?")) {
                events.setTimestamp(1, Timestamp.from(eventsBefore));
                answers.setTimestamp(1, Timestamp.from(answersBefore));
                return events.executeUpdate() + answers.executeUpdate();
            }
        });
    }
}
