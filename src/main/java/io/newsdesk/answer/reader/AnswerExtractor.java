package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.EnglishTagger;
import io.newsdesk.answer.question.NounClasses;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.answer.question.QuestionCues;
import io.newsdesk.answer.question.TaggedSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The extractive reader: finds typed candidate spans (names, numbers, money, percentages, dates,
 * noun phrases, and names reached through light coreference) in the retrieved sentences, scores
 * each occurrence by a weighted sum of its {@link CandidateFeatures}, and merges equal answers
 * across sentences with redundancy votes. Thread-safe; uses the shared OpenNLP English models and
 * WordNet noun classes.
 */
public class AnswerExtractor {

    /** Two or three capitalised words: a given name (or two) before the surname. */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,2}");

    private final EnglishTagger tagger;
    private final ExtractorWeights weights;
    private final ReferenceResolver references;
    private final KindMatcher kinds;
    private final ClassMatcher classes;
    private final ShorterSpans shorter;

    /** An extractor with {@link ExtractorWeights#defaults()} and no notion of kinds. */
    public AnswerExtractor() {
        this(ExtractorWeights.defaults());
    }

    /** An extractor with the given weights and no notion of kinds. */
    public AnswerExtractor(ExtractorWeights weights) {
        this(weights, KindMatcher.NONE);
    }

    /**
     * An extractor with the given weights, matching candidates to the kind a question asks for and
     * to its WordNet classes.
     */
    AnswerExtractor(ExtractorWeights weights, KindMatcher kinds) {
        this.tagger = EnglishTagger.shared();
        this.weights = Objects.requireNonNull(weights, "weights");
        this.references = new ReferenceResolver(tagger);
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.classes = new ClassMatcher(NounClasses::shared);
        this.shorter = new ShorterSpans(NounClasses::shared);
    }

    /** Candidate answers for {@code question}, best first, one per normalised answer text. */
    public List<AnswerCandidate> extract(QuestionAnalysis question, List<EvidenceSentence> sentences) {
        return fullNameFirst(question.expectedType(), extractWithFeatures(question, sentences));
    }

    /**
     * When a question asks for a person, the best answer is one word ("Washington", whatever type it
     * was given) and a person's name ending in it ("Ron Washington") is among the candidates, the
     * fuller name answers: it is the same person, said more usefully, and its sentence is the better
     * citation, as long as that sentence shares a word with the question (a sentence that merely names
     * the person, about something else, would cite nothing that supports the answer).
     */
    static List<AnswerCandidate> fullNameFirst(AnswerType expected, List<Featured> featured) {
        List<AnswerCandidate> ranked =
                featured.stream().map(Featured::candidate).toList();
        if (expected != AnswerType.PERSON
                || ranked.isEmpty()
                || ranked.get(0).text().contains(" ")) {
            return ranked;
        }
        String surname = ranked.get(0).text();
        for (int i = 1; i < ranked.size(); i++) {
            AnswerCandidate fuller = ranked.get(i);
            String text = fuller.text();
            if (fuller.type() == AnswerType.PERSON
                    && text.endsWith(" " + surname)
                    && FULL_NAME.matcher(text).matches()
                    && featured.get(i).features()[CandidateFeatures.FOCUS_COVERAGE] > 0) {
                List<AnswerCandidate> reordered = new ArrayList<>(ranked);
                reordered.remove(i);
                reordered.add(0, fuller);
                return List.copyOf(reordered);
            }
        }
        return ranked;
    }

    /** A candidate answer with the feature values its score was computed from. */
    public record Featured(AnswerCandidate candidate, double[] features) {}

    /** Like {@link #extract}, keeping each candidate's {@link CandidateFeatures} (diagnostics and training). */
    public List<Featured> extractWithFeatures(QuestionAnalysis question, List<EvidenceSentence> sentences) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(sentences, "sentences");
        QuestionCues cues = QuestionCues.of(question, tagger);
        double maxRetrieval = sentences.stream()
                .mapToDouble(EvidenceSentence::retrievalScore)
                .max()
                .orElse(0);
        Map<String, CandidateVotes> votes = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            EvidenceSentence evidence = sentences.get(i);
            double normalised = maxRetrieval > 0 ? Math.max(0, evidence.retrievalScore()) / maxRetrieval : 0;
            SentenceContext context = new SentenceContext(
                    tagger.tag(evidence.text()),
                    i,
                    normalised,
                    evidence.retrievalScore() - maxRetrieval,
                    evidence.articleId());
            collect(cues, context, evidence.before(), votes);
        }
        List<CandidateVotes> all = typeFiltered(question.expectedType(), new ArrayList<>(votes.values()));
        double[] kind = question.headNoun() == null || all.isEmpty()
                ? new double[all.size()]
                : kinds.similarities(
                        question.headNoun(),
                        all.stream().map(v -> v.best().text()).toList());
        List<Featured> featured = new ArrayList<>(all.size());
        long matching = all.stream()
                .filter(v -> v.features()[CandidateFeatures.CLASS_MATCH] > 0)
                .count();
        for (int i = 0; i < all.size(); i++) {
            CandidateVotes v = all.get(i);
            double[] f = v.features();
            f[CandidateFeatures.SHORT_FORMS] = shortForms(v, all);
            f[CandidateFeatures.KIND_SIMILARITY] = kind[i];
            Mention best = v.best();
            featured.add(new Featured(
                    new AnswerCandidate(
                            best.text(), v.bestSentence(), best.start(), best.end(), weights.score(f), best.type()),
                    f));
        }
        return featured.stream()
                .sorted(Comparator.comparingDouble((Featured f) -> f.candidate().score())
                        .reversed())
                .toList();
    }

    /**
     * Answer-type filtering for who and where questions: when some candidate is a compatible name,
     * candidates of an incompatible type are dropped, however well placed. ("What" and "which"
     * questions keep every candidate: their answers are often common nouns.)
     */
    private static List<CandidateVotes> typeFiltered(AnswerType expected, List<CandidateVotes> all) {
        if (expected != AnswerType.PERSON && expected != AnswerType.ORGANIZATION && expected != AnswerType.LOCATION) {
            return all;
        }
        boolean anyCompatible = all.stream().anyMatch(v -> v.typeMatch() > 0);
        if (!anyCompatible) {
            return all;
        }
        return all.stream().filter(v -> v.typeMatch() >= 0).toList();
    }

    /** "Gronkowski" elsewhere in the evidence is a vote for "Rob Gronkowski". */
    private static int shortForms(CandidateVotes candidate, List<CandidateVotes> all) {
        List<String> words = List.of(normalise(candidate.best().text()).split(" "));
        if (words.size() < 2) {
            return 0;
        }
        return (int) all.stream()
                .filter(o -> o != candidate && o.best().type() != AnswerType.DESCRIPTION)
                .map(o -> List.of(normalise(o.best().text()).split(" ")))
                .filter(o -> o.size() < words.size() && words.containsAll(o))
                .count();
    }

    private void collect(
            QuestionCues cues, SentenceContext context, List<String> before, Map<String, CandidateVotes> votes) {
        List<Mention> mentions = mentions(context.tagged(), before, cues);
        double[][] features = CandidateScorer.features(cues, context, mentions);
        for (int k = 0; k < mentions.size(); k++) {
            String key = normalise(mentions.get(k).text());
            if (features[k] != null && !key.isEmpty()) {
                classes.addTo(features[k], cues.analysis().expectedClasses(), mentions.get(k));
                votes.computeIfAbsent(key, x -> new CandidateVotes())
                        .add(
                                mentions.get(k),
                                context.rank(),
                                context.articleId(),
                                features[k],
                                weights.score(features[k]));
            }
        }
    }

    private List<Mention> mentions(TaggedSentence tagged, List<String> before, QuestionCues cues) {
        List<Mention> mentions = new ArrayList<>();
        NumericMentionFinder.find(tagged, mentions);
        NameMentionFinder.findQuoted(tagged, mentions);
        NameMentionFinder.findNames(tagged, mentions);
        references.resolve(tagged, before, mentions);
        NameMentionFinder.findNounPhrases(
                tagged, mentions, word -> NounClasses.shared().isNoun(word));
        if (cues.pluralHead()) {
            NameMentionFinder.findCoordinated(tagged, mentions);
        }
        shorter.find(tagged, cues, mentions);
        return mentions;
    }

    /** SQuAD-style normalisation used to merge equal answers: lowercase, no punctuation or articles. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
        return lower.replaceAll("[^\\p{L}\\p{N}]+", " ")
                .replaceAll("\\b(a|an|the)\\b", " ")
                .trim()
                .replaceAll("\\s+", " ");
    }
}
