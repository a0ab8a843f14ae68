package io.newsdesk.retrieval;

import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.retrieval.RankingFeatures.SearchRanks;
import io.newsdesk.store.SentenceHit;
import io.newsdesk.store.SentenceInContext;
import io.newsdesk.store.SentenceSearchRepository;
import io.newsdesk.store.SentenceSearchRepository.VectorColumn;
import io.newsdesk.util.LearnedScore;
import io.newsdesk.util.ModelFile;
import io.newsdesk.util.ModelSource;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid retrieval over sentences: HNSW nearest neighbours and English full text,  ranked by
 * a learned ranker over {@link RankingFeatures} ({@code models/ranker.json}), near-duplicates merged.
 */
@ApplicationScoped
@Startup
class HybridSentenceRetriever implements SentenceRetriever {

    private static final int COVERAGE = RankingFeatures.NAMES.indexOf("coverage");

    private final SentenceEmbedder embedder;
    private final SentenceSearchRepository search;
    private final RetrievalConfig config;
    private final LearnedScore weights;

    HybridSentenceRetriever(
            SentenceEmbedder embedder, SentenceSearchRepository search, RetrievalConfig config, ModelSource models) {
        this.embedder = embedder;
        this.search = search;
        this.config = config;
        this.weights = models.load("ranker", RankingFeatures.NAMES, ModelFile.SCORE_FORMS)
                .score();
    }

    @Override
    public List<RankedSentence> retrieve(RetrievalQuery query) {
        return SyndicationFilter.distinct(candidates(query), query.limit());
    }

    @Override
    public List<RankedSentence> candidates(RetrievalQuery query) {
        float[] vector = embedder.embedQuery(query.question());
        List<SentenceHit> nearest = search.nearest(
                VectorColumn.SENTENCE, vector, query.filter(), config.vectorCandidates(), config.efSearch());
        List<SentenceHit> nearestInContext = search.nearest(
                VectorColumn.CONTEXT, vector, query.filter(), config.vectorCandidates(), config.efSearch());
        List<SentenceHit> text = search.fullText(query.focusTerms(), query.filter(), config.textCandidates());
        Map<Long, SearchRanks> ranks = ranks(nearest, nearestInContext, text);
        if (ranks.isEmpty()) {
            return List.of();
        }
        List<SentenceInContext> sentences = search.inContext(new ArrayList<>(ranks.keySet()), vector);
        List<double[]> features =
                RankingFeatures.of(sentences, ranks, TermMatcher.stemSet(query.focusTerms()), query.shape());
        List<RankedSentence> ranked = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            double[] f = features.get(i);
            double bonus = query.recency() != null && query.recency().holds(sentences.get(i))
                    ? config.ranker().recentBonus()
                    : 0;
            ranked.add(new RankedSentence(sentences.get(i), weights.score(f) + bonus, f[COVERAGE], f));
        }
        ranked.sort(Comparator.comparingDouble(RankedSentence::score).reversed());
        return ranked;
    }

    @Override
    public List<String> featureNames() {
        return RankingFeatures.NAMES;
    }

    private static Map<Long, SearchRanks> ranks(
            List<SentenceHit> nearest, List<SentenceHit> nearestInContext, List<SentenceHit> text) {
        Map<Long, int[]> positions = new LinkedHashMap<>();
        List<List<SentenceHit>> lists = List.of(nearest, nearestInContext, text);
        for (int list = 0; list < lists.size(); list++) {
            List<SentenceHit> hits = lists.get(list);
            for (int rank = 0; rank < hits.size(); rank++) {
                positions.computeIfAbsent(hits.get(rank).sentenceId(), id -> new int[] {-1, -1, -1})[list] = rank;
            }
        }
        Map<Long, SearchRanks> ranks = new LinkedHashMap<>();
        positions.forEach((id, p) -> ranks.put(id, new SearchRanks(p[0], p[1], p[2])));
        return ranks;
    }
}
