package io.newsdesk.answer;

import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.store.SentenceInContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses and builds citations: the sentence holding the short answer first, then other sentences
 * that also hold it, then the best remaining ones; each with answer offsets and resolved dates.
 */
@ApplicationScoped
class CitationBuilder {

    private final RelativeDateResolver dates;

    CitationBuilder(RelativeDateResolver dates) {
        this.dates = dates;
    }

    List<Citation> cite(List<RankedSentence> ranked, AnswerCandidate best, int max) {
        List<RankedSentence> ordered = new ArrayList<>(ranked.size());
        if (best != null) {
            ordered.add(ranked.get(best.sentenceIndex()));
            ranked.stream().filter(r -> !ordered.contains(r) && locate(r.sentence().text(), best.text()) >= 0)
                    .forEach(ordered::add);
        }
        ranked.stream().filter(r -> !ordered.contains(r)).forEach(ordered::add);
        List<Citation> citations = new ArrayList<>();
        for (RankedSentence sentence : ordered.subList(0, Math.min(max, ordered.size()))) {
            citations.add(citation(citations.size() + 1, sentence, best == null ? null : best.text()));
        }
        return citations;
    }

    List<Citation> related(List<RankedSentence> ranked, int max) {
        List<Citation> related = new ArrayList<>();
        for (RankedSentence sentence : ranked.subList(0, Math.min(max, ranked.size()))) {
            related.add(citation(related.size() + 1, sentence, null));
        }
        return related;
    }

    private Citation citation(int n, RankedSentence ranked, String answer) {
        SentenceInContext s = ranked.sentence();
        int at = answer == null ? -1 : locate(s.text(), answer);
        return new Citation(n, s.articleId(), s.title(), s.source(), s.url(), s.publishedAt(), s.ordinal(),
                s.charStart(), s.charEnd(), s.text(), at < 0 ? null : at, at < 0 ? null : at + answer.length(),
                Math.round(ranked.score() * 1_000.0) / 1_000.0,
                s.publishedAt() == null ? List.of() : dates.resolve(s.text(), s.publishedAt()));
    }

    /** Where the answer stands in the text as a whole word (case-insensitive), or -1. */
    static int locate(String text, String answer) {
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = answer.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            int end = at + needle.length();
            boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }
}
