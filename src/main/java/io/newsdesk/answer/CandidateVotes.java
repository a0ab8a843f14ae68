package io.newsdesk.answer;

import java.util.HashSet;
import java.util.Set;

/** Accumulates the occurrences of one normalised answer text across evidence sentences. */
final class CandidateVotes {

    private final Set<Integer> sentences = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private Mention best;
    private int bestSentence;
    private double bestScore = Double.NEGATIVE_INFINITY;

    void add(Mention mention, int sentenceIndex, String articleId, double score) {
        sentences.add(sentenceIndex);
        articles.add(articleId);
        boolean better = score > bestScore || score == bestScore && !mention.viaReference() && best.viaReference();
        if (better) {
            best = mention;
            bestSentence = sentenceIndex;
            bestScore = score;
        }
    }

    AnswerCandidate toCandidate(ExtractorWeights weights) {
        double votes = weights.redundancy() * Math.log(sentences.size())
            + weights.articleVotes() * (articles.size() - 1);
        return new AnswerCandidate(best.text(), bestSentence, best.start(), best.end(), bestScore + votes,
            best.type());
    }
}
