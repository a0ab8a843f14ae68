package io.newsdesk.answer.reader;

import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.store.SentenceInContext;
import java.util.ArrayList;
import java.util.List;

/** Turns retrieved sentences into the extractor's evidence, keeping the order. */
public final class EvidenceSentences {

    private EvidenceSentences() {}

    public static List<EvidenceSentence> of(List<RankedSentence> ranked) {
        return ranked.stream().map(EvidenceSentences::of).toList();
    }

    private static EvidenceSentence of(RankedSentence ranked) {
        SentenceInContext sentence = ranked.sentence();
        List<String> before = new ArrayList<>(2);
        if (sentence.previous2() != null) {
            before.add(sentence.previous2());
        }
        if (sentence.previous() != null) {
            before.add(sentence.previous());
        }
        return new EvidenceSentence(
                sentence.text(), ranked.score(), before, sentence.articleId().toString(), sentence.title());
    }
}
