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

/** Readers' verdicts on answers (table {@code feedback}): one per answer, the latest wins. */
@ApplicationScoped
public class FeedbackRepository {

    private final TransactionRunner runner;

    FeedbackRepository(TransactionRunner runner) {
        this.runner = runner;
    }

    /** Stores a verdict, replacing an earlier one on the same answer. */
    public StoredFeedback save(NewFeedback feedback, Instant now) {
        return runner.withConnection(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO feedback (channel, answer_key,"
                    + " rating, comment, question, searched_question, answer, mode, as_of, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)"
                    + " ON CONFLICT (channel, answer_key) DO UPDATE SET rating = EXCLUDED.rating,"
                    + " comment = EXCLUDED.comment, updated_at = EXCLUDED.updated_at"
                    + " RETURNING id, xmax = 0")) {
                upsert.setString(1, feedback.channel());
                upsert.setString(2, feedback.answerKey());
                upsert.setString(3, feedback.rating());
                upsert.setObject(4, feedback.comment(), Types.VARCHAR);
                upsert.setString(5, feedback.question());
                upsert.setObject(6, feedback.searchedQuestion(), Types.VARCHAR);
                upsert.setString(7, feedback.answerJson());
                upsert.setObject(8, feedback.mode(), Types.VARCHAR);
                upsert.setObject(9, feedback.asOf(), Types.DATE);
                upsert.setTimestamp(10, Timestamp.from(now));
                upsert.setTimestamp(11, Timestamp.from(now));
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    return new StoredFeedback(row.getLong(1), feedback, now, row.getBoolean(2));
                }
            }
        });
    }

    /**
     * The answers marked helpful that cite an article, oldest first: the article is the one the
     * first citation names (its external id when it has one).
     */
    public List<FeedbackExample> helpfulExamples() {
        return runner.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT f.id,"
                    + " COALESCE(f.searched_question, f.question), f.answer->>'answer',"
                    + " COALESCE(a.external_id, f.answer->'citations'->0->>'article_id'),"
                    + " f.answer->'citations'->0->>'text', f.as_of"
                    + " FROM feedback f LEFT JOIN articles a"
                    + " ON a.id = (f.answer->'citations'->0->>'article_id')::uuid"
                    + " WHERE f.rating = 'helpful' AND f.answer->>'status' = 'answered'"
                    + " AND jsonb_array_length(f.answer->'citations') > 0 ORDER BY f.updated_at, f.id")) {
                try (ResultSet rows = select.executeQuery()) {
                    List<FeedbackExample> examples = new ArrayList<>();
                    while (rows.next()) {
                        examples.add(example(rows));
                    }
                    return examples;
                }
            }
        });
    }

    private static FeedbackExample example(ResultSet row) throws SQLException {
        return new FeedbackExample(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getObject(6, LocalDate.class));
    }
}
