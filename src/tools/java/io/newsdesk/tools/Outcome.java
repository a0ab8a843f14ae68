package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How one question fared in one condition (when it was asked, {@link Condition}): as served, with
 * abstention off, and with its gold articles withheld; and the evidence features with the gold
 * articles present and withheld, from which the abstention models are fitted.
 *
 * @param question the question's position in the questions file: its fold when cross-validating
 * @param dated    whether the question has a date (one without is asked today in every condition)
 * @param withheldElsewhere with its gold articles withheld and abstention off, the answer is still right (token F1
 *                 at least 0.5) and its first citation holds a gold answer: another article tells it too (in a
 *                 large archive, another paper's report of the same story), so refusing it would lose a right answer
 */
record Outcome(
        String id,
        int question,
        Condition condition,
        boolean dated,
        String type,
        String kind,
        boolean answered,
        double em,
        double f1,
        boolean hit1,
        boolean hit3,
        boolean goldArticleIn3,
        double openConfidence,
        double openEm,
        double openF1,
        boolean openHit1,
        boolean openHit3,
        boolean withheldRefused,
        double withheldConfidence,
        boolean withheldElsewhere,
        double millis,
        double[] openFeatures,
        double[] withheldFeatures) {

    /** When a question is asked. */
    enum Condition {
        /** As of the question's date, as a reader asking it that day (today for a question without a date). */
        AS_OF_DATE("as of the question's date", 0),
        /** A year after the question's date, the question's text unchanged (today for one without a date). */
        YEAR_LATER("a year later", 365);

        final String label;
        final int daysAfter;

        Condition(String label, int daysAfter) {
            this.label = label;
            this.daysAfter = daysAfter;
        }

        /** The {@code as_of} a question is asked with: none for a question without a date (today). */
        Optional<String> asOf(JsonNode question) {
            return question.hasNonNull("question_date")
                    ? Optional.of(LocalDate.parse(question.path("question_date").asText())
                            .plusDays(daysAfter)
                            .toString())
                    : Optional.empty();
        }
    }

    static Outcome of(
            JsonNode question,
            int index,
            Condition condition,
            List<String> golds,
            List<String> goldIds,
            String kind,
            JsonNode normal,
            JsonNode open,
            JsonNode withheld,
            JsonNode withheldOpen,
            double millis,
            double[] openFeatures,
            double[] withheldFeatures) {
        boolean answered = "answered".equals(normal.path("status").asText());
        String answer = answered ? normal.path("answer").asText() : "";
        JsonNode openCitations = open.path("citations");
        String openAnswer = open.path("answer").asText();
        return new Outcome(
                question.path("id").asText(),
                index,
                condition,
                question.hasNonNull("question_date"),
                question.path("type").asText("other"),
                kind,
                answered,
                AnswerMetrics.exactMatch(answer, golds),
                answered ? AnswerMetrics.f1(answer, golds) : 0,
                hit(normal.path("citations"), golds, 1),
                hit(normal.path("citations"), golds, 3),
                goldArticle(normal.path("citations"), goldIds),
                open.path("confidence").asDouble(),
                AnswerMetrics.exactMatch(openAnswer, golds),
                AnswerMetrics.f1(openAnswer, golds),
                hit(openCitations, golds, 1),
                hit(openCitations, golds, 3),
                !"answered".equals(withheld.path("status").asText()),
                withheld.path("confidence").asDouble(),
                AnswerMetrics.f1(withheldOpen.path("answer").asText(), golds) >= 0.5
                        && hit(withheldOpen.path("citations"), golds, 1),
                millis,
                openFeatures,
                withheldFeatures);
    }

    private static boolean hit(JsonNode citations, List<String> golds, int k) {
        for (int i = 0; i < Math.min(k, citations.size()); i++) {
            if (AnswerMetrics.contains(citations.get(i).path("text").asText(), golds)) {
                return true;
            }
        }
        return false;
    }

    private static boolean goldArticle(JsonNode citations, List<String> goldIds) {
        for (int i = 0; i < Math.min(3, citations.size()); i++) {
            if (goldIds.contains(citations.get(i).path("article_id").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the short answer, asked with abstention off, is right enough to count (token F1 at least 0.5). */
    boolean openCorrect() {
        return openF1 >= 0.5;
    }

    /** Why the answer as served is not exactly right, or that it is. */
    ErrorCauses.Cause cause() {
        return ErrorCauses.of(answered, em > 0, hit1, f1);
    }

    /** The same with abstention off. */
    ErrorCauses.Cause openCause() {
        return ErrorCauses.of(true, openEm > 0, openHit1, openF1);
    }
}
