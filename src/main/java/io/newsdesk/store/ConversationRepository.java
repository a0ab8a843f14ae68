package io.newsdesk.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
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
 * Conversations and their turns. A conversation idle since before a given cut-off counts as gone:
 * reading it deletes it, so an expired id is never served even between scheduled purges.
 */
@ApplicationScoped
public class ConversationRepository {

    private final TransactionRunner runner;

    ConversationRepository(TransactionRunner runner) {
        this.runner = runner;
    }

    /** Stores a new, empty conversation. */
    public StoredConversation create(UUID id, Instant now) {
        runner.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO conversations (id, created_at, last_active_at) VALUES (?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setTimestamp(3, Timestamp.from(now));
                return insert.executeUpdate();
            }
        });
        return new StoredConversation(id, now, now);
    }

    /** The conversation if it was active at or after {@code activeSince}; an expired one is deleted. */
    public Optional<StoredConversation> findActive(UUID id, Instant activeSince) {
        return runner.inTransaction(connection -> {
            deleteIdle(connection, id, activeSince);
            return find(connection, id, false);
        });
    }

    /** The turns of a conversation, first first. */
    public List<StoredTurn> turns(UUID id) {
        return runner.withConnection(connection -> turns(connection, id, "ORDER BY ordinal", Integer.MAX_VALUE));
    }

    /** Turn {@code ordinal} (1 for the first), if the conversation has it. */
    public Optional<StoredTurn> turn(UUID id, int ordinal) {
        return runner.withConnection(connection ->
                turns(connection, id, "AND ordinal = " + ordinal, 1).stream().findFirst());
    }

    /** The latest turn, if any. */
    public Optional<StoredTurn> lastTurn(UUID id) {
        return runner.withConnection(connection ->
                turns(connection, id, "ORDER BY ordinal DESC", 1).stream().findFirst());
    }

    /**
     * Appends a turn and marks the conversation active, in one transaction that locks the
     * conversation row (so concurrent turns get consecutive ordinals). Empty when the conversation
     * has expired or gone meanwhile.
     */
    public Optional<StoredTurn> appendTurn(
            UUID id,
            Instant activeSince,
            String question,
            String rewrittenQuestion,
            String answerJson,
            LocalDate asOf,
            Instant now) {
        return runner.inTransaction(connection -> {
            deleteIdle(connection, id, activeSince);
            if (find(connection, id, true).isEmpty()) {
                return Optional.empty();
            }
            int ordinal = nextOrdinal(connection, id);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conversation_turns"
                            + " (conversation_id, ordinal, question, rewritten_question, answer, as_of, created_at)"
                            + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)");
                    PreparedStatement touch =
                            connection.prepareStatement("UPDATE conversations SET last_active_at = ? WHERE id = ?")) {
                insert.setObject(1, id);
                insert.setInt(2, ordinal);
                insert.setString(3, question);
                insert.setObject(4, rewrittenQuestion, Types.VARCHAR);
                insert.setString(5, answerJson);
                insert.setObject(6, asOf);
                insert.setTimestamp(7, Timestamp.from(now));
                insert.executeUpdate();
                touch.setTimestamp(1, Timestamp.from(now));
                touch.setObject(2, id);
                touch.executeUpdate();
            }
            return Optional.of(new StoredTurn(ordinal, question, rewrittenQuestion, answerJson, asOf, now));
        });
    }

    /** Deletes every conversation idle since before {@code activeSince}, with its turns; how many. */
    public int purgeIdle(Instant activeSince) {
        return runner.withConnection(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM conversations WHERE last_active_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(activeSince));
                return delete.executeUpdate();
            }
        });
    }

    private static void deleteIdle(Connection connection, UUID id, Instant activeSince) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM conversations WHERE id = ? AND last_active_at < ?")) {
            delete.setObject(1, id);
            delete.setTimestamp(2, Timestamp.from(activeSince));
            delete.executeUpdate();
        }
    }

    private static Optional<StoredConversation> find(Connection connection, UUID id, boolean lock) throws SQLException {
        String sql =
                "SELECT id, created_at, last_active_at FROM conversations WHERE id = ?" + (lock ? " FOR UPDATE" : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredConversation(
                        row.getObject(1, UUID.class),
                        row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant()));
            }
        }
    }

    private static int nextOrdinal(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(max(ordinal), 0) + 1 FROM conversation_turns WHERE conversation_id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static List<StoredTurn> turns(Connection connection, UUID id, String condition, int limit)
            throws SQLException {
        String sql = "SELECT ordinal, question, rewritten_question, answer::text, as_of, created_at"
                + " FROM conversation_turns WHERE conversation_id = ? " + condition + " LIMIT ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<StoredTurn> turns = new ArrayList<>();
                while (rows.next()) {
                    turns.add(new StoredTurn(
                            rows.getInt(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getObject(5, LocalDate.class),
                            rows.getTimestamp(6).toInstant()));
                }
                return turns;
            }
        }
    }
}
