package io.newsdesk.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.newsdesk.widget.WidgetPages.answered;
import static io.newsdesk.widget.WidgetPages.ask;
import static io.newsdesk.widget.WidgetPages.citation;
import static io.newsdesk.widget.WidgetPages.event;
import static io.newsdesk.widget.WidgetPages.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.newsdesk.testing.HeadlessChromium;
import io.newsdesk.testing.SampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How an answer reads: its sources at a glance (syndicated copies once), its confidence in words, and a not-found
 * with its related sentences. The answers are stubbed streams in the shape of the answer contract.
 */
@QuarkusTest
class WidgetAnswerDisplayTest extends WidgetBrowserFixture {

    private static final Instant SEED_WEEK = SampleArchive.SEED_NEWS_TIME;
    private static final String VETO = "Russia vetoes UN resolution on Syria";

    @Test
    void should_show_each_cited_article_once_with_title_site_date_and_link_when_copies_are_syndicated() {
        // given: the same story from a wire service, a paper that ran it (same title) and a copy at the wire's URL
        Map<String, Object> wire = citation(
                1,
                VETO,
                "Reuters",
                "https://wire.example/russia-veto",
                "2017-04-12",
                "Russia vetoed a UN Security Council resolution on Wednesday.",
                "Russia");
        wire.put(
                "resolved_dates",
                List.of(Map.of("text", "on Wednesday", "start", 47, "end", 59, "date", "2017-04-12")));
        Map<String, Object> paper = citation(
                2,
                "RUSSIA VETOES UN RESOLUTION ON SYRIA!",
                "Kingsport Courier",
                "https://courier.example/2017/04/veto",
                "2017-04-13",
                "Russia used its veto for the eighth time in the Syrian conflict.",
                "Russia");
        Map<String, Object> copy = citation(
                3,
                "Moscow blocks Security Council vote",
                "Harbour Times",
                "https://wire.example/russia-veto",
                "2017-04-12",
                "Moscow blocked the vote, Russia's envoy said.",
                "Russia");
        Map<String, Object> other = citation(
                4,
                "What we know about the chemical attack",
                "Daily Ledger",
                "https://ledger.example/attack",
                "2017-04-05",
                "The attack in Khan Sheikhoun killed dozens, and Russia defended the Syrian government.",
                "Russia");
        Page page = stubbed(answered("Russia", "likely", 0.41, List.of(wire, paper, copy, other)));

        // when
        ask(page, "Who vetoed the UN resolution?");

        // then
        Locator chips = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Sources"))
                .getByRole(AriaRole.LISTITEM);
        assertThat(chips).hasCount(2);
        assertThat(chips.nth(0)).containsText("[1][2][3]" + VETO);
        assertThat(chips.nth(0)).containsText("Reuters · 12 Apr 2017");
        assertThat(chips.nth(0).getByRole(AriaRole.LINK)).hasAttribute("href", "https://wire.example/russia-veto");
        assertThat(chips.nth(0).getByRole(AriaRole.LINK)).hasText("Read the article");
        assertThat(chips.nth(1)).containsText("[4]What we know about the chemical attack");
        assertThat(chips.nth(1)).containsText("Daily Ledger · 5 Apr 2017");
        assertThat(chips.nth(1).getByRole(AriaRole.LINK)).hasAttribute("href", "https://ledger.example/attack");
        HeadlessChromium.screenshot(page, "widget-sources");
        page.locator(".cite").first().click();
        Locator card = page.locator(".card:not([hidden])");
        assertThat(card.locator("mark")).hasText("Russia");
        assertThat(card.locator(".resolved")).hasText("“on Wednesday” = Wednesday, 12 April 2017 (2017-04-12)");
        page.locator(".cite").nth(1).click();
        assertThat(card).containsText("RUSSIA VETOES UN RESOLUTION ON SYRIA!");
        assertThat(card).containsText("Kingsport Courier");
    }

    @Test
    void should_word_the_confidence_band_and_keep_the_percentage_in_a_tooltip() {
        // given: a likely answer with a low raw confidence, then an uncertain one with a high one, then a weak one
        Map<String, Object> cited = citation(
                1, VETO, "Reuters", null, "2017-04-12", "Russia vetoed a UN Security Council resolution.", "Russia");
        Page page = stubbed(
                answered("Russia", "likely", 0.41, List.of(cited)),
                answered("Wednesday", "uncertain", 0.81, List.of(cited)),
                answered("Security Council", "weak", 0.22, List.of(cited)));
        Locator answers = page.locator(".msg.bot:has(.fb)");

        // when
        ask(page, "Who vetoed the UN resolution?");
        assertThat(answers).hasCount(1);
        ask(page, "When?");
        assertThat(answers).hasCount(2);
        ask(page, "Where?");
        assertThat(answers).hasCount(3);

        // then
        assertThat(answers.nth(0).locator(".hedge")).hasCount(0);
        assertThat(answers.nth(0).locator("p.answer")).hasAttribute("title", "Confidence 41%");
        assertThat(answers.nth(1).locator(".hedge")).hasText("The archive suggests:");
        assertThat(answers.nth(1).locator(".hedge")).hasAttribute("title", "Confidence 81%");
        assertThat(answers.nth(2).locator(".hedge"))
                .hasText("Weak evidence: the archive only hints at this, so check the sources:");
        for (int i = 0; i < 3; i++) {
            assertThat(answers.nth(i)).not().containsText("%");
        }
        HeadlessChromium.screenshot(page, "widget-confidence");
    }

    @Test
    void should_list_related_sentences_under_a_label_with_each_title_once_when_nothing_is_found() {
        // given: related sentences from two articles; one repeats its headline, the other article's title is the
        // question
        String question = "Who won the national chess championship?";
        String chess = "Teenager wins national chess championship";
        List<Map<String, Object>> related = List.of(
                citation(1, chess, "newsdesk-samples", null, "2024-05-02", chess + ".", null),
                citation(2, chess, "newsdesk-samples", null, "2024-05-02", "The final was played in Kingsport.", null),
                citation(3, chess, "newsdesk-samples", null, "2024-05-02", "The tournament drew 120 players.", null),
                citation(4, question, "Kingsport Courier", null, "2024-04-20", "The final is on Thursday.", null));
        Map<String, Object> notFound = new LinkedHashMap<>();
        notFound.put("status", "not_found");
        notFound.put("answer", "Nothing in the archive supports an answer to this question.");
        notFound.put("confidence", 0.12);
        notFound.put("citations", List.of());
        notFound.put("related", related);
        notFound.put("mode", "extractive");
        Page page = stubbed(notFound);

        // when
        ask(page, question);

        // then
        Locator bubble = page.locator(".msg.bot:has(.fb)");
        assertThat(bubble.locator("p.plain")).hasText("Nothing in the archive supports an answer to this question.");
        assertThat(bubble.locator(".label")).hasText("Related sentences (not an answer):");
        Locator articles = bubble.getByRole(
                        AriaRole.LIST, new Locator.GetByRoleOptions().setName("Related sentences, not an answer"))
                .getByRole(AriaRole.LISTITEM);
        assertThat(articles).hasCount(2);
        assertThat(articles.nth(0).locator("strong")).hasText(chess);
        assertThat(articles.nth(0).locator("q"))
                .hasText(new String[] {"The final was played in Kingsport.", "The tournament drew 120 players."});
        assertThat(articles.nth(1).locator("strong")).hasCount(0);
        assertThat(articles.nth(1)).containsText("Kingsport Courier · 20 Apr 2024");
        assertThat(bubble.innerText().split(chess, -1)).hasSize(2);
        HeadlessChromium.screenshot(page, "widget-not-found");
    }

    /** The newsroom page, opened, whose answer stream sends the given answers in turn. */
    @SafeVarargs
    private static Page stubbed(Map<String, Object>... answers) {
        Page page = pages.newsroom(1280, 800, SEED_WEEK, "data-open=\"true\"");
        Deque<Map<String, Object>> next = new ArrayDeque<>(List.of(answers));
        page.route("**/messages/stream", route -> route.fulfill(stream(event("answer", next.poll()))));
        return page;
    }
}
