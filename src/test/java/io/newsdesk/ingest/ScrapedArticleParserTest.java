package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.testing.Samples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScrapedArticleParserTest {

    private final ScrapedArticleParser parser = new ScrapedArticleParser();

    @Test
    void should_read_header_title_and_body_when_parsing_seed_article() {
        // given
        String raw = Samples.seedArticle();

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.title())
                .isEqualTo("USA intelligence intercepted communications between Syrian military and chemical experts");
        assertThat(article.section()).isEqualTo("World");
        assertThat(article.author()).isEqualTo("Paul Elliott");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2017, 4, 21));
        assertThat(article.body())
                .startsWith("Moscow has accused")
                .endsWith("Defense Secretary James Mattis was looking into it, he said.")
                .doesNotContain("Like this:");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Published: Fri, April 21, 2017;2017-04-21",
                "Published: April 21, 2017;2017-04-21",
                "Published: 2017-04-21;2017-04-21",
                "Published: Friday, Apr 21, 2017;2017-04-21",
                "published: 21 April 2017;2017-04-21"
            })
    void should_parse_date_when_header_uses_an_accepted_layout(String header, LocalDate expected) {
        // given
        String raw = header + "\nTitle\nBody text.";

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.publishedAt()).isEqualTo(expected);
        assertThat(article.title()).isEqualTo("Title");
    }

    @Test
    void should_name_bad_value_when_date_is_unparseable() {
        // given
        String raw = "Published: last Tuesday\nTitle\nBody text.";

        // when / then
        assertThatThrownBy(() -> parser.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'last Tuesday'");
    }

    @Test
    void should_read_author_only_when_byline_has_no_section() {
        // given
        String raw = "By Ana Ruiz\n\nFloods close schools\n\nSchools shut on Monday.";

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.author()).isEqualTo("Ana Ruiz");
        assertThat(article.section()).isNull();
        assertThat(article.publishedAt()).isNull();
        assertThat(article.title()).isEqualTo("Floods close schools");
        assertThat(article.body()).isEqualTo("Schools shut on Monday.");
    }

    @Test
    void should_take_lone_word_as_title_when_it_is_not_a_byline() {
        // given
        String raw = "Published: 2020-01-02\nWorld\nStorm hits coast\nWinds reached 100 km/h.";

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.section()).isNull();
        assertThat(article.title()).isEqualTo("World");
        assertThat(article.body()).isEqualTo("Storm hits coast\nWinds reached 100 km/h.");
    }

    @Test
    void should_use_first_line_as_title_when_text_has_no_header() {
        // given
        String raw = "\n\nBy the numbers: the vote\r\n\r\nTurnout was 61%.\r\n\r\n\r\nCounting ends today.\r\n";

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.title()).isEqualTo("By the numbers: the vote");
        assertThat(article.author()).isNull();
        assertThat(article.body()).isEqualTo("Turnout was 61%.\n\nCounting ends today.");
    }

    @Test
    void should_use_line_as_body_and_its_start_as_title_when_text_is_one_line() {
        // given
        String line = "The city council voted on Tuesday to extend the night bus service to every district "
                + "after a two-year trial.";

        // when
        ScrapedArticle article = parser.parse(line);

        // then
        assertThat(article.body()).isEqualTo(line);
        assertThat(article.title())
                .isEqualTo("The city council voted on Tuesday to extend the night bus service to every")
                .hasSizeLessThanOrEqualTo(ScrapedArticleParser.FALLBACK_TITLE_CHARS);
    }

    @Test
    void should_keep_long_first_line_in_body_when_it_is_a_paragraph_not_a_headline() {
        // given
        String paragraph = ("The council met on Tuesday evening and, after a debate that ran well past midnight, "
                        + "agreed to keep the library open on Sundays. ")
                .repeat(3);
        String raw = paragraph + "\n\nA second paragraph follows.";

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.title())
                .isEqualTo("The council met on Tuesday evening and, after a debate that ran well past");
        assertThat(article.body())
                .startsWith("The council met on Tuesday evening")
                .endsWith("A second paragraph follows.");
    }

    @Test
    void should_read_section_and_author_when_byline_has_both() {
        // given
        String raw = "Business | By Jo Kim\n\nPublished: Apr 3, 2021\n\nRates rise\n\nBanks raised rates.";

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.section()).isEqualTo("Business");
        assertThat(article.author()).isEqualTo("Jo Kim");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 4, 3));
        assertThat(article.title()).isEqualTo("Rates rise");
    }

    @Test
    void should_cut_share_tail_when_boilerplate_is_near_the_end() {
        // given
        String raw = "Title\n\nFirst paragraph.\n\nRelated to the case, police made an arrest.\n\n"
                + "RELATED: Another story\nShare this:\nClick to share on Twitter\nRelated\nLoading...";

        // when
        ScrapedArticle article = parser.parse(raw);

        // then
        assertThat(article.body()).isEqualTo("First paragraph.\n\nRelated to the case, police made an arrest.");
    }

    @Test
    void should_keep_marker_line_when_it_is_far_from_the_end() {
        // given
        StringBuilder raw = new StringBuilder("Title\nLike this: a quote opens the story.\n");
        for (int i = 1; i <= 12; i++) {
            raw.append("Paragraph ").append(i).append(".\n\n");
        }

        // when
        ScrapedArticle article = parser.parse(raw.toString());

        // then
        assertThat(article.body())
                .startsWith("Like this: a quote opens the story.")
                .endsWith("Paragraph 12.");
    }

    @Test
    void should_reject_article_when_header_is_followed_by_title_only() {
        // given
        String raw = "Published: 2017-04-21\nWorld | By Paul Elliott\n\nA headline\n\nLike this:";

        // when / then
        assertThatThrownBy(() -> parser.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no body");
    }

    @Test
    void should_reject_article_when_header_has_no_title() {
        // given
        String raw = "Published: 2017-04-21\n\nWorld | By Paul Elliott\n";

        // when / then
        assertThatThrownBy(() -> parser.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no title");
    }

    @Test
    void should_reject_text_when_it_is_blank() {
        // given
        String raw = " \n\u200B\n ";

        // when / then
        assertThatThrownBy(() -> parser.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }
}
