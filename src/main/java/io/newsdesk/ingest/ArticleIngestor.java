package io.newsdesk.ingest;

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
        return store(preparer.prepare(input));
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
        return prepared.stream().map(this::store).toList();
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

    /** Each sentence with the article title and the sentence before it, which its pronouns often lean on. */
    static List<String> inContext(String title, List<String> sentences) {
        List<String> windows = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String previous = i == 0 ? "" : sentences.get(i - 1) + " ";
            windows.add(title + ". " + previous + sentences.get(i));
        }
        return windows;
    }

    private SaveOutcome store(PreparedArticle article) {
        Optional<SaveOutcome> existing = repository.findByContentHash(article.contentHash());
        if (existing.isPresent()) {
            return existing.get();
        }
        List<SentenceSpan> spans = splitter.split(article.text());
        List<String> texts = spans.stream().map(SentenceSpan::text).toList();
        List<float[]> vectors = embedder.embedSentences(texts);
        List<float[]> contextVectors =
                config.contextVectors() ? embedder.embedSentences(inContext(article.title(), texts)) : vectors;
        List<NewSentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan span = spans.get(i);
            sentences.add(new NewSentence(
                    span.ordinal(), span.start(), span.end(), span.text(), vectors.get(i), contextVectors.get(i)));
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
