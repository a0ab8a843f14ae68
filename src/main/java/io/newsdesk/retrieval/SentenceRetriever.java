package io.newsdesk.retrieval;

import java.util.List;

/** Finds the stored sentences most likely to answer a question, best first. */
public interface SentenceRetriever {

    List<RankedSentence> retrieve(RetrievalQuery query);
}
