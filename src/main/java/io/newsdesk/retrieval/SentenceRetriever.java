package io.newsdesk.retrieval;

import java.util.List;

/** Finds the stored sentences most likely to answer a question, best first. */
public interface SentenceRetriever {

    /** The best {@code query.limit()} sentences, near-duplicates merged, and the recent window they were ranked by. */
    Retrieval retrieve(RetrievalQuery query);

    /** Every candidate sentence found, best first, with its ranking features (diagnostics and training). */
    List<RankedSentence> candidates(RetrievalQuery query);

    /** The names of the ranking features, in the order of {@link RankedSentence#features()}. */
    List<String> featureNames();
}
