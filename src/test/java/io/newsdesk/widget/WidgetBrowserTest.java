package io.newsdesk.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.BoundingBox;
import io.newsdesk.testing.HeadlessChromium;
import io.newsdesk.testing.SampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The widget in a real headless Chromium, on the demo page and on a page that floats it. The widget asks as of the
 * reader's day, so each test sets the browser's clock in the week the story it asks about was news.
 */
@QuarkusTest
class WidgetBrowserTest extends WidgetBrowserFixture {

    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final String QUESTION_BOX = "textarea[aria-label='Your question']";
    /** A host page with CSS that would break an unprotected widget (it cannot reach the Shadow DOM). */
    private static final String HOST_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>button, textarea { display: none !important; } p { font-size: 48px !important; }</style>
            </head><body><p>A newsroom's page</p>
            <script src="/widget.js" data-newsdesk-key="newsdesk-demo" data-title="Ask Kingsport News"
                data-accent="#8a1538" data-position="bottom-right" async></script></body></html>
            """;

    /** Times in the week of the seed article, of the samples' chess final (2024-05-02), of the poster (2024-06-01). */
    private static final Instant SEED_WEEK = SampleArchive.SEED_NEWS_TIME;

    private static final Instant CHESS_WEEK = Instant.parse("2024-05-03T10:00:00Z");
    private static final Instant POSTER_WEEK = Instant.parse("2024-06-02T10:00:00Z");

    @Inject
    ObjectMapper mapper;

    @Test
    void should_answer_russian_federation_with_a_citation_card_on_the_demo_page() {
        // given
        Page page = demoPage(1280, 900, SEED_WEEK);
        assertThat(page.locator("#articles")).containsText("Teenager wins national chess championship");

        // when
        ask(page, "who vetoed the UN resolution?");

        // then
        assertThat(page.locator("p.answer").last()).containsText("Russian Federation");
        Locator source = page.locator(".sources li").first();
        assertThat(source).containsText("USA intelligence intercepted communications");
        assertThat(source).containsText("21 Apr 2017");
        page.locator(".cite").first().hover();
        Locator card = page.locator(".card:not([hidden])");
        assertThat(card).containsText("vetoed a United Nations resolution");
        assertThat(card.locator("mark")).hasText("Russian Federation");
        assertThat(card).containsText("USA intelligence intercepted communications");
        assertThat(card.locator(".resolved")).containsText("“on Wednesday” = Wednesday");
        assertThat(card.locator(".resolved")).containsText("19 April 2017 (2017-04-19)");
        HeadlessChromium.screenshot(page, "demo-answer-with-citation-card");
    }

    @Test
    void should_continue_the_conversation_and_show_it_again_after_a_reload() {
        // given
        Page page = demoPage(1280, 900, SEED_WEEK);
        ask(page, "Who vetoed the UN resolution?");
        assertThat(page.locator("p.answer").last()).containsText("Russian Federation");

        // when
        ask(page, "When did that happen?");

        // then
        Locator followUp = page.locator(".msg.bot").last();
        assertThat(followUp).containsText("Searched: When did Russian Federation veto the United Nations resolution?");
        assertThat(followUp.locator("p.answer")).containsText("Wednesday");
        page.reload();
        assertThat(page.locator(".msg.user"))
                .hasText(new String[] {"Who vetoed the UN resolution?", "When did that happen?"});
        assertThat(page.locator("p.answer").last()).containsText("Wednesday");
        String id = (String) page.evaluate("() => JSON.parse(Object.entries(sessionStorage)"
                + ".find(([k]) => k.startsWith('newsdesk-widget:'))[1]).conversation");
        given().get("/api/v1/conversations/" + id)
                .then()
                .statusCode(200)
                .body("turns.size()", org.hamcrest.Matchers.equalTo(2));
        HeadlessChromium.screenshot(page, "follow-up-after-reload");
    }

    @Test
    void should_show_markup_in_an_article_as_text_and_run_nothing() {
        // given
        given().contentType("application/json")
                .body(Map.of(
                        "title",
                        "Poster " + XSS + " wins the harbour festival prize",
                        "source",
                        "xss-test",
                        "published_at",
                        "2024-06-01",
                        "text",
                        "The harbour festival prize went to a poster titled " + XSS + " by the painter Lena Marsh. "
                                + "The jury praised its bright colours."))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        Page page = demoPage(1280, 900, POSTER_WEEK);
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });

        // when
        ask(page, "Which painter made the poster that won the harbour festival prize?");

        // then
        assertThat(page.locator("p.answer").last()).containsText("Lena Marsh");
        page.locator(".cite").first().click();
        Locator card = page.locator(".card:not([hidden])");
        assertThat(card).containsText("a poster titled " + XSS + " by the painter");
        assertThat(page.locator("#articles")).containsText("Poster " + XSS + " wins");
        assertThat(
                        page.evaluate(
                                "() => document.querySelectorAll('img').length"
                                        + " + document.querySelector('[data-newsdesk-widget]').shadowRoot.querySelectorAll('img').length"))
                .isEqualTo(0);
        assertThat(dialogs).isEmpty();
        HeadlessChromium.screenshot(page, "xss-article-shown-as-text");
    }

    @Test
    void should_fill_a_360_pixel_wide_screen_with_the_panel() {
        // given
        Page page = hostPage(360, 740, SEED_WEEK);

        // when
        page.locator(".launcher").click();
        ask(page, "How many Tomahawk cruise missiles did the US launch at Syria?");

        // then
        assertThat(page.locator("p.answer").last()).containsText("59");
        BoundingBox panel = page.locator(".panel").boundingBox();
        assertThat(panel.x).isZero();
        assertThat(panel.width).isEqualTo(360);
        assertThat(panel.height).isEqualTo(740);
        HeadlessChromium.screenshot(page, "mobile-360px-full-screen");
    }

    @Test
    void should_work_with_the_keyboard_alone() {
        // given
        Page page = hostPage(1280, 800, CHESS_WEEK);

        // when: Tab to the launcher, Enter opens the panel with the focus in the question box
        page.keyboard().press("Tab");
        assertThat(focused(page)).isEqualTo("launcher");
        page.keyboard().press("Enter");
        assertThat(page.locator("[role=dialog]")).isVisible();
        assertThat(focused(page)).isEqualTo("TEXTAREA");
        page.keyboard().type("Who won the national chess championship?");
        page.keyboard().press("Enter");
        assertThat(page.locator("p.answer").last()).containsText("Amara Okafor");

        // then: Shift+Tab, back past the feedback buttons and the sources' links, reaches the citation markers,
        // whose card shows on focus with a visible outline
        for (int i = 0; i < 6 && !"cite".equals(focused(page)); i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertThat(focused(page)).isEqualTo("cite");
        assertThat(page.locator(".card:not([hidden])")).hasCount(1);
        assertThat(page.locator(".card:not([hidden])")).containsText("national chess championship");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('[data-newsdesk-widget]')"
                        + ".shadowRoot.activeElement).outlineStyle"))
                .isEqualTo("solid");
        HeadlessChromium.screenshot(page, "keyboard-citation-focused");
        page.keyboard().press("Escape");
        assertThat(page.locator(".card:not([hidden])")).hasCount(0);
        page.keyboard().press("Escape");
        assertThat(page.locator("[role=dialog]")).isHidden();
        assertThat(focused(page)).isEqualTo("launcher");
        assertThat(page.locator(".launcher")).hasAttribute("aria-expanded", "false");
    }

    @Test
    void should_explain_rate_limits_outages_and_offline_and_keep_the_question() {
        // given: the answer stream first refuses with 429 and then with 503
        Page page = demoPage(1280, 900, SEED_WEEK);
        String stream = "**/messages/stream";
        page.route(stream, route -> route.fulfill(WidgetPages.problem(429, Map.of("Retry-After", "30"))));
        String question = "Who vetoed the UN resolution?";

        // when / then
        ask(page, question);
        Locator alert = page.locator("[role=alert]");
        assertThat(alert).containsText("You can ask again in 30 seconds");
        assertThat(page.locator(QUESTION_BOX)).hasValue(question);
        HeadlessChromium.screenshot(page, "rate-limited-429");

        page.unroute(stream);
        page.route(stream, route -> route.fulfill(WidgetPages.problem(503, Map.of("Retry-After", "5"))));
        page.locator(".retry").click();
        assertThat(alert).containsText("temporarily unavailable");

        page.unroute(stream);
        pages.context().setOffline(true);
        page.locator(".retry").click();
        assertThat(alert).containsText("offline");
        assertThat(page.locator(QUESTION_BOX)).hasValue(question);

        pages.context().setOffline(false);
        page.locator(".retry").click();
        assertThat(page.locator("p.answer").last()).containsText("Russian Federation");
        assertThat(alert).hasCount(0);
        assertThat(page.locator(".msg.user")).hasCount(1);
    }

    /** The demo page in a browser whose clock stands at {@code now}. */
    private Page demoPage(int width, int height, Instant now) {
        return pages.demo(width, height, now);
    }

    /** A page of another newsroom with hostile CSS that floats the widget. */
    private Page hostPage(int width, int height, Instant now) {
        return pages.host(width, height, now, HOST_PAGE);
    }

    @Test
    void should_ask_as_of_the_readers_local_date_not_the_utc_one() throws Exception {
        // given: a reader on Kiritimati (UTC+14) at 12:00 UTC on 2017-04-21, when it is already the 22nd there
        Page page = pages.demo(1280, 900, Instant.parse("2017-04-21T12:00:00Z"), "Pacific/Kiritimati");
        assertThat(page.evaluate("() => new Date().getDate()")).isEqualTo(22);

        // when
        Request sent = page.waitForRequest("**/messages/stream", () -> ask(page, "Who vetoed the UN resolution?"));

        // then
        assertThat(mapper.readTree(sent.postData()).path("as_of").asText()).isEqualTo("2017-04-22");
        assertThat(page.locator("p.answer").last()).containsText("Russian Federation");
    }

    private static void ask(Page page, String question) {
        WidgetPages.ask(page, question);
    }

    /** The class (or tag) of the element focused inside the widget. */
    private static String focused(Page page) {
        return (String) page.evaluate("() => { const a = document.querySelector('[data-newsdesk-widget]')"
                + ".shadowRoot.activeElement; return a ? (a.className || a.tagName) : null; }");
    }
}
