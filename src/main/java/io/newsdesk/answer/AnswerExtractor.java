package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The extractive reader: finds typed candidate spans (names, numbers, money, percentages, dates,
 * noun phrases, and names reached through light coreference) in the retrieved sentences, scores
 * each occurrence with hand-set feature weights, and merges equal answers across sentences with
 * a redundancy vote. Thread-safe; uses the shared OpenNLP English models.
 */
public class AnswerExtractor {

    private static final double SHORT_FORM = 0.5;

    private final EnglishTagger tagger;
    private final ExtractorWeights weights;
    private final CandidateScorer scorer;
    private final ReferenceResolver references;

    /** An extractor with {@link ExtractorWeights#defaults()}. */
    public AnswerExtractor() {
        this(ExtractorWeights.defaults());
    }

    /** An extractor with the given weights. */
    public AnswerExtractor(ExtractorWeights weights) {
        this.tagger = EnglishTagger.shared();
        this.weights = Objects.requireNonNull(weights, "weights");
        this.scorer = new CandidateScorer(weights);
        this.references = new ReferenceResolver(tagger);
    }

    /** Candidate answers for {@code question}, best first, one per normalised answer text. */
    public List<AnswerCandidate> extract(QuestionAnalysis question, List<EvidenceSentence> sentences) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(sentences, "sentences");
        QuestionCues cues = QuestionCues.of(question, tagger);
        double maxRetrieval = sentences.stream().mapToDouble(EvidenceSentence::retrievalScore).max().orElse(0);
        Map<String, CandidateVotes> votes = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            EvidenceSentence evidence = sentences.get(i);
            double normalised = maxRetrieval > 0 ? Math.max(0, evidence.retrievalScore()) / maxRetrieval : 0;
            SentenceContext context = new SentenceContext(tagger.tag(evidence.text()), i, normalised,
                evidence.articleId());
            collect(cues, context, evidence.before(), votes);
        }
        List<AnswerCandidate> candidates = votes.values().stream().map(v -> v.toCandidate(weights)).toList();
        return withShortFormVotes(candidates).stream()
            .sorted(Comparator.comparingDouble(AnswerCandidate::score).reversed()).toList();
    }

    /** "Gronkowski" elsewhere in the evidence is a vote for "Rob Gronkowski". */
    private List<AnswerCandidate> withShortFormVotes(List<AnswerCandidate> candidates) {
        List<AnswerCandidate> boosted = new ArrayList<>(candidates.size());
        for (AnswerCandidate c : candidates) {
            List<String> words = List.of(normalise(c.text()).split(" "));
            long shortForms = words.size() < 2 ? 0 : candidates.stream()
                .filter(o -> o != c && o.type() != AnswerType.DESCRIPTION)
                .map(o -> List.of(normalise(o.text()).split(" ")))
                .filter(o -> o.size() < words.size() && words.containsAll(o)).count();
            boosted.add(shortForms == 0 ? c : new AnswerCandidate(c.text(), c.sentenceIndex(), c.start(), c.end(),
                c.score() + SHORT_FORM * weights.redundancy() * shortForms, c.type()));
        }
        return boosted;
    }

    private void collect(QuestionCues cues, SentenceContext context, List<String> before,
            Map<String, CandidateVotes> votes) {
        List<Mention> mentions = mentions(context.tagged(), before, cues.pluralHead());
        double[] scores = scorer.score(cues, context, mentions);
        for (int k = 0; k < mentions.size(); k++) {
            String key = normalise(mentions.get(k).text());
            if (!Double.isNaN(scores[k]) && !key.isEmpty()) {
                votes.computeIfAbsent(key, x -> new CandidateVotes())
                    .add(mentions.get(k), context.rank(), context.articleId(), scores[k]);
            }
        }
    }

    private List<Mention> mentions(TaggedSentence tagged, List<String> before, boolean plural) {
        List<Mention> mentions = new ArrayList<>();
        NumericMentionFinder.find(tagged, mentions);
        NameMentionFinder.findQuoted(tagged, mentions);
        NameMentionFinder.findNames(tagged, mentions);
        references.resolve(tagged, before, mentions);
        NameMentionFinder.findNounPhrases(tagged, mentions);
        if (plural) {
            NameMentionFinder.findCoordinated(tagged, mentions);
        }
        return mentions;
    }

    /** SQuAD-style normalisation used to merge equal answers: lowercase, no punctuation or articles. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
        return lower.replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\b(a|an|the)\\b", " ").trim()
            .replaceAll("\\s+", " ");
    }
}
