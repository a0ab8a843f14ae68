package io.newsdesk.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many sentences a search term matches, estimated from the statistics PostgreSQL's ANALYZE keeps
 * on the full-text column (the most common lexemes and their frequencies; a lexeme not among them is
 * rarer than the least common that is). Read again after the archive changed, and once a minute for
 * the analyses another instance ran.
 */
@ApplicationScoped
class TermStatistics {

    private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final ArchiveChanges changes;
    private volatile Snapshot snapshot;

    TermStatistics(ArchiveChanges changes) {
        this.changes = changes;
    }

    /** The archive's sentence count and lexeme frequencies as of the last ANALYZE. */
    private record Snapshot(
            double sentences, Map<String, Double> frequencies, double rarest, long version, long readAt) {}

    /**
     * The terms to search, in their order: the rarest first while their estimated matches together stay
     * within the budget, and always the rarest one; every term when the archive is smaller than the
     * budget or has no statistics yet. A term of stop words only matches nothing and is left out then.
     */
    List<String> rarest(ReadSession session, List<String> terms, int budget) {
        if (terms.size() < 2) {
            return terms;
        }
        Snapshot stats = current(session);
        if (stats.sentences() <= budget || stats.frequencies().isEmpty()) {
            return terms;
        }
        List<List<String>> lexemes = lexemes(session, terms);
        List<Integer> order = new ArrayList<>();
        double[] estimates = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            if (lexemes.get(i).isEmpty()) {
                continue;
            }
            // the words of one term are all required: it matches no more than its rarest word
            double frequency = lexemes.get(i).stream()
                    .mapToDouble(lexeme -> stats.frequencies().getOrDefault(lexeme, stats.rarest()))
                    .min()
                    .orElseThrow();
            estimates[i] = frequency * stats.sentences();
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> estimates[i]));
        boolean[] kept = new boolean[terms.size()];
        double matches = 0;
        for (int i : order) {
            if (matches > 0 && matches + estimates[i] > budget) {
                break;
            }
            kept[i] = true;
            matches += estimates[i];
        }
        List<String> searched = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (kept[i]) {
                searched.add(terms.get(i));
            }
        }
        return searched;
    }

    private Snapshot current(ReadSession session) {
        Snapshot stats = snapshot;
        long version = changes.version();
        if (stats == null || stats.version() != version || System.nanoTime() - stats.readAt() > REFRESH_NANOS) {
            stats = read(session, version);
            snapshot = stats;
        }
        return stats;
    }

    private Snapshot read(ReadSession session, long version) {
        String sql = "SELECT c.reltuples, s.most_common_elems::text::text[], s.most_common_elem_freqs"
                + " FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = current_schema()"
                + " AND s.tablename = 'sentences' AND s.attname = 'tsv'"
                + " WHERE c.oid = 'sentences'::regclass";
        return session.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                double sentences = rows.getDouble(1);
                Array elements = rows.getArray(2);
                Array frequencies = rows.getArray(3);
                Map<String, Double> byLexeme = new HashMap<>();
                double rarest = 0;
                if (sentences > 0 && elements != null && frequencies != null) {
                    String[] lexemes = (String[]) elements.getArray();
                    Float[] values = (Float[]) frequencies.getArray();
                    rarest = 1;
                    for (int i = 0; i < lexemes.length; i++) {
                        byLexeme.put(lexemes[i], values[i].doubleValue());
                        rarest = Math.min(rarest, values[i]);
                    }
                }
                return new Snapshot(sentences, Map.copyOf(byLexeme), rarest, version, System.nanoTime());
            }
        });
    }

    /** The English lexemes of each term, as PostgreSQL indexes them. */
    private List<List<String>> lexemes(ReadSession session, List<String> terms) {
        String sql = "SELECT u.n, x.lexeme FROM unnest(?::text[]) WITH ORDINALITY u(term, n),"
                + " unnest(to_tsvector('english', u.term)) x";
        return session.read(connection -> {
            List<List<String>> lexemes = new ArrayList<>();
            terms.forEach(term -> lexemes.add(new ArrayList<>()));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("text", terms.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lexemes.get(rows.getInt(1) - 1).add(rows.getString(2));
                    }
                }
            }
            return lexemes;
        });
    }
}
