package io.newsdesk.retrieval;

import io.newsdesk.store.SentenceInContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The features a candidate sentence is ranked by: its own similarity and term match, its rank in
 * each search, what its neighbours and title add, and how strongly its article as a whole matches.
 * The ranker's weights ({@code newsdesk.retrieval.ranker}) are
 * fitted to these by {@code scripts/tool.sh RankerTraining}.
 */
final class RankingFeatures {

    /** Feature names, in the order of the vectors and of the configured weights. */
    static final List<String> NAMES = List.of(
            "similarity",
            "context_similarity",
            "sentence_rank",
            "context_rank",
            "text_rank",
            "coverage",
            "neighbour_coverage",
            "title_coverage",
            "proximity",
            "article_similarity",
            "article_coverage",
            "article_candidates",
            "lead",
            "shape",
            "question",
            "fragment");

    /** How far down each search list a rank still counts: the rank feature is (k + 1) / (k + rank + 1). */
    private static final double RANK_K = 5;

    private static final Pattern NUMBER = Pattern.compile(
            "\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                    + "hundred|thousand|million|billion|dozen)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b|\\b(January|February|March|April"
            + "|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday|yesterday|today|tomorrow|last (week|month|year)|next (week|month|year))\\b");
    /** A sentence that asks rather than tells (a quiz's own question, a rhetorical one), closing quotes aside. */
    private static final Pattern ASKS = Pattern.compile("\\?[\"”’')\\s]*$");
    /** At most this many words is a fragment: a quiz option ("A. Facebook"), a caption, a dateline. */
    private static final int FRAGMENT_WORDS = 4;

    private static final Pattern INNER_NAME = Pattern.compile("[^.!?\"“‘(\\s]\\s+\\p{Lu}\\p{L}");

    private RankingFeatures() {}

    /** Where a sentence stands in each search list, -1 when absent. */
    record SearchRanks(int sentence, int context, int text) {}

    /** One feature vector per sentence, in the order given. */
    static List<double[]> of(
            List<SentenceInContext> sentences, Map<Long, SearchRanks> ranks, Set<String> focus, AnswerShape shape) {
        List<double[]> vectors = new ArrayList<>(sentences.size());
        for (SentenceInContext sentence : sentences) {
            List<String> tokens = TermMatcher.cachedStems(sentence.text());
            double coverage = TermMatcher.coverage(focus, tokens);
            SearchRanks rank = ranks.get(sentence.sentenceId());
            double[] f = new double[NAMES.size()];
            f[0] = sentence.similarity();
            f[1] = sentence.contextSimilarity();
            f[2] = reciprocal(rank.sentence());
            f[3] = reciprocal(rank.context());
            f[4] = reciprocal(rank.text());
            f[5] = coverage;
            f[6] = neighbourCoverage(sentence, focus, tokens);
            f[7] = TermMatcher.coverage(focus, TermMatcher.cachedStems(sentence.title()));
            f[8] = TermMatcher.proximity(focus, tokens);
            f[12] = 1.0 / (1 + sentence.ordinal());
            f[13] = hasShape(sentence.text(), shape) ? 1 : 0;
            f[14] = ASKS.matcher(sentence.text()).find() ? 1 : 0;
            f[15] = tokens.size() <= FRAGMENT_WORDS ? 1 : 0;
            vectors.add(f);
        }
        Map<UUID, double[]> articles = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            double[] f = vectors.get(i);
            double[] article = articles.computeIfAbsent(sentences.get(i).articleId(), id -> new double[3]);
            article[0] = Math.max(article[0], f[0]);
            article[1] = Math.max(article[1], f[5]);
            article[2]++;
        }
        for (int i = 0; i < sentences.size(); i++) {
            double[] f = vectors.get(i);
            double[] article = articles.get(sentences.get(i).articleId());
            f[9] = article[0];
            f[10] = article[1];
            f[11] = Math.log(article[2]);
            for (int j = 0; j < f.length; j++) {
                // a question whose embedding has no direction (nothing but symbols) has no cosine similarity
                f[j] = Double.isFinite(f[j]) ? f[j] : 0;
            }
        }
        return vectors;
    }

    private static double reciprocal(int rank) {
        return rank < 0 ? 0 : (RANK_K + 1) / (RANK_K + rank + 1);
    }

    /** Share of the focus terms missing from the sentence that its two previous and next sentences hold. */
    private static double neighbourCoverage(SentenceInContext sentence, Set<String> focus, List<String> tokens) {
        if (focus.isEmpty()) {
            return 0;
        }
        List<String> around = new ArrayList<>(TermMatcher.cachedStems(sentence.previous()));
        around.addAll(TermMatcher.cachedStems(sentence.previous2()));
        around.addAll(TermMatcher.cachedStems(sentence.next()));
        Set<String> missing = new HashSet<>(focus);
        tokens.forEach(missing::remove);
        return TermMatcher.coverage(missing, around) * missing.size() / focus.size();
    }

    static boolean hasShape(String text, AnswerShape shape) {
        return switch (shape) {
            case NAME -> INNER_NAME.matcher(text).find();
            case NUMBER -> NUMBER.matcher(text).find();
            case DATE -> DATE.matcher(text).find();
            case ANY -> true;
        };
    }
}
