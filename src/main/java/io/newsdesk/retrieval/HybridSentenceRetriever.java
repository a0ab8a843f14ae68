package io.newsdesk.retrieval;

import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.store.SentenceHit;
import io.newsdesk.store.SentenceInContext;
import io.newsdesk.store.SentenceSearchRepository;
import io.newsdesk.store.SentenceSearchRepository.VectorColumn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Hybrid retrieval over sentences: HNSW nearest neighbours and English full text, fused by
 * reciprocal rank, re-ranked with lexical and context features, near-duplicates merged.
 */
@ApplicationScoped
class HybridSentenceRetriever implements SentenceRetriever {

    private final SentenceEmbedder embedder;
    private final SentenceSearchRepository search;
    private final RetrievalConfig config;

    HybridSentenceRetriever(SentenceEmbedder embedder, SentenceSearchRepository search, RetrievalConfig config) {
        this.embedder = embedder;
        this.search = search;
        this.config = config;
    }

    @Override
    public List<RankedSentence> retrieve(RetrievalQuery query) {
        float[] vector = embedder.embedQuery(query.question());
        List<SentenceHit> nearest = search.nearest(VectorColumn.SENTENCE, vector, query.filter(),
                config.vectorCandidates(), config.efSearch());
        List<SentenceHit> nearestInContext = search.nearest(VectorColumn.CONTEXT, vector, query.filter(),
                config.vectorCandidates(), config.efSearch());
        List<SentenceHit> text = search.fullText(query.focusTerms(), query.filter(), config.textCandidates());
        Map<Long, Double> fused = fuse(List.of(nearest, nearestInContext, text));
        if (fused.isEmpty()) {
            return List.of();
        }
        List<SentenceInContext> sentences = search.inContext(new ArrayList<>(fused.keySet()), vector);
        Set<String> focus = TermMatcher.stemSet(query.focusTerms());
        List<RankedSentence> ranked = withArticleSupport(sentences.stream()
                .map(sentence -> rank(sentence, fused.get(sentence.sentenceId()), focus))
                .toList());
        return SyndicationFilter.distinct(ranked, query.limit());
    }

    /** Adds a share of the best score in the same article, so sentences of the most relevant story rise together. */
    private List<RankedSentence> withArticleSupport(List<RankedSentence> ranked) {
        Map<UUID, Double> best = new HashMap<>();
        for (RankedSentence sentence : ranked) {
            best.merge(sentence.sentence().articleId(), sentence.score(), Math::max);
        }
        double weight = config.weights().article();
        return ranked.stream()
                .map(r -> new RankedSentence(r.sentence(), r.score() + weight * best.get(r.sentence().articleId()),
                        r.coverage()))
                .sorted(Comparator.comparingDouble(RankedSentence::score).reversed())
                .toList();
    }

    private Map<Long, Double> fuse(List<List<SentenceHit>> lists) {
        Map<Long, Double> fused = new LinkedHashMap<>();
        double scale = config.rrfK() + 1.0;
        for (List<SentenceHit> list : lists) {
            for (int rank = 0; rank < list.size(); rank++) {
                fused.merge(list.get(rank).sentenceId(), scale / (config.rrfK() + rank + 1), Double::sum);
            }
        }
        return fused;
    }

    private RankedSentence rank(SentenceInContext sentence, double fusion, Set<String> focus) {
        RetrievalConfig.Weights weights = config.weights();
        List<String> tokens = TermMatcher.stems(sentence.text());
        double coverage = TermMatcher.coverage(focus, tokens);
        List<String> around = new ArrayList<>(TermMatcher.stems(sentence.previous()));
        around.addAll(TermMatcher.stems(sentence.previous2()));
        around.addAll(TermMatcher.stems(sentence.next()));
        Set<String> missing = new HashSet<>(focus);
        missing.removeAll(tokens);
        double context = focus.isEmpty() ? 0 : TermMatcher.coverage(missing, around) * missing.size() / focus.size();
        double score = weights.similarity() * sentence.similarity()
                + weights.contextSimilarity() * sentence.contextSimilarity()
                + weights.fusion() * fusion
                + weights.coverage() * coverage
                + weights.context() * context
                + weights.title() * TermMatcher.coverage(focus, TermMatcher.stems(sentence.title()))
                + weights.proximity() * TermMatcher.proximity(focus, tokens);
        return new RankedSentence(sentence, score, coverage);
    }
}
