package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.HostileStrings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scraped-text parser either returns a clean article or refuses with its documented exception. */
class ScrapedArticleParserPropertiesTest {

    private final ScrapedArticleParser parser = new ScrapedArticleParser();
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Hostile text, sometimes behind a real-looking header so the title and body rules run too. */
    @Provide
    Arbitrary<String> scraped() {
        Arbitrary<String> header = Arbitraries.of(
                "",
                "Published: Fri, April 21, 2017\n",
                "Published: \uD83D\uDE00\n",
                "World | By Paul Elliott\n",
                "Published: 2017-04-21\nBy \u0130lker \u00D6z\n\n",
                "By \n",
                "Published: April 31, 2017\n");
        return Combinators.combine(header, HostileStrings.hostile(), HostileStrings.textLike())
                .as((head, title, body) -> head + title + "\n" + body);
    }

    @Property(tries = 1_000)
    void should_return_a_normalised_article_or_refuse_with_illegal_argument_when_the_text_is_anything(
            @ForAll("scraped") String raw) {
        // when
        ScrapedArticle article;
        try {
            article = parser.parse(raw);
        } catch (IllegalArgumentException documented) {
            return;
        }

        // then
        assertThat(article.title()).isNotBlank().isEqualTo(article.title().strip());
        assertThat(article.body()).isNotBlank().isEqualTo(normalizer.normalize(article.body()));
        assertThat(Character.isHighSurrogate(
                        article.title().charAt(article.title().length() - 1)))
                .as("title ends in half an emoji")
                .isFalse();
        assertThat(new NewsSentenceSplitter().split(article.body())).isNotEmpty();
    }
}
