package io.newsdesk.ingest;

import io.newsdesk.embedding.ArticleText;
import io.newsdesk.embedding.ArticleVectors;
import io.newsdesk.embedding.SentenceEmbedder;
import io.newsdesk.store.ArticleRepository;
import io.newsdesk.store.NewArticle;
import io.newsdesk.store.NewSentence;
import io.newsdesk.store.SaveOutcome;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ingests articles: validate and normalise, skip identical content, split into sentences, embed
 * them, and store article, sentences and vectors in one transaction.
 */
@ApplicationScoped
public class ArticleIngestor {

    private final ArticlePreparer preparer;
    private final SentenceSplitter splitter = new NewsSentenceSplitter();
    private final SentenceEmbedder embedder;
    private final ArticleRepository repository;
    private final IngestConfig config;

    ArticleIngestor(
            ArticlePreparer preparer, SentenceEmbedder embedder, ArticleRepository repository, IngestConfig config) {
        this.preparer = preparer;
        this.embedder = embedder;
        this.repository = repository;
        this.config = config;
    }

    /** Ingests one article. */
    public SaveOutcome ingest(ArticleInput input) {
        return store(List.of(preparer.prepare(input))).get(0);
    }

    /**
     * Ingests a batch: every article is validated before any is stored, so a batch with a bad
     * article stores nothing; each valid article is then stored in its own transaction.
     */
    public List<SaveOutcome> ingestAll(List<BatchItem> items) {
        if (items.size() > config.maxBatchArticles()) {
            throw new ArticleTooLargeException("the batch has " + items.size() + " articles; at most "
                    + config.maxBatchArticles() + " are allowed (newsdesk.ingest.max-batch-articles)");
        }
        List<PreparedArticle> prepared = new ArrayList<>(items.size());
        List<BatchLineException.LineError> errors = new ArrayList<>();
        for (BatchItem item : items) {
            if (item.readError() != null) {
                errors.add(new BatchLineException.LineError(item.line(), item.readError()));
                continue;
            }
            try {
                prepared.add(preparer.prepare(item.input()));
            } catch (InvalidArticleException | ArticleTooLargeException e) {
                errors.add(new BatchLineException.LineError(item.line(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new BatchLineException(errors);
        }
        if (prepared.isEmpty()) {
            throw new InvalidArticleException(null, "the batch holds no articles: send one JSON object per line");
        }
        return store(prepared);
    }

    /** Ingests an article in the scraped text layout of the samples (Published:, Section | By, title, body). */
    public SaveOutcome ingestScraped(String raw, String source, String externalId) {
        ScrapedArticle scraped;
        try {
            scraped = new ScrapedArticleParser().parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(null, e.getMessage());
        }
        String published =
                scraped.publishedAt() == null ? null : scraped.publishedAt().toString();
        return ingest(new ArticleInput(
                scraped.title(),
                scraped.body(),
                null,
                source,
                scraped.author(),
                scraped.section(),
                published,
                externalId,
                null,
                null));
    }

    /**
     * Stores the articles, each in its own transaction; those the archive already has are not embedded
     * again, and the sentences of the rest go through the model together, which keeps every core busy.
     */
    private List<SaveOutcome> store(List<PreparedArticle> articles) {
        List<Optional<SaveOutcome>> existing = articles.stream()
                .map(article -> repository.findByContentHash(article.contentHash()))
                .toList();
        List<List<SentenceSpan>> spans = new ArrayList<>();
        List<ArticleText> texts = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<SentenceSpan> split = existing.get(i).isPresent()
                    ? List.of()
                    : splitter.split(articles.get(i).text());
            spans.add(split);
            texts.add(new ArticleText(
                    articles.get(i).title(),
                    split.stream().map(SentenceSpan::text).toList()));
        }
        List<ArticleVectors> vectors = embedder.embedArticles(texts);
        List<SaveOutcome> outcomes = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            outcomes.add(
                    existing.get(i).isPresent()
                            ? existing.get(i).get()
                            : save(articles.get(i), spans.get(i), vectors.get(i)));
        }
        return outcomes;
    }

    private SaveOutcome save(PreparedArticle article, List<SentenceSpan> spans, ArticleVectors vectors) {
        List<NewSentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan span = spans.get(i);
            sentences.add(new NewSentence(
                    span.ordinal(),
                    span.start(),
                    span.end(),
                    span.text(),
                    vectors.sentences().get(i),
                    vectors.contexts().get(i)));
        }
        SaveOutcome outcome = repository.save(new NewArticle(
                article.externalId(),
                article.contentHash(),
                article.title(),
                article.url(),
                article.source(),
                article.author(),
                article.section(),
                article.publishedAt(),
                article.language(),
                article.text(),
                article.metadataJson(),
                sentences));
        Log.debugf("Article %s %s with %d sentences", outcome.id(), outcome.status(), outcome.sentenceCount());
        return outcome;
    }
}
