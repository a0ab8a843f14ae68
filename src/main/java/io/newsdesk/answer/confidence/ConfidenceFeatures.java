package io.newsdesk.answer.confidence;

import io.newsdesk.answer.citation.CitationBuilder;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.answer.reader.AnswerCandidate;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.retrieval.Recency;
import io.newsdesk.retrieval.TermMatcher;
import io.newsdesk.store.SentenceInContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evidence features behind an answer's confidence: how strongly the best sentence matches,
 * how far it stands above the next, whether its own vector is among the question's nearest (when
 * the best sentence was lifted only by its words, its context or its article, the answer is less
 * often right; so is one its words did not find), how clear the extracted answer is, how many
 * sentences hold it, how much of the question the top article covers and how close the top
 * article's best sentence comes to the question. Calibration weights
 * (newsdesk.answer.calibration.*) are fitted on these by `make eval`.
 *
 * <p>Four more place the evidence in time (see Recency): whether the top sentence's article lies in
 * the recent window (the days before the newest story on the subject, or the period the question
 * names), how many days lie between it and that window's end, the share of the weighed sentences from
 * recent articles, and how old the newest story on the subject is on the day asked on. Without a
 * recent window (tests) they are 0. (Whether the top article came out in the days before the day asked
 * on, and how long before, were tried as two more and did not refuse more: docs/experiments.md.)
 */
public record ConfidenceFeatures(
        double topScore,
        double topSimilarity,
        double topContextSimilarity,
        double topCoverage,
        double scoreMargin,
        double candidateScore,
        double candidateMargin,
        double typeMatch,
        double nameCoverage,
        double topVectorRank,
        double answerSupport,
        double articleCoverage,
        double topTextRank,
        double topArticleSimilarity,
        double recentTop,
        double dateGap,
        double recentShare,
        double age) {

    /** Feature names, in the order of {@link #values()}. */
    public static final List<String> NAMES = List.of(
            "top_score",
            "top_similarity",
            "top_context_similarity",
            "top_coverage",
            "score_margin",
            "candidate_score",
            "candidate_margin",
            "type_match",
            "name_coverage",
            "top_vector_rank",
            "answer_support",
            "article_coverage",
            "top_text_rank",
            "top_article_similarity",
            "recent_top",
            "date_gap",
            "recent_share",
            "age");

    public static ConfidenceFeatures of(
            QuestionAnalysis question, List<RankedSentence> ranked, List<AnswerCandidate> candidates) {
        return of(question, ranked, candidates, null);
    }

    /** The features; with a {@code recency}, also where the evidence lies in time. */
    public static ConfidenceFeatures of(
            QuestionAnalysis question, List<RankedSentence> ranked, List<AnswerCandidate> candidates, Recency recency) {
        if (ranked.isEmpty()) {
            return new ConfidenceFeatures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        RankedSentence top = ranked.get(0);
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        double candidate = candidates.isEmpty() ? 0 : candidates.get(0).score();
        double nextCandidate = candidates.size() > 1 ? candidates.get(1).score() : 0;
        boolean typed = !candidates.isEmpty() && candidates.get(0).type() == question.expectedType();
        return new ConfidenceFeatures(
                top.score(),
                top.sentence().similarity(),
                top.sentence().contextSimilarity(),
                top.coverage(),
                top.score() - second,
                candidate,
                candidates.isEmpty() ? 0 : candidate - nextCandidate,
                typed ? 1 : 0,
                nameCoverage(question.question(), ranked),
                top.vectorRank(),
                candidates.isEmpty() ? 0 : answerSupport(candidates.get(0).text(), ranked),
                articleCoverage(question.focusTerms(), ranked),
                top.textRank(),
                top.articleSimilarity(),
                recency != null && recency.holds(top.sentence()) ? 1 : 0,
                recency == null ? 0 : Math.log1p(recency.gapDays(top.sentence())),
                recency == null
                        ? 0
                        : (double) ranked.stream()
                                        .filter(s -> recency.holds(s.sentence()))
                                        .count()
                                / ranked.size(),
                recency == null ? 0 : Math.log1p(recency.ageDays()));
    }

    /**
     * How many of the weighed sentences hold the answer as a whole word: a story told by several
     * sentences or sources is more often the one the question is about.
     */
    static int answerSupport(String answer, List<RankedSentence> ranked) {
        return (int) ranked.stream()
                .filter(s -> CitationBuilder.locate(s.sentence().text(), answer) >= 0)
                .count();
    }

    /**
     * Share of the question's focus terms found in the top sentence's article: its title and those of
     * the weighed sentences that come from it. An article merely near the question's topic misses some.
     */
    static double articleCoverage(List<String> focusTerms, List<RankedSentence> ranked) {
        SentenceInContext top = ranked.get(0).sentence();
        List<String> texts = new ArrayList<>();
        texts.add(top.title());
        ranked.stream()
                .map(RankedSentence::sentence)
                .filter(s -> s.articleId().equals(top.articleId()))
                .forEach(s -> texts.add(s.text()));
        return TermMatcher.coverage(focusTerms, texts);
    }

    /**
     * Share of the names in the question (capitalised words past its first word) found in the top
     * three sentences, their titles or the sentences before them. When the story a question is about
     * is not in the archive, its names are usually missing too.
     */
    static double nameCoverage(String question, List<RankedSentence> ranked) {
        List<String> names = new ArrayList<>();
        String[] words = question.split("[^\\p{L}\\p{N}]+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > 1 && Character.isUpperCase(words[i].charAt(0))) {
                names.add(words[i].toLowerCase(Locale.ROOT));
            }
        }
        if (names.isEmpty()) {
            return 1;
        }
        StringBuilder evidence = new StringBuilder();
        for (RankedSentence sentence : ranked.subList(0, Math.min(3, ranked.size()))) {
            evidence.append(' ')
                    .append(sentence.sentence().text())
                    .append(' ')
                    .append(sentence.sentence().title())
                    .append(' ')
                    .append(sentence.sentence().previous());
        }
        String text = evidence.toString().toLowerCase(Locale.ROOT);
        return (double) names.stream().filter(text::contains).count() / names.size();
    }

    /** The features in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {
            topScore,
            topSimilarity,
            topContextSimilarity,
            topCoverage,
            scoreMargin,
            candidateScore,
            candidateMargin,
            typeMatch,
            nameCoverage,
            topVectorRank,
            answerSupport,
            articleCoverage,
            topTextRank,
            topArticleSimilarity,
            recentTop,
            dateGap,
            recentShare,
            age
        };
    }
}
