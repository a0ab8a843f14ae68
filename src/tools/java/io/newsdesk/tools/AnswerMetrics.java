package io.newsdesk.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** SQuAD-style answer scoring and the citation hit rule of BASELINES.md. */
final class AnswerMetrics {

    private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{Punct}|[‘’“”—–]");

    private AnswerMetrics() {}

    /** SQuAD normalisation: lower case, no punctuation, no articles, single spaces. */
    static String normalize(String text) {
        String lower = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return String.join(" ", ARTICLES.matcher(lower).replaceAll(" ").trim().split("\\s+"));
    }

    static double exactMatch(String prediction, List<String> golds) {
        return golds.stream().anyMatch(gold -> normalize(gold).equals(normalize(prediction))) ? 1 : 0;
    }

    static double f1(String prediction, List<String> golds) {
        return golds.stream().mapToDouble(gold -> f1(prediction, gold)).max().orElse(0);
    }

    private static double f1(String prediction, String gold) {
        List<String> predicted = tokens(prediction);
        List<String> expected = tokens(gold);
        if (predicted.isEmpty() || expected.isEmpty()) {
            return predicted.equals(expected) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(token -> counts.merge(token, 1, Integer::sum));
        int common = 0;
        for (String token : predicted) {
            if (counts.getOrDefault(token, 0) > 0) {
                counts.merge(token, -1, Integer::sum);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / predicted.size();
        double recall = (double) common / expected.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> tokens(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(normalized.split(" ")));
    }

    /** Whether the text holds a gold answer, case-insensitive and not inside a longer word. */
    static boolean contains(String text, List<String> golds) {
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String gold : golds) {
            String needle = gold.toLowerCase(Locale.ROOT);
            for (int at = haystack.indexOf(needle);
                    at >= 0 && !needle.isEmpty();
                    at = haystack.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
                boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
            }
        }
        return false;
    }
}
