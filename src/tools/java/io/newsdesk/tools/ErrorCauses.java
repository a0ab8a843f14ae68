package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sorts each question's outcome by the stage that failed it, from the answer JSON of
 * {@code POST /api/v1/ask} and the gold answers: retrieval put a sentence without the answer first,
 * the reader took the wrong span of the right sentence, or it took the right span with the wrong
 * boundaries. A pure function, so the quick evaluation and the evaluation report count alike.
 */
final class ErrorCauses {

    /** Below this token F1 an answer that shares words with the gold one is a boundary error, not a near miss. */
    private static final double BOUNDARY_F1 = 0.5;

    /** Why a question was answered right or wrong, in the order the table prints them. */
    enum Cause {
        /** The short answer is a gold answer (SQuAD exact match). */
        RIGHT("right"),
        /** Overlaps a gold answer but is not one: token F1 below 0.5, or at least 0.5 without an exact match. */
        SPAN_BOUNDARY("span boundary"),
        /** The first citation holds a gold answer, yet the short answer shares no word with it. */
        WRONG_SPAN("right sentence, wrong span"),
        /** The first citation holds no gold answer. */
        WRONG_SENTENCE("wrong sentence"),
        /** No answer was given. */
        ABSTAINED("abstained");

        final String label;

        Cause(String label) {
            this.label = label;
        }
    }

    private ErrorCauses() {}

    /** The cause of one answer ({@code POST /api/v1/ask} response) against its gold answers. */
    static Cause of(JsonNode answer, List<String> golds) {
        String text = answer.path("answer").asText("");
        boolean answered = "answered".equals(answer.path("status").asText()) && !text.isBlank();
        JsonNode citations = answer.path("citations");
        boolean rightSentence = citations.size() > 0
                && AnswerMetrics.contains(citations.get(0).path("text").asText(), golds);
        return answered
                ? of(true, AnswerMetrics.exactMatch(text, golds) > 0, rightSentence, AnswerMetrics.f1(text, golds))
                : Cause.ABSTAINED;
    }

    /**
     * The cause from what was measured of an answer: whether it was answered, is an exact match, its
     * first citation holds a gold answer, and its token F1.
     */
    static Cause of(boolean answered, boolean exact, boolean rightSentence, double f1) {
        if (!answered) {
            return Cause.ABSTAINED;
        }
        if (exact) {
            return Cause.RIGHT;
        }
        if (!rightSentence) {
            return Cause.WRONG_SENTENCE;
        }
        return f1 == 0 ? Cause.WRONG_SPAN : Cause.SPAN_BOUNDARY;
    }

    /** How many answers fell to each cause, every cause present (0 when none). */
    static Map<Cause, Integer> count(List<Cause> causes) {
        Map<Cause, Integer> counts = new EnumMap<>(Cause.class);
        for (Cause cause : Cause.values()) {
            counts.put(cause, 0);
        }
        causes.forEach(cause -> counts.merge(cause, 1, Integer::sum));
        return counts;
    }

    /** A plain-text table: one line per cause with its count and share of all answers. */
    static String table(List<Cause> causes) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-28s %5s %7s%n", "cause", "n", "share"));
        count(causes)
                .forEach((cause, n) -> table.append(String.format(
                        Locale.ROOT,
                        "%-28s %5d %6.1f%%%n",
                        cause.label,
                        n,
                        causes.isEmpty() ? 0 : 100.0 * n / causes.size())));
        return table.toString();
    }
}
