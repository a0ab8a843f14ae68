package io.newsdesk.retrieval;

import java.util.List;

/**
 * What retrieval found: the sentences, best first, and the recent window they were ranked by (anchored
 * on the newest story on the subject; null for a query without a day asked on).
 */
public record Retrieval(List<RankedSentence> sentences, Recency recency) {

    public Retrieval {
        sentences = List.copyOf(sentences);
    }
}
