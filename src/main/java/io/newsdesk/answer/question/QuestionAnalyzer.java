package io.newsdesk.answer.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * First step of the reader: finds the wh-phrase of a question (in the last clause that has one,
 * since news-quiz questions often open with a preamble sentence), derives the expected answer
 * type from the wh-word and its head noun and the expected {@link NounClass}es from WordNet, and
 * collects the question's focus words.
 */
public class QuestionAnalyzer {

    private static final List<String> WH_PRIORITY =
            List.of("how", "which", "whose", "what", "whom", "who", "where", "when", "why", "this", "these");

    private final EnglishTagger tagger;
    private final Supplier<NounClasses> nouns;

    /** Uses the shared OpenNLP English models and WordNet noun classes (built at the first question). */
    public QuestionAnalyzer() {
        this(EnglishTagger.shared(), NounClasses::shared);
    }

    QuestionAnalyzer(EnglishTagger tagger, Supplier<NounClasses> nouns) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.nouns = Objects.requireNonNull(nouns, "nouns");
    }

    /** Analyses one question; never returns {@code null}. */
    public QuestionAnalysis analyze(String question) {
        Objects.requireNonNull(question, "question");
        TaggedSentence clause = tagger.tag(questionClause(question));
        int wh = whIndex(clause);
        WhPhrase phrase = WhPhrase.of(clause, wh);
        List<String> focus = focusTerms(question, phrase);
        return new QuestionAnalysis(
                question, phrase.type(), phrase.headNoun(), focus, ExpectedClasses.of(clause, wh, phrase, nouns.get()));
    }

    /** The last sentence of the question that contains a wh-word, or the last sentence. */
    static String questionClause(String question) {
        String[] parts = question.trim().split("(?<=[.?!])\\s+(?=[\\p{Lu}\"“‘'])");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (hasWhWord(parts[i])) {
                return parts[i];
            }
        }
        return parts[parts.length - 1];
    }

    private static boolean hasWhWord(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (WordLists.WH_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The wh-word that asks the question: a clause-initial one, else by priority, since "when" and
     * "who" also open relative clauses ("... cheer when two members of which species ...").
     */
    private static int whIndex(TaggedSentence clause) {
        if (clause.size() > 0 && WordLists.WH_WORDS.contains(clause.lower(0))) {
            return 0;
        }
        if (clause.size() > 1 && clause.tags()[0].equals("ADP") && WordLists.WH_WORDS.contains(clause.lower(1))) {
            return 1;
        }
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < clause.size(); i++) {
            int rank = WH_PRIORITY.indexOf(clause.lower(i));
            boolean better = rank >= 0
                    && (rank < bestRank || rank == bestRank && clause.lower(i).equals("what"));
            if (better) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    private List<String> focusTerms(String question, WhPhrase phrase) {
        Set<String> terms = new LinkedHashSet<>();
        for (String raw : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() > 1 && !WordLists.STOP_WORDS.contains(raw) && !phrase.covers(raw)) {
                terms.add(raw);
            }
        }
        return new ArrayList<>(terms);
    }
}
