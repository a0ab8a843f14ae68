package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How one question fared: as served, with abstention off, and with its gold articles withheld; the
 * evidence features as asked (as of the question's date when it has one) and, for the undated models,
 * the features and the open answer's F1 asked without a date (the same when the question has none).
 */
record Outcome(
        String id,
        String type,
        String kind,
        boolean answered,
        double em,
        double f1,
        boolean hit1,
        boolean hit3,
        boolean goldArticleIn3,
        double openConfidence,
        double openF1,
        boolean openHit1,
        boolean openHit3,
        boolean withheldRefused,
        double withheldConfidence,
        double millis,
        double[] openFeatures,
        double[] withheldFeatures,
        double[] undatedOpenFeatures,
        double[] undatedWithheldFeatures,
        Double undatedOpenF1) {

    /** A report written before the undated asks were kept reads as if its questions had no date. */
    Outcome {
        undatedOpenFeatures = undatedOpenFeatures == null ? openFeatures : undatedOpenFeatures;
        undatedWithheldFeatures = undatedWithheldFeatures == null ? withheldFeatures : undatedWithheldFeatures;
        undatedOpenF1 = undatedOpenF1 == null ? openF1 : undatedOpenF1;
    }

    static Outcome of(
            JsonNode question,
            List<String> golds,
            List<String> goldIds,
            String kind,
            JsonNode normal,
            JsonNode open,
            JsonNode withheld,
            double millis,
            double[][] features,
            JsonNode undatedOpen) {
        boolean answered = "answered".equals(normal.path("status").asText());
        String answer = answered ? normal.path("answer").asText() : "";
        JsonNode openCitations = open.path("citations");
        return new Outcome(
                question.path("id").asText(),
                question.path("type").asText("other"),
                kind,
                answered,
                AnswerMetrics.exactMatch(answer, golds),
                answered ? AnswerMetrics.f1(answer, golds) : 0,
                hit(normal.path("citations"), golds, 1),
                hit(normal.path("citations"), golds, 3),
                goldArticle(normal.path("citations"), goldIds),
                open.path("confidence").asDouble(),
                AnswerMetrics.f1(open.path("answer").asText(), golds),
                hit(openCitations, golds, 1),
                hit(openCitations, golds, 3),
                !"answered".equals(withheld.path("status").asText()),
                withheld.path("confidence").asDouble(),
                millis,
                features[0],
                features[1],
                features[2],
                features[3],
                AnswerMetrics.f1(undatedOpen.path("answer").asText(), golds));
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

    /** The same for the answer asked without a date (the same answer when the question has none). */
    boolean undatedOpenCorrect() {
        return undatedOpenF1 >= 0.5;
    }
}
