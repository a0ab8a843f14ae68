package io.newsdesk.store;

import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sentence search in PostgreSQL: nearest neighbours through the HNSW index and English full text
 * through the GIN index, each restricted by an optional filter, then the found sentences in context.
 */
@ApplicationScoped
public class SentenceSearchRepository {

    private static final String FILTER = " AND (cardinality(?::text[]) = 0 OR a.source = ANY(?::text[]))"
            + " AND (?::date IS NULL OR a.published_at >= ?) AND (?::date IS NULL OR a.published_at <= ?)"
            + " AND (cardinality(?::uuid[]) = 0 OR a.id = ANY(?::uuid[])) AND NOT (a.id = ANY(?::uuid[]))";

    private final TransactionRunner runner;

    SentenceSearchRepository(TransactionRunner runner) {
        this.runner = runner;
    }

    /** Which stored vector a nearest-neighbour search uses. */
    public enum VectorColumn {
        /** The sentence alone. */
        SENTENCE("embedding"),
        /** The sentence with its article title and previous sentence. */
        CONTEXT("context_embedding");

        private final String column;

        VectorColumn(String column) {
            this.column = column;
        }
    }

    /** The sentences nearest to the vector by cosine distance; score is the cosine similarity. */
    public List<SentenceHit> nearest(
            VectorColumn column, float[] vector, SearchFilter filter, int limit, int efSearch) {
        String distance = "s." + column.column + " <=> ?";
        String sql = "SELECT s.id, 1 - (" + distance + ") FROM " + sentences(filter) + " WHERE true"
                + conditions(filter) + " ORDER BY " + distance + " LIMIT ?";
        return runner.inTransaction(connection -> {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL hnsw.ef_search = " + Math.max(limit, efSearch));
                // With a filter, keep scanning the index until enough rows pass it (pgvector 0.8).
                settings.execute("SET LOCAL hnsw.iterative_scan = relaxed_order");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                PGvector query = new PGvector(vector);
                int index = 1;
                statement.setObject(index++, query);
                index = bindFilter(connection, statement, index, filter);
                statement.setObject(index++, query);
                statement.setInt(index, limit);
                return hits(statement);
            }
        });
    }

    /**
     * Sentences matching any of the terms by English full text, ranked by term frequency ({@code ts_rank};
     * cover density, {@code ts_rank_cd}, made one measured query 16 ms instead of 4.8 ms); the terms
     * are joined with "or" into a websearch query, so one missing word does not empty the result.
     */
    public List<SentenceHit> fullText(List<String> terms, SearchFilter filter, int limit) {
        if (terms.isEmpty()) {
            return List.of();
        }
        String query = String.join(
                " or ", terms.stream().map(term -> term.replace("\"", "")).toList());
        String sql = "SELECT s.id, ts_rank(s.tsv, q, 1) AS rank FROM " + sentences(filter)
                + ", websearch_to_tsquery('english', ?) q WHERE s.tsv @@ q" + conditions(filter)
                + " ORDER BY rank DESC, s.id LIMIT ?";
        return runner.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, query);
                int index = bindFilter(connection, statement, 2, filter);
                statement.setInt(index, limit);
                return hits(statement);
            }
        });
    }

    /** The sentences with their article metadata, two previous and one next sentence, and both similarities. */
    public List<SentenceInContext> inContext(List<Long> sentenceIds, float[] vector) {
        String sql = "SELECT s.id, s.article_id, s.ordinal, s.char_start, s.char_end, s.text, a.title, a.source,"
                + " a.url, a.published_at, p2.text, p1.text, n1.text, 1 - (s.embedding <=> ?),"
                + " 1 - (s.context_embedding <=> ?)"
                + " FROM sentences s JOIN articles a ON a.id = s.article_id"
                + " LEFT JOIN sentences p1 ON p1.article_id = s.article_id AND p1.ordinal = s.ordinal - 1"
                + " LEFT JOIN sentences p2 ON p2.article_id = s.article_id AND p2.ordinal = s.ordinal - 2"
                + " LEFT JOIN sentences n1 ON n1.article_id = s.article_id AND n1.ordinal = s.ordinal + 1"
                + " WHERE s.id = ANY(?)";
        return runner.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, new PGvector(vector));
                statement.setObject(2, new PGvector(vector));
                statement.setArray(3, connection.createArrayOf("bigint", sentenceIds.toArray()));
                List<SentenceInContext> sentences = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sentences.add(inContext(rows));
                    }
                }
                return sentences;
            }
        });
    }

    private static SentenceInContext inContext(ResultSet rows) throws SQLException {
        Date published = rows.getDate(10);
        return new SentenceInContext(
                rows.getLong(1),
                rows.getObject(2, UUID.class),
                rows.getInt(3),
                rows.getInt(4),
                rows.getInt(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                published == null ? null : published.toLocalDate(),
                rows.getString(11),
                rows.getString(12),
                rows.getString(13),
                rows.getDouble(14),
                rows.getDouble(15));
    }

    /** The sentences a search reads: joined to their articles only when a filter needs them. */
    private static String sentences(SearchFilter filter) {
        return filter.isEmpty() ? "sentences s" : "sentences s JOIN articles a ON a.id = s.article_id";
    }

    /** The filter's conditions, to follow a WHERE clause; {@link #bindFilter} binds their parameters. */
    private static String conditions(SearchFilter filter) {
        return filter.isEmpty() ? "" : FILTER;
    }

    private static int bindFilter(Connection connection, PreparedStatement statement, int start, SearchFilter filter)
            throws SQLException {
        if (filter.isEmpty()) {
            return start;
        }
        Array sources = connection.createArrayOf("text", filter.sources().toArray());
        Array ids = connection.createArrayOf("uuid", filter.articleIds().toArray());
        Date from = filter.from() == null ? null : Date.valueOf(filter.from());
        Date to = filter.to() == null ? null : Date.valueOf(filter.to());
        int index = start;
        statement.setArray(index++, sources);
        statement.setArray(index++, sources);
        statement.setDate(index++, from);
        statement.setDate(index++, from);
        statement.setDate(index++, to);
        statement.setDate(index++, to);
        statement.setArray(index++, ids);
        statement.setArray(index++, ids);
        statement.setArray(
                index++,
                connection.createArrayOf("uuid", filter.excludedArticleIds().toArray()));
        return index;
    }

    private static List<SentenceHit> hits(PreparedStatement statement) throws SQLException {
        List<SentenceHit> hits = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                hits.add(new SentenceHit(rows.getLong(1), rows.getDouble(2)));
            }
        }
        return hits;
    }
}
