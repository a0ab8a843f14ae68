package io.newsdesk.testing;

import io.newsdesk.ingest.SentenceSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads a {@link ThrowawayPostgres} archive straight from its tables, beside the service under test,
 * and can hold the service's next article inside its transaction: for tests that kill the service or
 * the database at a chosen point of ingestion. Every query opens a connection of its own, so the
 * probe outlives a database restart.
 */
public final class ArchiveProbe {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** A session of the service waiting for the sentences lock to insert an article's sentences. */
    private static final String WAITING_TO_INSERT_SENTENCES = "SELECT count(*) FROM pg_stat_activity"
            + " WHERE pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO sentences%'";
    /** Such a session whose transaction has already written an article row. */
    private static final String HOLDING_AN_ARTICLE_ROW = WAITING_TO_INSERT_SENTENCES
            + " AND backend_xid IS NOT NULL AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = pg_stat_activity.pid"
            + " AND l.relation = 'articles'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted)";

    private static final String OTHER_SESSIONS =
            "SELECT count(*) FROM pg_stat_activity" + " WHERE usename = current_user AND pid <> pg_backend_pid()";

    private final DataSource database;

    public ArchiveProbe(ThrowawayPostgres postgres) {
        this.database = postgres.dataSource();
    }

    /** An article as stored: its row and its sentences in order (none if it has none). */
    public record StoredArticle(
            UUID id, String externalId, String text, int sentenceCount, List<SentenceSpan> sentences) {

        public StoredArticle {
            sentences = List.copyOf(sentences);
        }
    }

    /** Every article with its sentences (an article without any has an empty list), read in one snapshot. */
    public List<StoredArticle> articles() {
        try (Connection connection = database.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            Map<UUID, List<SentenceSpan>> sentences = sentences(connection);
            List<StoredArticle> articles = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT id, external_id, text, sentence_count FROM articles ORDER BY external_id, id");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    articles.add(new StoredArticle(
                            id,
                            rows.getString(2),
                            rows.getString(3),
                            rows.getInt(4),
                            sentences.getOrDefault(id, List.of())));
                }
            }
            connection.commit();
            return articles;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the archive: " + e.getMessage(), e);
        }
    }

    /** Waits until at least {@code count} articles are committed. */
    public void awaitArticles(int count) {
        Poll.until(count + " stored articles", DEADLINE, () -> count("SELECT count(*) FROM articles") >= count);
    }

    /** Waits until no other session of the application role is left (those of a killed service end). */
    public void awaitNoOtherSessions() {
        Poll.until("the sessions of the killed service to end", DEADLINE, () -> count(OTHER_SESSIONS) == 0);
    }

    /**
     * Locks the sentences table against inserts and waits until the service's next article is caught
     * by it, waiting to insert its sentences (the service stores them after the article row, in the
     * same transaction; this prints whether that is so). Articles already committed stay readable.
     * {@link Hold#close()} releases the lock (if the server still runs).
     */
    public Hold holdNextArticle() throws SQLException {
        Connection connection = database.getConnection();
        Hold hold = new Hold(connection);
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET lock_timeout = '" + DEADLINE.toSeconds() + "s'");
            statement.execute("LOCK TABLE sentences IN SHARE MODE");
            Poll.until(
                    "a session waiting to insert an article's sentences",
                    DEADLINE,
                    () -> count(WAITING_TO_INSERT_SENTENCES) == 1);
            System.out.printf(
                    "[fault] next article held before its sentences; its row written in the same"
                            + " transaction: %b%n",
                    count(HOLDING_AN_ARTICLE_ROW) == 1);
            return hold;
        } catch (SQLException | RuntimeException | AssertionError e) {
            hold.close();
            throw e;
        }
    }

    /** The lock of {@link #holdNextArticle()}; closing it rolls back and lets the held transaction go on. */
    public static final class Hold implements AutoCloseable {

        private final Connection connection;

        private Hold(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException serverGone) {
                // the database was stopped under the hold: the lock went with it
            }
        }
    }

    private static Map<UUID, List<SentenceSpan>> sentences(Connection connection) throws SQLException {
        Map<UUID, List<SentenceSpan>> sentences = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT article_id, ordinal, char_start, char_end, text FROM sentences ORDER BY article_id, ordinal");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sentences
                        .computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new SentenceSpan(rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getString(5)));
            }
        }
        return sentences;
    }

    private long count(String sql) {
        return ArchiveFixture.queryLong(database, sql);
    }
}
