package io.newsdesk.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The follow-up evaluation's report: rewrite right and first citation right, overall and by kind of follow-up,
 * then one row per exchange with both questions, the rewrite and the answer.
 */
final class FollowUpReport {

    /**
     * How one exchange fared.
     *
     * @param firstAnswer      the first turn's status and short answer
     * @param firstAnswerRight whether that answer holds the exchange's first-answer terms
     * @param firstCitation    the development-set id of the first turn's first citation, or null
     * @param rewritten        the follow-up's {@code rewritten_question}, null when it was searched as typed
     * @param citation         the development-set id of the follow-up's first citation, or null
     * @param millis           the follow-up turn's time, end to end
     */
    record Row(
            FollowUpExchange exchange,
            String firstAnswer,
            boolean firstAnswerRight,
            String firstCitation,
            String rewritten,
            String status,
            String answer,
            String citation,
            boolean rewriteRight,
            boolean citationHit,
            double millis) {}

    private final List<Row> rows;
    private final double ingestSeconds;
    private final double askSeconds;

    FollowUpReport(List<Row> rows, double ingestSeconds, double askSeconds) {
        this.rows = List.copyOf(rows);
        this.ingestSeconds = ingestSeconds;
        this.askSeconds = askSeconds;
    }

    private static final Predicate<Row> BOTH = r -> r.rewriteRight() && r.citationHit();

    /** "all", then each kind in {@link FollowUpExchange#KINDS} order that has exchanges. */
    Map<String, List<Row>> groups() {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        groups.put("all", rows);
        for (String kind : FollowUpExchange.KINDS) {
            List<Row> ofKind =
                    rows.stream().filter(r -> r.exchange().kind().equals(kind)).toList();
            if (!ofKind.isEmpty()) {
                groups.put(kind, ofKind);
            }
        }
        return groups;
    }

    private static long count(List<Row> rows, Predicate<Row> right) {
        return rows.stream().filter(right).count();
    }

    private static String share(List<Row> rows, Predicate<Row> right) {
        long n = count(rows, right);
        return String.format(Locale.ROOT, "%d/%d (%.1f%%)", n, rows.size(), 100.0 * n / rows.size());
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Follow-up evaluation\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d two-turn exchanges; articles ingested in %.1f s, exchanges asked in %.1f s.%n%n",
                rows.size(),
                ingestSeconds,
                askSeconds));
        return md.append(table()).append(exchanges()).toString();
    }

    /** Rewrite right, first citation right and first answer right, overall and by kind. */
    private String table() {
        StringBuilder md = new StringBuilder();
        md.append("| group | n | rewrite right | first citation right | both | first answer right"
                        + " | rewrite right, first answer right |\n")
                .append("|---|---|---|---|---|---|---|\n");
        groups().forEach((group, members) -> {
            List<Row> firstRight =
                    members.stream().filter(Row::firstAnswerRight).toList();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %s |%n",
                    group,
                    members.size(),
                    share(members, Row::rewriteRight),
                    share(members, Row::citationHit),
                    share(members, BOTH),
                    share(members, Row::firstAnswerRight),
                    firstRight.isEmpty() ? "-" : share(firstRight, Row::rewriteRight)));
        });
        md.append("\nRewrite right: none for a clear follow-up; otherwise every expected term and no forbidden one"
                + " (the unresolved follow-up as typed is forbidden). First answer right: the first turn's answer"
                + " holds the exchange's first-answer terms; a rewrite that leans on a wrong first answer is wrong.\n");
        return md.toString();
    }

    /** One line an exchange: both questions, the first answer, the rewrite, the answer and its first citation. */
    private String exchanges() {
        StringBuilder md = new StringBuilder();
        md.append("\n## Exchanges\n\n")
                .append(
                        "| id | kind | first | first answer (right?) | follow-up | rewrite | answer | rewrite ok | cited | hit |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            FollowUpExchange exchange = row.exchange();
            md.append(String.join(
                            " | ",
                            "| " + exchange.id(),
                            exchange.kind(),
                            cell(exchange.first()),
                            cell(row.firstAnswer()) + (row.firstAnswerRight() ? " (yes)" : " (no)"),
                            cell(exchange.followUp()),
                            row.rewritten() == null ? "(none)" : cell(row.rewritten()),
                            cell(row.status() + ": " + row.answer()),
                            row.rewriteRight() ? "yes" : "no",
                            row.citation() == null ? "-" : row.citation(),
                            row.citationHit() ? "yes" : "no"))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    ObjectNode json() {
        ObjectNode json = EvalData.JSON.createObjectNode();
        json.put("exchanges", rows.size()).put("ingest_seconds", ingestSeconds).put("ask_seconds", askSeconds);
        ObjectNode groups = json.putObject("groups");
        groups().forEach((group, members) -> groups.putObject(group)
                .put("n", members.size())
                .put("rewrite_right", count(members, Row::rewriteRight))
                .put("first_citation_right", count(members, Row::citationHit))
                .put("both", count(members, BOTH))
                .put("first_answer_right", count(members, Row::firstAnswerRight))
                .put(
                        "rewrite_right_when_first_answer_right",
                        count(members, r -> r.firstAnswerRight() && r.rewriteRight())));
        ArrayNode out = json.putArray("rows");
        rows.forEach(row -> row(out.addObject(), row));
        return json;
    }

    /** One exchange: the two turns (each with its first citation's article id) and how they were judged. */
    private static void row(ObjectNode line, Row row) {
        FollowUpExchange exchange = row.exchange();
        line.put("id", exchange.id()).put("kind", exchange.kind());
        line.putObject("first")
                .put("question", exchange.first())
                .put("answer", row.firstAnswer())
                .put("citation_article_id", row.firstCitation());
        line.putObject("follow_up")
                .put("question", exchange.followUp())
                .put("rewritten_question", row.rewritten())
                .put("status", row.status())
                .put("answer", row.answer())
                .put("citation_article_id", row.citation())
                .put("millis", row.millis());
        line.put("rewrite_right", row.rewriteRight())
                .put("first_citation_right", row.citationHit())
                .put("first_answer_right", row.firstAnswerRight());
        strings(line.putArray("article_ids"), exchange.articleIds());
        strings(line.putArray("expected_terms"), exchange.expectedTerms());
        strings(line.putArray("forbidden_terms"), exchange.forbiddenTerms());
        strings(line.putArray("first_answer_terms"), exchange.firstAnswerTerms());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
