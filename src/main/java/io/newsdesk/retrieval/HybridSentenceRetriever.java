package io.newsdesk.retrieval;

import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.retrieval.RankingFeatures.SearchRanks;
import io.newsdesk.store.ReadSession;
import io.newsdesk.store.SearchFilter;
import io.newsdesk.store.SentenceHit;
import io.newsdesk.store.SentenceInContext;
import io.newsdesk.store.SentenceSearchRepository;
import io.newsdesk.util.LearnedScore;
import io.newsdesk.util.ModelFile;
import io.newsdesk.util.ModelSource;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    public Retrieval retrieve(RetrievalQuery query) {
        Retrieval all = ranked(query);
        return new Retrieval(SyndicationFilter.distinct(all.sentences(), query.limit()), all.recency());
    }

    @Override
    public List<RankedSentence> candidates(RetrievalQuery query) {
        return ranked(query).sentences();
    }

    /**
     * Every candidate, ranked by the learned score plus the recency prior: articles published after the
     * day asked on are left out, the newest story on the subject anchors the recent window
     * ({@link Recency#anchoredAt}) and sentences from recent articles gain the recent bonus.
     */
    private Retrieval ranked(RetrievalQuery query) {
        float[] vector = embedder.embedQuery(query.question());
        Recency recency = query.recency();
        // What was not yet news on the day asked on is left out by the searches, not after them: at a million
        // sentences most of the nearest ones can come from the years after an old question's day.
        SearchFilter filter = recency == null ? query.filter() : query.filter().publishedBy(recency.lastNewsDay());
        List<SentenceHit> nearest;
        List<SentenceHit> text;
        List<SentenceInContext> found;
        try (ReadSession reads = search.question()) {
            nearest = search.nearest(reads, vector, filter, config.vectorCandidates(), config.efSearch());
            text = search.fullText(
                    reads,
                    query.focusTerms(),
                    filter,
                    config.textCandidates(),
                    config.textMatchBudget(),
                    config.textCommonTermsTogether());
            found = found(reads, nearest, text, vector);
        }
        if (found.isEmpty()) {
            return new Retrieval(List.of(), recency);
        }
        Map<Long, SearchRanks> ranks = ranks(nearest, byContext(found), text);
        List<SentenceInContext> sentences = found.stream()
                .filter(s -> recency == null || !recency.future(s))
                .toList();
        List<double[]> features =
                RankingFeatures.of(sentences, ranks, TermMatcher.stemSet(query.focusTerms()), query.shape());
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            scores[i] = weights.score(features.get(i));
        }
        Recency anchored = recency == null ? null : recency.anchoredAt(newestStory(sentences, scores, query));
        List<RankedSentence> ranked = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            double[] f = features.get(i);
            double bonus = anchored != null && anchored.holds(sentences.get(i))
                    ? config.ranker().recentBonus()
                    : 0;
            ranked.add(new RankedSentence(sentences.get(i), scores[i] + bonus, f[COVERAGE], f));
        }
        ranked.sort(Comparator.comparingDouble(RankedSentence::score).reversed());
        return new Retrieval(ranked, anchored);
    }

    /**
     * The day the newest story on the subject came out: the newest candidate within the news margin of
     * the best score that came out in the days before the day asked on (the news of that day; a wider
     * margin when the question points at the day of asking, {@link TimeCues#recent()}); when
     * there is none, the newest within the narrower subject margin (an older story, asked about later);
     * null when no candidate has a date.
     */
    private LocalDate newestStory(List<SentenceInContext> sentences, double[] scores, RetrievalQuery query) {
        Recency recency = query.recency();
        double best = Arrays.stream(scores).max().orElse(0);
        double newsMargin = query.cues().recent()
                ? config.ranker().cueNewsMargin()
                : config.ranker().newsMargin();
        LocalDate news = null;
        LocalDate story = null;
        for (int i = 0; i < sentences.size(); i++) {
            LocalDate published = sentences.get(i).publishedAt();
            if (published == null) {
                continue;
            }
            if (scores[i] >= best - newsMargin
                    && recency.holds(sentences.get(i))
                    && (news == null || published.isAfter(news))) {
                news = published;
            }
            if (scores[i] >= best - config.ranker().subjectMargin() && (story == null || published.isAfter(story))) {
                story = published;
            }
        }
        return news != null ? news : story;
    }

    /** The sentences either search found, in context; none when neither found any. */
    private List<SentenceInContext> found(
            ReadSession reads, List<SentenceHit> nearest, List<SentenceHit> text, float[] vector) {
        Set<Long> ids = new LinkedHashSet<>();
        nearest.forEach(hit -> ids.add(hit.sentenceId()));
        text.forEach(hit -> ids.add(hit.sentenceId()));
        return ids.isEmpty() ? List.of() : search.inContext(reads, new ArrayList<>(ids), vector);
    }

    @Override
    public List<String> featureNames() {
        return RankingFeatures.NAMES;
    }

    /**
     * The candidates by their context similarity, highest first: the context vector is not searched on
     * its own (a second HNSW index would double the index work of every insert), it ranks what the
     * sentence vector and the full text found.
     */
    private List<SentenceHit> byContext(List<SentenceInContext> found) {
        return found.stream()
                .sorted(Comparator.comparingDouble(SentenceInContext::contextSimilarity)
                        .reversed())
                .limit(config.vectorCandidates())
                .map(s -> new SentenceHit(s.sentenceId(), s.contextSimilarity()))
                .toList();
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
