package io.newsdesk.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One two-turn exchange of the follow-up set (src/test/resources/followups/exchanges.jsonl): a first
 * question, the follow-up a reader types after its answer, and how to judge the follow-up's rewrite.
 * A term matches whole words, case-insensitively; "a|b" matches when either does; a trailing {@code *} matches
 * the start of a word ("veto*" matches "vetoed"). A forbidden term also holds the part of the follow-up a
 * stand-alone rewrite no longer holds as typed ("they do it"), so that carrying the previous turn in front of
 * the unresolved follow-up is not judged right.
 *
 * @param articleIds     development-set articles that hold the follow-up's answer
 * @param asOf           the day both turns are asked on (the article's date)
 * @param kind           what the follow-up leans on, one of {@link #KINDS}
 * @param expectedTerms  terms a right stand-alone rewrite holds, each
 * @param forbiddenTerms terms a right rewrite does not hold (the first answer when the pronoun means the subject)
 * @param firstAnswerTerms terms a right first answer holds (optional, may be empty): telling a first turn
 *                       answered wrongly, which a rewrite leaning on its answer cannot undo, from a wrong rewrite
 */
record FollowUpExchange(
        String id,
        List<String> articleIds,
        String asOf,
        String first,
        String followUp,
        String kind,
        List<String> expectedTerms,
        List<String> forbiddenTerms,
        List<String> firstAnswerTerms) {

    /** The kinds of follow-up, in the order the report lists them; {@code clear} needs no rewrite. */
    static final List<String> KINDS = List.of(
            "person-pronoun", "organisation-pronoun", "event-pronoun", "why", "what-about", "before-that", "clear");

    private static final Set<String> KNOWN = Set.copyOf(KINDS);

    FollowUpExchange {
        for (String field : new String[] {id, asOf, first, followUp, kind}) {
            if (field == null || field.isBlank()) {
                throw new IllegalArgumentException("exchange " + id + ": a field is missing or blank");
            }
        }
        if (!KNOWN.contains(kind)) {
            throw new IllegalArgumentException("exchange " + id + ": unknown kind " + kind);
        }
        if (articleIds.isEmpty() || !clear(kind) && expectedTerms.isEmpty()) {
            throw new IllegalArgumentException(
                    "exchange " + id + ": needs article_ids and, unless clear, expected_terms");
        }
        articleIds = List.copyOf(articleIds);
        expectedTerms = List.copyOf(expectedTerms);
        forbiddenTerms = List.copyOf(forbiddenTerms);
        firstAnswerTerms = List.copyOf(firstAnswerTerms);
    }

    /** Every exchange of a JSON-lines file, in order. */
    static List<FollowUpExchange> read(Path file) {
        return EvalData.readJsonLines(file).stream().map(FollowUpExchange::of).toList();
    }

    static FollowUpExchange of(JsonNode line) {
        return new FollowUpExchange(
                line.path("id").asText(null),
                texts(line.path("article_ids")),
                line.path("as_of").asText(null),
                line.path("first").asText(null),
                line.path("follow_up").asText(null),
                line.path("kind").asText(null),
                texts(line.path("expected_terms")),
                texts(line.path("forbidden_terms")),
                texts(line.path("first_answer_terms")));
    }

    /**
     * Whether the service's {@code rewritten_question} (null when it searched the follow-up as typed) is right: none
     * for a clear question; otherwise a rewrite holding every expected term and no forbidden one.
     */
    boolean rewriteRight(String rewritten) {
        if (clear(kind)) {
            return rewritten == null;
        }
        return rewritten != null
                && expectedTerms.stream().allMatch(term -> holds(rewritten, term))
                && forbiddenTerms.stream().noneMatch(term -> holds(rewritten, term));
    }

    /** Whether the first turn's short answer holds every first-answer term; false when there are none. */
    boolean firstAnswerRight(String answer) {
        return !firstAnswerTerms.isEmpty()
                && answer != null
                && firstAnswerTerms.stream().allMatch(term -> holds(answer, term));
    }

    private static boolean clear(String kind) {
        return "clear".equals(kind);
    }

    private static boolean holds(String text, String term) {
        for (String alternative : term.split("\\|")) {
            String word = alternative.strip();
            boolean prefix = word.endsWith("*");
            word = prefix ? word.substring(0, word.length() - 1) : word;
            Pattern pattern = Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + (prefix ? "" : "(?![\\p{L}\\p{N}])"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (!word.isEmpty() && pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(Objects.requireNonNull(text.asText(null))));
        return texts;
    }
}
