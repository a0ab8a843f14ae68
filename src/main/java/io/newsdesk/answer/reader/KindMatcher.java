package io.newsdesk.answer.reader;

import java.util.List;

/**
 * How well candidate answers are things of the kind a question's head noun names ("sesame seeds"
 * for "which seed", "TikTok" for "which app"), from 0 (unrelated) to 1.
 */
interface KindMatcher {

    /** No notion of kinds: every candidate scores 0. */
    KindMatcher NONE = (kind, candidates) -> new double[candidates.size()];

    /** One similarity per candidate, in order. */
    double[] similarities(String kind, List<String> candidates);
}
