package io.newsdesk.answer.reader;

import java.util.HashSet;
import java.util.Set;

/** Accumulates the occurrences of one normalised answer text across evidence sentences. */
final class CandidateVotes {

    private final Set<Integer> sentences = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private Mention best;
    private int bestSentence;
    private double bestScore = Double.NEGATIVE_INFINITY;

    private double[] bestFeatures;

    void add(Mention mention, int sentenceIndex, String articleId, double[] features, double score) {
        sentences.add(sentenceIndex);
        articles.add(articleId);
        boolean better = score > bestScore || score == bestScore && !mention.viaReference() && best.viaReference();
        if (better) {
            best = mention;
            bestSentence = sentenceIndex;
            bestScore = score;
            bestFeatures = features;
        }
    }

    /** The best occurrence's features with the votes added. */
    double[] features() {
        double[] f = bestFeatures.clone();
        f[CandidateFeatures.SENTENCE_VOTES] = Math.log(sentences.size());
        f[CandidateFeatures.ARTICLE_VOTES] = articles.size() - 1;
        return f;
    }

    /** The best occurrence's answer-type match (no copy of the feature vector). */
    double typeMatch() {
        return bestFeatures[CandidateFeatures.TYPE_MATCH];
    }

    Mention best() {
        return best;
    }

    int bestSentence() {
        return bestSentence;
    }
}
