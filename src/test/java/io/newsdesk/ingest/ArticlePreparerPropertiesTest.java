package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.HostileStrings;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The first step of ingestion on any client input: a prepared article whose text splits into
 * sentences with valid offsets, or one of the two documented refusals (400 and 413), never anything
 * else (which the API would turn into a 500).
 */
class ArticlePreparerPropertiesTest {

    private final ArticlePreparer preparer = new ArticlePreparer(new Limits());
    private final TextNormalizer normalizer = new TextNormalizer();

    @Provide
    Arbitrary<ArticleInput> inputs() {
        Arbitrary<String> field = Arbitraries.oneOf(HostileStrings.hostile(), Arbitraries.just(null));
        Arbitrary<String> url = Arbitraries.oneOf(
                field,
                Arbitraries.of(
                        "https://example.org/a?b=c#d",
                        "http://[::1]/",
                        "https://exa mple.org",
                        "file:///etc/passwd",
                        "http://",
                        "https://x.org/../../etc/passwd",
                        "https://example.org/%2e%2e%2f",
                        "javascript:alert(1)",
                        "https://\uD83D\uDE00.example/"));
        Arbitrary<String> date = Arbitraries.oneOf(
                field,
                Arbitraries.of(
                        "2017-04-21",
                        "2017-04-21T09:30:00Z",
                        "2017-02-30",
                        "'; DROP TABLE articles;--",
                        "9999999999-01-01",
                        "2017-04-21T25:00:00Z"));
        Arbitrary<String> text = Arbitraries.oneOf(HostileStrings.textLike(), HostileStrings.anyChars());
        return Combinators.combine(field, text, url, field, field, date, field, field)
                .as((title, body, link, source, author, published, externalId, language) -> new ArticleInput(
                        title, body, link, source, author, null, published, externalId, language, null));
    }

    @Property(tries = 1_000)
    void should_prepare_an_article_or_refuse_it_as_documented_when_the_input_is_anything(
            @ForAll("inputs") ArticleInput input) {
        // when
        PreparedArticle article;
        try {
            article = preparer.prepare(input);
        } catch (InvalidArticleException | ArticleTooLargeException documented) {
            assertThat(documented.getMessage()).isNotBlank();
            return;
        }

        // then
        assertThat(article.text()).isNotBlank().isEqualTo(normalizer.normalize(article.text()));
        assertThat(article.title()).isNotBlank().hasSizeLessThanOrEqualTo(1_000);
        assertThat(article.title())
                .isEqualTo(normalizer.normalize(article.title()).replace('\n', ' '));
        assertThat(article.contentHash()).matches("[0-9a-f]{64}");
        assertThat(article.url())
                .satisfiesAnyOf(
                        url -> assertThat(url).isNull(), url -> assertThat(url).matches("(?i)https?://.+"));
        List<SentenceSpan> spans = new NewsSentenceSplitter().split(article.text());
        assertThat(spans).isNotEmpty();
        NewsSentenceSplitterPropertiesTest.assertValidSpans(article.text(), spans);
    }

    /** The shipped limits. */
    private static final class Limits implements IngestConfig {
        @Override
        public int maxTextBytes() {
            return 1_048_576;
        }

        @Override
        public int maxBatchArticles() {
            return 500;
        }

        @Override
        public String defaultLanguage() {
            return "en";
        }
    }
}
