package io.newsdesk.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Merges near-identical sentences (syndicated copies of one story) so one is cited, not several. */
final class SyndicationFilter {

    private static final double SAME_SENTENCE = 0.85;

    private SyndicationFilter() {}

    /** The best-first sentences without near-duplicates of better ones, at most {@code limit}. */
    static List<RankedSentence> distinct(List<RankedSentence> ranked, int limit) {
        List<RankedSentence> kept = new ArrayList<>();
        List<Set<String>> keptTokens = new ArrayList<>();
        for (RankedSentence candidate : ranked) {
            Set<String> tokens =
                    new HashSet<>(TermMatcher.stems(candidate.sentence().text()));
            if (keptTokens.stream().noneMatch(other -> jaccard(tokens, other) >= SAME_SENTENCE)) {
                kept.add(candidate);
                keptTokens.add(tokens);
                if (kept.size() == limit) {
                    break;
                }
            }
        }
        return kept;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
