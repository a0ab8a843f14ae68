package io.newsdesk.store;

import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Articles and their sentences in PostgreSQL. Each save is one transaction: an article is stored
 * with all its sentences and vectors, or not at all.
 */
@ApplicationScoped
public class ArticleRepository {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SUMMARY_COLUMNS = "id, external_id, title, url, source, author, section, "
            + "published_at, language, ingested_at, sentence_count, metadata::text";

    private final TransactionRunner runner;
    private final ReadRouter reads;
    private final ArchiveChanges changes;

    ArticleRepository(TransactionRunner runner, ReadRouter reads, ArchiveChanges changes) {
        this.runner = runner;
        this.reads = reads;
        this.changes = changes;
    }

    /** The article with exactly this content, if the archive has it. */
    public Optional<SaveOutcome> findByContentHash(String contentHash) {
        return runner.withConnection(connection -> findUnchanged(connection, contentHash));
    }

    /**
     * Stores the article: returns the existing one if the content is already there, replaces the
     * article with the same external id, or creates a new one.
     */
    public SaveOutcome save(NewArticle article) {
        try {
            return runner.writing(connection -> saveIn(connection, article));
        } catch (StoreFailureException e) {
            // Two identical articles raced: the other one won, and this one is now unchanged.
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return runner.writing(connection -> saveIn(connection, article));
            }
            throw e;
        } finally {
            changes.changed();
        }
    }

    /** One page of articles, newest first (from a standby in turn when there are any). */
    public List<ArticleSummary> list(ArticleFilter filter) {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM articles"
                + " WHERE (?::text IS NULL OR source = ?) AND (?::date IS NULL OR published_at >= ?)"
                + " AND (?::date IS NULL OR published_at <= ?)"
                + " ORDER BY published_at DESC NULLS LAST, ingested_at DESC, id LIMIT ? OFFSET ?";
        return reads.readArticles(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, filter.source());
                statement.setString(2, filter.source());
                setDate(statement, 3, filter.from());
                setDate(statement, 4, filter.from());
                setDate(statement, 5, filter.to());
                setDate(statement, 6, filter.to());
                statement.setInt(7, filter.limit());
                statement.setInt(8, filter.offset());
                try (ResultSet rows = statement.executeQuery()) {
                    List<ArticleSummary> page = new ArrayList<>();
                    while (rows.next()) {
                        page.add(summary(rows));
                    }
                    return page;
                }
            }
        });
    }

    /** The article with its text and sentences (from a standby in turn when there are any). */
    public Optional<ArticleDetail> find(UUID id) {
        return reads.readArticles(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + ", text FROM articles WHERE id = ?")) {
                statement.setObject(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(
                            new ArticleDetail(summary(rows), rows.getString("text"), sentences(connection, id)));
                }
            }
        });
    }

    /** Deletes the article and, by cascade, its sentences and vectors. */
    public boolean delete(UUID id) {
        try {
            return runner.writing(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                    statement.setObject(1, id);
                    return statement.executeUpdate() > 0;
                }
            });
        } finally {
            changes.changed();
        }
    }

    /** Whether the database answers and has the vector extension. */
    public boolean isHealthy() {
        try {
            return runner.withConnection(connection -> {
                try (PreparedStatement statement =
                                connection.prepareStatement("SELECT 1 FROM pg_extension WHERE extname = 'vector'");
                        ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            });
        } catch (StoreUnavailableException | StoreFailureException e) {
            return false;
        }
    }

    private SaveOutcome saveIn(Connection connection, NewArticle article) throws SQLException {
        Optional<SaveOutcome> unchanged = findUnchanged(connection, article.contentHash());
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Optional<UUID> replaced =
                article.externalId() == null ? Optional.empty() : lockByExternalId(connection, article.externalId());
        UUID id = replaced.orElseGet(UUID::randomUUID);
        if (replaced.isPresent()) {
            update(connection, id, article);
            deleteSentences(connection, id);
        } else {
            insert(connection, id, article);
        }
        insertSentences(connection, id, article);
        SaveOutcome.Status status = replaced.isPresent() ? SaveOutcome.Status.REPLACED : SaveOutcome.Status.CREATED;
        return new SaveOutcome(id, status, article.sentences().size());
    }

    private Optional<SaveOutcome> findUnchanged(Connection connection, String contentHash) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id, sentence_count FROM articles WHERE content_hash = ?")) {
            statement.setString(1, contentHash);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new SaveOutcome(rows.getObject(1, UUID.class), SaveOutcome.Status.UNCHANGED, rows.getInt(2)));
            }
        }
    }

    private Optional<UUID> lockByExternalId(Connection connection, String externalId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id FROM articles WHERE external_id = ? FOR UPDATE")) {
            statement.setString(1, externalId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private void insert(Connection connection, UUID id, NewArticle article) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO articles (external_id, content_hash, title, url, source, author, section,"
                        + " published_at, language, text, metadata, sentence_count, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            bindArticle(statement, id, article);
            statement.executeUpdate();
        }
    }

    private void update(Connection connection, UUID id, NewArticle article) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE articles SET external_id = ?, content_hash = ?, title = ?, url = ?, source = ?, author = ?,"
                        + " section = ?, published_at = ?, language = ?, text = ?, metadata = ?::jsonb,"
                        + " sentence_count = ?, ingested_at = now() WHERE id = ?")) {
            bindArticle(statement, id, article);
            statement.executeUpdate();
        }
    }

    private static void bindArticle(PreparedStatement statement, UUID id, NewArticle article) throws SQLException {
        statement.setString(1, article.externalId());
        statement.setString(2, article.contentHash());
        statement.setString(3, article.title());
        statement.setString(4, article.url());
        statement.setString(5, article.source());
        statement.setString(6, article.author());
        statement.setString(7, article.section());
        setDate(statement, 8, article.publishedAt());
        statement.setString(9, article.language());
        statement.setString(10, article.text());
        statement.setString(11, article.metadataJson());
        statement.setInt(12, article.sentences().size());
        statement.setObject(13, id);
    }

    private void deleteSentences(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sentences WHERE article_id = ?")) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    private void insertSentences(Connection connection, UUID id, NewArticle article) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO sentences (article_id, ordinal, char_start, char_end, text, embedding, context_embedding,"
                        + " published_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewSentence sentence : article.sentences()) {
                statement.setObject(1, id);
                statement.setInt(2, sentence.ordinal());
                statement.setInt(3, sentence.charStart());
                statement.setInt(4, sentence.charEnd());
                statement.setString(5, sentence.text());
                statement.setObject(6, new PGvector(sentence.embedding()));
                statement.setObject(7, new PGvector(sentence.contextEmbedding()));
                setDate(statement, 8, article.publishedAt());
                statement.setString(9, article.source());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private List<StoredSentence> sentences(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT ordinal, char_start, char_end, text FROM sentences WHERE article_id = ? ORDER BY ordinal")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                List<StoredSentence> sentences = new ArrayList<>();
                while (rows.next()) {
                    sentences.add(
                            new StoredSentence(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getString(4)));
                }
                return sentences;
            }
        }
    }

    private static ArticleSummary summary(ResultSet rows) throws SQLException {
        Date published = rows.getDate("published_at");
        return new ArticleSummary(
                rows.getObject("id", UUID.class),
                rows.getString("external_id"),
                rows.getString("title"),
                rows.getString("url"),
                rows.getString("source"),
                rows.getString("author"),
                rows.getString("section"),
                published == null ? null : published.toLocalDate(),
                rows.getString("language"),
                rows.getTimestamp("ingested_at").toInstant(),
                rows.getInt("sentence_count"),
                rows.getString("metadata"));
    }

    private static void setDate(PreparedStatement statement, int index, java.time.LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
