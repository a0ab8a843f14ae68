package io.newsdesk.answer.citation;

import io.newsdesk.answer.reader.AnswerCandidate;
import io.newsdesk.retrieval.RankedSentence;
import io.newsdesk.store.SentenceInContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Chooses and builds citations: the sentence holding the short answer first, then the best-ranked
 * sentence (when the answer came from another one, the reader may be wrong and the ranking right),
 * then other sentences that also hold the answer, then the remaining ones by how well they are
 * ranked and how strong an answer they hold themselves (a sentence stating a strong alternative
 * answer is better evidence to show than one that merely shares the question's words); each with
 * answer offsets and resolved dates.
 */
public class CitationBuilder {

    /** How far behind the chosen answer a sentence holding no candidate at all counts, in reader score. */
    private static final double NO_CANDIDATE_GAP = 15;

    private final RelativeDateResolver dates;
    private final double supportWeight;

    /** {@code supportWeight}: {@code newsdesk.answer.citation-support-weight}. */
    public CitationBuilder(RelativeDateResolver dates, double supportWeight) {
        this.dates = dates;
        this.supportWeight = supportWeight;
    }

    /** Up to {@code max} citations for the answer {@code candidates.get(0)} (none: ranking order). */
    public List<Citation> cite(List<RankedSentence> ranked, List<AnswerCandidate> candidates, int max) {
        AnswerCandidate best = candidates.isEmpty() ? null : candidates.get(0);
        List<RankedSentence> ordered = new ArrayList<>(ranked.size());
        if (best != null) {
            ordered.add(ranked.get(best.sentenceIndex()));
            if (!ordered.contains(ranked.get(0))) {
                ordered.add(ranked.get(0));
            }
            ranked.stream()
                    .filter(r -> !ordered.contains(r) && locate(r.sentence().text(), best.text()) >= 0)
                    .forEach(ordered::add);
        }
        double[] support = support(ranked, candidates);
        IntStream.range(0, ranked.size())
                .filter(i -> !ordered.contains(ranked.get(i)))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> ranked.get(i).score() + supportWeight * support[i])
                        .reversed())
                .toList()
                .forEach(i -> ordered.add(ranked.get(i)));
        List<Citation> citations = new ArrayList<>();
        for (RankedSentence sentence : ordered.subList(0, Math.min(max, ordered.size()))) {
            citations.add(citation(citations.size() + 1, sentence, best == null ? null : best.text()));
        }
        return citations;
    }

    /**
     * Per sentence: its strongest candidate's score minus the chosen answer's (at most 0), or
     * -{@link #NO_CANDIDATE_GAP} when it holds none.
     */
    private static double[] support(List<RankedSentence> ranked, List<AnswerCandidate> candidates) {
        double[] support = new double[ranked.size()];
        Arrays.fill(support, -NO_CANDIDATE_GAP);
        if (candidates.isEmpty()) {
            return support;
        }
        double top = candidates.get(0).score();
        for (AnswerCandidate candidate : candidates) {
            int i = candidate.sentenceIndex();
            support[i] = Math.max(support[i], Math.max(-NO_CANDIDATE_GAP, candidate.score() - top));
        }
        return support;
    }

    public List<Citation> related(List<RankedSentence> ranked, int max) {
        List<Citation> related = new ArrayList<>();
        for (RankedSentence sentence : ranked.subList(0, Math.min(max, ranked.size()))) {
            related.add(citation(related.size() + 1, sentence, null));
        }
        return related;
    }

    private Citation citation(int n, RankedSentence ranked, String answer) {
        SentenceInContext s = ranked.sentence();
        int at = answer == null ? -1 : locate(s.text(), answer);
        return new Citation(
                n,
                s.articleId(),
                s.title(),
                s.source(),
                s.url(),
                s.publishedAt(),
                s.ordinal(),
                s.charStart(),
                s.charEnd(),
                s.text(),
                at < 0 ? null : at,
                at < 0 ? null : at + answer.length(),
                Math.round(ranked.score() * 1_000.0) / 1_000.0,
                s.publishedAt() == null ? List.of() : dates.resolve(s.text(), s.publishedAt()));
    }

    /** Where the answer stands in the text as a whole word (case-insensitive), or -1. */
    public static int locate(String text, String answer) {
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
