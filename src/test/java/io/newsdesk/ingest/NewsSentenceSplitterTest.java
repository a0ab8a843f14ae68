package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.newsdesk.testing.Samples;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NewsSentenceSplitterTest {

    private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

    static Stream<Arguments> trickyNewsText() {
        return Stream.of(
                // honorifics and titles
                arguments(
                        "titles",
                        "Mr. Smith met Mrs. Jones and Ms. Lee. They talked.",
                        List.of("Mr. Smith met Mrs. Jones and Ms. Lee.", "They talked.")),
                arguments(
                        "academic titles",
                        "Dr. Alvarez and Prof. Chen spoke. It was brief.",
                        List.of("Dr. Alvarez and Prof. Chen spoke.", "It was brief.")),
                arguments(
                        "political titles",
                        "Gen. Miller briefed Sen. Ortiz and Rep. Park on Tuesday. Gov. Hale was absent.",
                        List.of("Gen. Miller briefed Sen. Ortiz and Rep. Park on Tuesday.", "Gov. Hale was absent.")),
                arguments(
                        "military ranks",
                        "Lt. Col. Ray and Capt. Moss joined Sgt. Diaz. The unit left at dawn.",
                        List.of("Lt. Col. Ray and Capt. Moss joined Sgt. Diaz.", "The unit left at dawn.")),
                arguments(
                        "Jr. inside a name",
                        "Martin Luther King Jr. Day is a holiday. Offices close.",
                        List.of("Martin Luther King Jr. Day is a holiday.", "Offices close.")),
                arguments(
                        "Sr. ending a sentence",
                        "The fund was led by Robert Downey Sr. The company declined to comment.",
                        List.of("The fund was led by Robert Downey Sr.", "The company declined to comment.")),
                arguments(
                        "St. before a name",
                        "The parade began on St. Patrick's Day. It ended at noon.",
                        List.of("The parade began on St. Patrick's Day.", "It ended at noon.")),
                // dotted acronyms
                arguments(
                        "U.S. as an adjective",
                        "The U.S. economy grew 2.1% last year. Analysts were surprised.",
                        List.of("The U.S. economy grew 2.1% last year.", "Analysts were surprised.")),
                arguments(
                        "U.N. and E.U. mid-sentence",
                        "Talks were held at the U.N. headquarters and an E.U. summit. Both ended early.",
                        List.of("Talks were held at the U.N. headquarters and an E.U. summit.", "Both ended early.")),
                arguments(
                        "U.S. ending a sentence before The",
                        "Troops returned to the U.S. The Pentagon confirmed it.",
                        List.of("Troops returned to the U.S.", "The Pentagon confirmed it.")),
                arguments(
                        "U.K. ending a sentence before He",
                        "He moved to the U.K. He later returned.",
                        List.of("He moved to the U.K.", "He later returned.")),
                arguments(
                        "U.S. before a proper noun",
                        "The U.S. Senate passed the bill. The U.S. Army agreed.",
                        List.of("The U.S. Senate passed the bill.", "The U.S. Army agreed.")),
                arguments(
                        "a.m. and p.m. mid-sentence",
                        "The meeting starts at 9 a.m. and ends at 5 p.m. Friday in Room 4.",
                        List.of("The meeting starts at 9 a.m. and ends at 5 p.m. Friday in Room 4.")),
                arguments(
                        "p.m. ending a sentence",
                        "The polls closed at 8 p.m. It was a long day.",
                        List.of("The polls closed at 8 p.m.", "It was a long day.")),
                arguments(
                        "D.C. before an opener",
                        "He flew to Washington, D.C. Officials met him there.",
                        List.of("He flew to Washington, D.C.", "Officials met him there.")),
                // companies
                arguments(
                        "Inc. and Corp. mid-sentence",
                        "Shares of Acme Inc. rose 4%. Rival Globex Corp. fell.",
                        List.of("Shares of Acme Inc. rose 4%.", "Rival Globex Corp. fell.")),
                arguments(
                        "Inc. ending a sentence",
                        "She joined Initech Inc. The company makes software.",
                        List.of("She joined Initech Inc.", "The company makes software.")),
                arguments(
                        "Co. before a job title",
                        "Acme Co. Chief Executive Jane Roe resigned. Her deputy stays.",
                        List.of("Acme Co. Chief Executive Jane Roe resigned.", "Her deputy stays.")),
                arguments(
                        "Ltd. mid-sentence",
                        "Blue Ridge Ltd. reported a loss. Its shares fell.",
                        List.of("Blue Ridge Ltd. reported a loss.", "Its shares fell.")),
                // dates and numbering
                arguments(
                        "month abbreviations before numbers",
                        "The law took effect on Jan. 1 and was amended in Sept. 2020. Critics objected.",
                        List.of("The law took effect on Jan. 1 and was amended in Sept. 2020.", "Critics objected.")),
                arguments(
                        "several month abbreviations",
                        "The storms hit on Feb. 3, Aug. 29, Oct. 4 and Dec. 12. Damage was severe.",
                        List.of("The storms hit on Feb. 3, Aug. 29, Oct. 4 and Dec. 12.", "Damage was severe.")),
                arguments(
                        "No. before a number",
                        "She ranked No. 1 in the world. He was No. 3.",
                        List.of("She ranked No. 1 in the world.", "He was No. 3.")),
                arguments(
                        "numbered line",
                        "1. Call the office first.\n2. Ask for the editor.",
                        List.of("1. Call the office first.", "2. Ask for the editor.")),
                arguments(
                        "vs. and v.",
                        "It was Smith vs. Jones in the final. Roe v. Wade came up. Jones won.",
                        List.of("It was Smith vs. Jones in the final.", "Roe v. Wade came up.", "Jones won.")),
                arguments(
                        "etc. mid-sentence",
                        "They sold fruit, bread, etc. and left early.",
                        List.of("They sold fruit, bread, etc. and left early.")),
                arguments(
                        "etc. ending a sentence",
                        "They sold fruit, bread, etc. Prices were high.",
                        List.of("They sold fruit, bread, etc.", "Prices were high.")),
                arguments(
                        "e.g. and i.e.",
                        "Some cities, e.g. Paris, banned cars. Others, i.e. Rome and Oslo, did not.",
                        List.of("Some cities, e.g. Paris, banned cars.", "Others, i.e. Rome and Oslo, did not.")),
                arguments(
                        "title after a hyphenated prefix",
                        "The bill was signed by then-Gov. Ada Park in 2019. It took effect later.",
                        List.of("The bill was signed by then-Gov. Ada Park in 2019.", "It took effect later.")),
                arguments(
                        "month range",
                        "The rink is open Dec. 20-Jan. 4 each winter. Skates are free.",
                        List.of("The rink is open Dec. 20-Jan. 4 each winter.", "Skates are free.")),
                arguments(
                        "proposition and extension numbers",
                        "Voters backed Prop. 12 easily. Call 555-0100, ext. 42 for details.",
                        List.of("Voters backed Prop. 12 easily.", "Call 555-0100, ext. 42 for details.")),
                arguments(
                        "et al.",
                        "The study by Smith et al. found no link. Critics disagreed.",
                        List.of("The study by Smith et al. found no link.", "Critics disagreed.")),
                arguments(
                        "state abbreviation in a dateline",
                        "SPRINGFIELD, Ill. — The mayor resigned Tuesday. A vote follows.",
                        List.of("SPRINGFIELD, Ill. — The mayor resigned Tuesday.", "A vote follows.")),
                // initials
                arguments(
                        "middle initial",
                        "John F. Kennedy was elected in 1960. He was 43.",
                        List.of("John F. Kennedy was elected in 1960.", "He was 43.")),
                arguments(
                        "joined initials",
                        "J.K. Rowling wrote seven books. They sold millions.",
                        List.of("J.K. Rowling wrote seven books.", "They sold millions.")),
                arguments(
                        "middle initial before surname",
                        "George W. Bush met the envoy. The talks lasted hours.",
                        List.of("George W. Bush met the envoy.", "The talks lasted hours.")),
                arguments(
                        "spaced initials",
                        "The book was written by J. R. R. Tolkien. It became a classic.",
                        List.of("The book was written by J. R. R. Tolkien.", "It became a classic.")),
                // numbers
                arguments(
                        "money and percentages",
                        "Revenue rose to $1.5 billion. Profit fell 3.2% to $400 million.",
                        List.of("Revenue rose to $1.5 billion.", "Profit fell 3.2% to $400 million.")),
                arguments(
                        "version number",
                        "The firm released version 2.0 today. Users found bugs in 2.0.1.",
                        List.of("The firm released version 2.0 today.", "Users found bugs in 2.0.1.")),
                arguments(
                        "number starting the next sentence",
                        "The plant closed in 2019. 200 jobs were lost.",
                        List.of("The plant closed in 2019.", "200 jobs were lost.")),
                // quotes and brackets
                arguments(
                        "closing quote after period",
                        "He said, \"We will win.\" Then he left.",
                        List.of("He said, \"We will win.\"", "Then he left.")),
                arguments(
                        "quote ending with comma",
                        "\"We will fight,\" he said.",
                        List.of("\"We will fight,\" he said.")),
                arguments(
                        "question inside quotes before lowercase",
                        "\"Will we?\" she asked.",
                        List.of("\"Will we?\" she asked.")),
                arguments(
                        "question inside quotes before uppercase",
                        "\"Will we?\" She asked again. Nobody answered.",
                        List.of("\"Will we?\"", "She asked again.", "Nobody answered.")),
                arguments(
                        "curly double quotes",
                        "“This is over.” The crowd cheered. “Why now?” asked the senator.",
                        List.of("“This is over.”", "The crowd cheered.", "“Why now?” asked the senator.")),
                arguments(
                        "curly single quotes",
                        "‘It’s done,’ she said. ‘We move on.’ Then she left.",
                        List.of("‘It’s done,’ she said.", "‘We move on.’", "Then she left.")),
                arguments(
                        "quoted ellipsis before attribution",
                        "\"We are not leaving...\" he said. 'Never...' she added.",
                        List.of("\"We are not leaving...\" he said.", "'Never...' she added.")),
                arguments(
                        "exclamation inside quotes mid-sentence",
                        "He shouted \"Stop!\" and ran. Police followed.",
                        List.of("He shouted \"Stop!\" and ran.", "Police followed.")),
                arguments(
                        "parenthesised sentence",
                        "He asked whether it was over. (It was.) The rest followed.",
                        List.of("He asked whether it was over.", "(It was.)", "The rest followed.")),
                arguments(
                        "period after closing quote",
                        "\"It'd be a fantastic thing if we got along\". The US has specific intelligence.",
                        List.of("\"It'd be a fantastic thing if we got along\".", "The US has specific intelligence.")),
                arguments(
                        "period before lowercase inside a quote",
                        "Trump said: \"It would be wonderful. if our countries could get along\".",
                        List.of("Trump said: \"It would be wonderful. if our countries could get along\".")),
                // question and exclamation marks
                arguments(
                        "question and exclamation",
                        "Did it work? Yes! It did.",
                        List.of("Did it work?", "Yes!", "It did.")),
                arguments(
                        "repeated marks",
                        "It was great!!! Really great?! Yes.",
                        List.of("It was great!!!", "Really great?!", "Yes.")),
                arguments(
                        "question before lowercase",
                        "Officials asked what now? the answer was unclear.",
                        List.of("Officials asked what now? the answer was unclear.")),
                arguments(
                        "brand name with exclamation mark",
                        "The Yahoo! Inc. deal closed. It was big.",
                        List.of("The Yahoo! Inc. deal closed.", "It was big.")),
                // ellipses
                arguments(
                        "ellipsis before lowercase",
                        "And then... nothing happened.",
                        List.of("And then... nothing happened.")),
                arguments(
                        "ellipsis before uppercase",
                        "He waited... The door opened.",
                        List.of("He waited...", "The door opened.")),
                arguments(
                        "unicode ellipsis before uppercase",
                        "He waited… The door opened.",
                        List.of("He waited…", "The door opened.")),
                arguments("spaced ellipsis before lowercase", "It went on … and on.", List.of("It went on … and on.")),
                arguments(
                        "ellipsis before a number",
                        "Prices rose... 20 percent in a week.",
                        List.of("Prices rose... 20 percent in a week.")),
                arguments("ellipsis without space", "Well...OK then. Fine.", List.of("Well...OK then.", "Fine.")),
                // lines, headlines, bullets
                arguments(
                        "paragraph break without punctuation",
                        "First paragraph ends here\n\nSecond paragraph starts here.",
                        List.of("First paragraph ends here", "Second paragraph starts here.")),
                arguments(
                        "headline line",
                        "BREAKING NEWS\nThe river flooded overnight.",
                        List.of("BREAKING NEWS", "The river flooded overnight.")),
                arguments(
                        "bullet markers stay in the span",
                        "- Prices rose sharply\n- Wages stagnated\n• Rents doubled\n* Savings fell",
                        List.of("- Prices rose sharply", "- Wages stagnated", "• Rents doubled", "* Savings fell")),
                arguments(
                        "introduced bullet list",
                        "Key points:\n- The U.S. left the deal\n- Talks resume Monday",
                        List.of("Key points:", "- The U.S. left the deal", "- Talks resume Monday")),
                arguments(
                        "U.S. ending a headline line",
                        "Storm batters the U.S.\nMore rain is expected.",
                        List.of("Storm batters the U.S.", "More rain is expected.")),
                arguments(
                        "carriage returns",
                        "It was a long night.\r\nThe count resumed.\rIt ended.",
                        List.of("It was a long night.", "The count resumed.", "It ended.")),
                // URLs and e-mail
                arguments(
                        "domain ending a sentence",
                        "Read more at example.com. The site was updated.",
                        List.of("Read more at example.com.", "The site was updated.")),
                arguments(
                        "URL with path",
                        "Visit www.cnn.com/2020/politics for details. Then call us.",
                        List.of("Visit www.cnn.com/2020/politics for details.", "Then call us.")),
                arguments(
                        "e-mail address",
                        "Email jane.doe@news.example.com or see news.example.com/a.b today.",
                        List.of("Email jane.doe@news.example.com or see news.example.com/a.b today.")),
                // whitespace and odd characters
                arguments(
                        "surrounding whitespace",
                        "  Leading and trailing spaces.   Next one.  ",
                        List.of("Leading and trailing spaces.", "Next one.")),
                arguments(
                        "no-break and zero-width spaces",
                        "Prices\u00A0rose.\u00A0Markets fell.\u200B",
                        List.of("Prices\u00A0rose.", "Markets fell.")),
                arguments(
                        "emoji before period",
                        "Fans cheered 🎉. The team won.",
                        List.of("Fans cheered 🎉.", "The team won.")),
                arguments("no punctuation at all", "No punctuation at all", List.of("No punctuation at all")),
                arguments("blank text", "   \n\n \t ", List.of()),
                arguments("empty text", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trickyNewsText")
    void should_return_expected_sentences_when_splitting_tricky_news_text(
            String description, String text, List<String> expected) {
        // given
        // when
        List<SentenceSpan> spans = splitter.split(text);

        // then
        assertWellFormed(text, spans);
        assertThat(spans).extracting(SentenceSpan::text).containsExactlyElementsOf(expected);
    }

    @Test
    void should_keep_long_sentence_whole_when_splitting_seed_article() {
        // given
        String body = new ScrapedArticleParser().parse(Samples.seedArticle()).body();

        // when
        List<SentenceSpan> spans = splitter.split(body);

        // then
        assertWellFormed(body, spans);
        assertThat(spans)
                .extracting(SentenceSpan::text)
                .contains(
                        "Russian Federation is Syria's ally, and on Wednesday, the country vetoed a United Nations "
                                + "resolution that would have called on Syria to help in an worldwide investigation of the attack.",
                        "The dim view of U.S.",
                        "The U.S. launched 59 Tomahawk cruise missiles at Syria's Shayrat airbase on April 6.",
                        "\"Also, we had held talks in the Kremlin before that\", Lavrov said.");
        assertThat(spans).hasSize(20);
    }

    @Test
    void should_cut_at_last_whitespace_when_sentence_exceeds_limit() {
        // given
        String text = "word ".repeat(500) + "end.";

        // when
        List<SentenceSpan> spans = splitter.split(text);

        // then
        assertWellFormed(text, spans);
        assertThat(spans).hasSize(3);
        assertThat(spans.get(0).text()).hasSize(999).endsWith("word");
        assertThat(String.join(" ", spans.stream().map(SentenceSpan::text).toList()))
                .isEqualTo(text);
    }

    @Test
    void should_cut_hard_at_limit_when_run_has_no_whitespace() {
        // given
        String text = "x".repeat(2500);

        // when
        List<SentenceSpan> spans = splitter.split(text);

        // then
        assertWellFormed(text, spans);
        assertThat(spans)
                .extracting(SentenceSpan::text)
                .extracting(String::length)
                .containsExactly(1000, 1000, 500);
    }

    @Test
    void should_not_cut_surrogate_pair_when_hard_limit_falls_inside_it() {
        // given
        String text = "x".repeat(999) + "😀".repeat(10);

        // when
        List<SentenceSpan> spans = splitter.split(text);

        // then
        assertWellFormed(text, spans);
        assertThat(spans.get(0).text()).hasSize(999);
        assertThat(spans.get(1).text()).isEqualTo("😀".repeat(10));
    }

    @Test
    void should_give_same_spans_when_called_from_many_threads() throws Exception {
        // given
        String text = Samples.seedArticle();
        List<SentenceSpan> expected = splitter.split(text);
        ExecutorService pool = Executors.newFixedThreadPool(8);

        // when
        List<Future<List<SentenceSpan>>> results;
        try {
            results = pool.invokeAll(IntStream.range(0, 64)
                    .mapToObj(i -> (java.util.concurrent.Callable<List<SentenceSpan>>) () -> splitter.split(text))
                    .toList());
        } finally {
            pool.shutdown();
        }

        // then
        for (Future<List<SentenceSpan>> result : results) {
            assertThat(result.get()).isEqualTo(expected);
        }
    }

    @Test
    void should_keep_spans_well_formed_when_text_is_random_noise() {
        // given
        String alphabet = "aZ .?!…\"'“”‘’()[]-•*\n\r\t\u00A0\u200B\uD83D\uDE00\uD800Mr.U.S1.5e.g";
        Random random = new Random(20170421);
        TextNormalizer normalizer = new TextNormalizer();

        for (int round = 0; round < 1_000; round++) {
            StringBuilder noise = new StringBuilder();
            int length = random.nextInt(2_500);
            for (int i = 0; i < length; i++) {
                noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = noise.toString();

            // when
            List<SentenceSpan> rawSpans = splitter.split(raw);
            String normalized = normalizer.normalize(raw);
            List<SentenceSpan> normalizedSpans = splitter.split(normalized);

            // then
            assertWellFormed(raw, rawSpans);
            assertWellFormed(normalized, normalizedSpans);
        }
    }

    @Test
    void should_reject_null_when_splitting() {
        // given
        String text = null;

        // when / then
        assertThatThrownBy(() -> splitter.split(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Checks the contract every caller relies on: exact offsets, order, trimming, size cap. */
    static void assertWellFormed(String text, List<SentenceSpan> spans) {
        int previousEnd = 0;
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan span = spans.get(i);
            assertThat(span.ordinal()).as("ordinal of span %d", i).isEqualTo(i);
            assertThat(span.start()).as("start of span %d", i).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(span.start(), span.end()))
                    .as("offsets of span %d", i)
                    .isEqualTo(span.text());
            assertThat(span.text())
                    .as("span %d", i)
                    .isNotBlank()
                    .isEqualTo(span.text().strip());
            assertThat(span.text().length())
                    .as("length of span %d", i)
                    .isLessThanOrEqualTo(NewsSentenceSplitter.MAX_SENTENCE_CHARS);
            previousEnd = span.end();
        }
    }
}
