package io.newsdesk.store;

import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
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
 * A question's searches read through one {@link ReadSession}: a standby in turn, or the primary.
 */
@ApplicationScoped
public class SentenceSearchRepository {

    private final ReadRouter router;
    private final TermStatistics statistics;

    SentenceSearchRepository(ReadRouter router, TermStatistics statistics) {
        this.router = router;
        this.statistics = statistics;
    }

    /** Opens the reads of one question; close it when the question has read all it needs. */
    public ReadSession question() {
        return router.question();
    }

    /**
     * The sentences nearest to the vector by cosine distance; score is the cosine similarity. Only the
     * sentence vector is indexed; the context vector is compared in {@link #inContext}.
     */
    public List<SentenceHit> nearest(
            ReadSession session, float[] vector, SearchFilter filter, int limit, int efSearch) {
        String distance = "s.embedding <=> ?";
        String sql = "SELECT s.id, 1 - (" + distance + ") FROM sentences s WHERE true" + conditions(filter)
                + " ORDER BY " + distance + " LIMIT ?";
        return session.read(TransactionRunner.transactional(connection -> {
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
        }));
    }

    /**
     * Sentences matching any of the terms by English full text, ranked by term frequency ({@code ts_rank};
     * cover density, {@code ts_rank_cd}, made one measured query 16 ms instead of 4.8 ms); the terms
     * are joined with "or" into a websearch query, so one missing word does not empty the result. Only
     * the rarest terms whose estimated matches fit in {@code matchBudget} are searched ({@link TermStatistics}),
     * so the work stays bounded however many sentences share a common word with the question; with
     * {@code commonTermsTogether}, sentences holding every one of the common terms left out (two or more) match too.
     */
    public List<SentenceHit> fullText(
            ReadSession session,
            List<String> terms,
            SearchFilter filter,
            int limit,
            int matchBudget,
            boolean commonTermsTogether) {
        List<String> searched = statistics.rarest(session, terms, matchBudget);
        if (searched.isEmpty()) {
            return List.of();
        }
        String rare = String.join(
                " or ",
                searched.stream().map(SentenceSearchRepository::unquoted).toList());
        List<String> common =
                terms.stream().filter(term -> !searched.contains(term)).toList();
        // the terms left out for being common, all required together: few sentences have them all
        String query = commonTermsTogether && common.size() >= 2
                ? rare + " or "
                        + String.join(
                                " ",
                                common.stream()
                                        .map(SentenceSearchRepository::unquoted)
                                        .toList())
                : rare;
        String sql = "SELECT s.id, ts_rank(s.tsv, q, 1) AS rank FROM sentences s"
                + ", websearch_to_tsquery('english', ?) q WHERE s.tsv @@ q" + conditions(filter)
                + " ORDER BY rank DESC, s.id LIMIT ?";
        return session.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, query);
                int index = bindFilter(connection, statement, 2, filter);
                statement.setInt(index, limit);
                return hits(statement);
            }
        });
    }

    private static String unquoted(String term) {
        return term.replace("\"", "");
    }

    /** The sentences with their article metadata, two previous and one next sentence, and both similarities. */
    public List<SentenceInContext> inContext(ReadSession session, List<Long> sentenceIds, float[] vector) {
        String sql = "SELECT s.id, s.article_id, s.ordinal, s.char_start, s.char_end, s.text, a.title, a.source,"
                + " a.url, a.published_at, p2.text, p1.text, n1.text, 1 - (s.embedding <=> ?),"
                + " 1 - (s.context_embedding <=> ?)"
                + " FROM sentences s JOIN articles a ON a.id = s.article_id"
                + " LEFT JOIN sentences p1 ON p1.article_id = s.article_id AND p1.ordinal = s.ordinal - 1"
                + " LEFT JOIN sentences p2 ON p2.article_id = s.article_id AND p2.ordinal = s.ordinal - 2"
                + " LEFT JOIN sentences n1 ON n1.article_id = s.article_id AND n1.ordinal = s.ordinal + 1"
                + " WHERE s.id = ANY(?)";
        return session.read(connection -> {
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

    /**
     * The filter's conditions, to follow a WHERE clause, only those the filter sets, so that the planner
     * sees each as it is and can start from a selective one; {@link #bindFilter} binds their parameters
     * in the same order.
     */
    private static String conditions(SearchFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (!filter.sources().isEmpty()) {
            sql.append(" AND s.source = ANY(?::text[])");
        }
        if (filter.from() != null) {
            sql.append(" AND s.published_at >= ?");
        }
        if (filter.to() != null) {
            sql.append(" AND s.published_at <= ?");
        }
        if (filter.publishedBy() != null) {
            sql.append(" AND (s.published_at <= ? OR s.published_at IS NULL)");
        }
        if (!filter.articleIds().isEmpty()) {
            sql.append(" AND s.article_id = ANY(?::uuid[])");
        }
        if (!filter.excludedArticleIds().isEmpty()) {
            sql.append(" AND NOT (s.article_id = ANY(?::uuid[]))");
        }
        return sql.toString();
    }

    private static int bindFilter(Connection connection, PreparedStatement statement, int start, SearchFilter filter)
            throws SQLException {
        int index = start;
        if (!filter.sources().isEmpty()) {
            statement.setArray(
                    index++, connection.createArrayOf("text", filter.sources().toArray()));
        }
        if (filter.from() != null) {
            statement.setDate(index++, Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            statement.setDate(index++, Date.valueOf(filter.to()));
        }
        if (filter.publishedBy() != null) {
            statement.setDate(index++, Date.valueOf(filter.publishedBy()));
        }
        if (!filter.articleIds().isEmpty()) {
            statement.setArray(
                    index++,
                    connection.createArrayOf("uuid", filter.articleIds().toArray()));
        }
        if (!filter.excludedArticleIds().isEmpty()) {
            statement.setArray(
                    index++,
                    connection.createArrayOf("uuid", filter.excludedArticleIds().toArray()));
        }
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
