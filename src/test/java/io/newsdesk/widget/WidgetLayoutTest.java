package io.newsdesk.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.newsdesk.widget.WidgetPages.answered;
import static io.newsdesk.widget.WidgetPages.ask;
import static io.newsdesk.widget.WidgetPages.citation;
import static io.newsdesk.widget.WidgetPages.event;
import static io.newsdesk.widget.WidgetPages.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import io.newsdesk.testing.HeadlessChromium;
import io.newsdesk.testing.SampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The widget keeps its size and the host page its layout, however long the conversation; its progress while an answer
 * streams; themes, position and launcher; axe-core finds nothing with it open on a page with its own landmarks.
 */
@QuarkusTest
class WidgetLayoutTest extends WidgetBrowserFixture {

    private static final Instant SEED_WEEK = SampleArchive.SEED_NEWS_TIME;
    private static final List<String> SEED_QUESTIONS = List.of(
            "Who vetoed the UN resolution?",
            "When did that happen?",
            "How many Tomahawk cruise missiles did the US launch at Syria?",
            "Who is Syria's ally?",
            "What did USA intelligence intercept?",
            "Who vetoed the UN resolution?");

    /** A long answer with three sources, so that six of them overflow any panel. */
    private static final String LONG_ANSWER = event(
            "answer",
            answered(
                    "The harbour bridge reopened on Thursday after a two-year repair costing $48.5 million [1]; about"
                            + " 30,000 vehicles a day are expected to cross it [2], and the work finished three weeks"
                            + " ahead of schedule [3].",
                    "likely",
                    0.93,
                    List.of(
                            citation(
                                    1,
                                    "Harbour bridge reopens after two-year repair",
                                    "newsdesk-samples",
                                    "https://news.example/bridge",
                                    "2024-03-15",
                                    "The Kingsport harbour bridge reopened to traffic on Thursday after a two-year"
                                            + " repair that cost $48.5 million.",
                                    "on Thursday"),
                            citation(
                                    2,
                                    "Mayor cuts the ribbon on the harbour bridge",
                                    "Kingsport Courier",
                                    "https://courier.example/ribbon",
                                    "2024-03-16",
                                    "Mayor Elena Ruiz said the crossing would carry about 30,000 vehicles a day.",
                                    "about 30,000 vehicles a day"),
                            citation(
                                    3,
                                    "Bridge work ahead of schedule",
                                    "Harbour Times",
                                    "https://times.example/schedule",
                                    "2024-03-14",
                                    "The work finished three weeks ahead of schedule.",
                                    "three weeks ahead of schedule"))));

    @Test
    void should_keep_the_inline_panel_size_and_the_question_box_in_view_when_six_questions_were_answered() {
        // given: the demo page, whose column gives the inline panel 600 px
        Page page = pages.demo(1280, 800, SEED_WEEK);
        assertThat(page.locator("#articles li").first()).isVisible();
        BoundingBox panelBefore = box(page, ".panel");
        BoundingBox hostBefore = box(page, "#examples");

        // when
        for (int i = 0; i < SEED_QUESTIONS.size(); i++) {
            ask(page, SEED_QUESTIONS.get(i));
            assertThat(page.locator(".msg.bot .fb")).hasCount(i + 1);
        }

        // then
        assertSameBox(box(page, ".panel"), panelBefore);
        assertThat(panelBefore.height).isEqualTo(600, within(0.5));
        assertSameBox(box(page, "#examples"), hostBefore);
        assertInView(page, 800);
        assertThat(WidgetPages.cspViolations(page)).isEmpty();
        HeadlessChromium.screenshot(page, "widget-inline-1280x800-six-questions");
    }

    @Test
    void should_keep_the_floating_panel_on_a_375_by_667_screen_when_six_questions_were_answered() {
        // given
        Page page = pages.newsroom(375, 667, SEED_WEEK, "");
        page.route("**/messages/stream", route -> route.fulfill(stream(LONG_ANSWER)));
        BoundingBox storyBefore = box(page, "#story");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask Kingsport News"))
                .click();
        BoundingBox panelBefore = box(page, ".panel");

        // when
        for (int i = 0; i < 6; i++) {
            ask(page, "What happened to the harbour bridge, part " + (i + 1) + "?");
            assertThat(page.locator(".msg.bot .fb")).hasCount(i + 1);
        }

        // then: the panel fills the small screen and stays so; the page behind it never moved
        assertSameBox(box(page, ".panel"), panelBefore);
        assertThat(panelBefore.width).isEqualTo(375, within(0.5));
        assertThat(panelBefore.height).isEqualTo(667, within(0.5));
        assertSameBox(box(page, "#story"), storyBefore);
        assertInView(page, 667);
        HeadlessChromium.screenshot(page, "widget-floating-375x667");
    }

    @Test
    void should_give_the_inline_panel_a_height_of_its_own_when_its_element_has_none() {
        // given: the panel rendered into the story, an element as tall as its text
        Page page = pages.newsroom(1280, 800, SEED_WEEK, "data-inline=\"#story\"");
        page.route("**/messages/stream", route -> route.fulfill(stream(LONG_ANSWER)));
        BoundingBox panelBefore = box(page, ".panel");

        // when
        for (int i = 0; i < 3; i++) {
            ask(page, "What happened to the harbour bridge, part " + (i + 1) + "?");
            assertThat(page.locator(".msg.bot .fb")).hasCount(i + 1);
        }

        // then
        // (the page itself may have scrolled to the question box: sizes are compared, not places)
        BoundingBox panel = box(page, ".panel");
        assertThat(panelBefore.height).isEqualTo(560, within(0.5));
        assertThat(panel.height).isEqualTo(560, within(0.5));
        BoundingBox input = box(page, "textarea[aria-label='Your question']");
        assertThat(input.y + input.height).isLessThanOrEqualTo(panel.y + panel.height);
    }

    @Test
    void should_show_a_dark_panel_on_the_left_with_an_icon_launcher_and_pass_axe() {
        // given
        Page page = pages.newsroom(
                1280, 800, SEED_WEEK, "data-theme=\"dark\" data-accent=\"#8a1538\" data-position=\"bottom-left\"");
        page.route("**/messages/stream", route -> route.fulfill(stream(LONG_ANSWER)));
        Locator launcher = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask Kingsport News"));

        // when
        assertThat(launcher.locator("svg")).hasCount(1);
        launcher.click();
        ask(page, "What happened to the harbour bridge?");

        // then
        assertThat(page.locator(".sources li")).hasCount(3);
        assertThat(box(page, ".launcher").x).isLessThan(100);
        assertThat(box(page, ".panel").x).isLessThan(100);
        assertThat(background(page, ".panel")).isEqualTo("rgb(28, 30, 33)");
        assertThat(background(page, ".head")).isEqualTo("rgb(138, 21, 56)");
        assertThat(WidgetPages.axeViolations(page)).isEmpty();
        HeadlessChromium.screenshot(page, "widget-dark");
    }

    @Test
    void should_follow_the_readers_colour_scheme_when_the_theme_is_auto() {
        // given
        Page page = pages.newsroom(1280, 800, SEED_WEEK, "data-theme=\"auto\" data-open=\"true\"");

        // when / then
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertThat(background(page, ".panel")).isEqualTo("rgb(28, 30, 33)");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        assertThat(background(page, ".panel")).isEqualTo("rgb(255, 255, 255)");
    }

    @Test
    void should_pass_axe_with_the_panel_open_on_a_page_with_its_own_header_nav_and_main() {
        // given
        Page page = pages.newsroom(1280, 800, SEED_WEEK, "");
        BoundingBox storyBefore = box(page, "#story");

        // when
        page.locator(".launcher").click();
        ask(page, "Who vetoed the UN resolution?");

        // then
        assertThat(page.locator("p.answer").last()).containsText("Russian Federation");
        assertThat(page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Ask Kingsport News")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BANNER)).hasCount(1);
        assertThat(WidgetPages.axeViolations(page)).isEmpty();
        assertSameBox(box(page, "#story"), storyBefore);
        HeadlessChromium.screenshot(page, "widget-axe-newsroom-open");
    }

    @Test
    void should_let_axe_see_inside_the_widget() {
        // given: a second banner landmark put into the widget's shadow root, as its old <header> was
        Page page = pages.newsroom(1280, 800, SEED_WEEK, "data-open=\"true\"");

        // when
        page.locator(".head")
                .evaluate("h => h.append(Object.assign(document.createElement('header'), {textContent: 'Banner'}))");

        // then
        assertThat(WidgetPages.axeViolations(page)).anyMatch(v -> v.startsWith("landmark-no-duplicate-banner"));
    }

    @Test
    void should_pass_axe_on_the_demo_page_with_an_answer_shown() {
        // given
        Page page = pages.demo(1280, 800, SEED_WEEK);

        // when
        ask(page, "Who vetoed the UN resolution?");

        // then
        assertThat(page.locator("p.answer").last()).containsText("Russian Federation");
        assertThat(WidgetPages.axeViolations(page)).isEmpty();
        assertThat(WidgetPages.cspViolations(page)).isEmpty();
    }

    @Test
    void should_show_the_progress_ignore_ids_and_heartbeats_and_say_when_the_fuller_answer_is_unavailable() {
        // given: an answer stream the test feeds piece by piece, as a model that never starts would leave it
        Page page = pages.newsroom(1280, 800, SEED_WEEK, "data-open=\"true\"");
        WidgetPages.Feed feed = WidgetPages.feed(page);
        ask(page, "Who vetoed the UN resolution?");
        Locator progress = page.locator(".progress");

        // when / then
        assertThat(progress).hasText("Searching the archive…");
        assertThat(page.locator(".spin")).isVisible();
        assertThat(page.locator(".spin").evaluate("e => getComputedStyle(e).animationName"))
                .isEqualTo("none");
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.NO_PREFERENCE));
        assertThat(page.locator(".spin").evaluate("e => getComputedStyle(e).animationName"))
                .isEqualTo("nd-spin");

        Map<String, Object> cited = citation(
                1,
                "USA intelligence intercepted communications",
                "newsdesk-samples",
                null,
                "2017-04-21",
                "Russian Federation is Syria's ally, and on Wednesday, the country vetoed a United Nations resolution.",
                "Russian Federation");
        feed.send("id: 1\n" + event("citations", Map.of("citations", List.of(cited, cited, cited, cited, cited))));
        assertThat(progress).hasText("Reading 5 sentences…");
        feed.send(": heartbeat");
        feed.send("id: 2\n: heartbeat");
        assertThat(progress).hasText("Reading 5 sentences…");

        Map<String, Object> extract = answered("Russian Federation", "likely", 0.9, List.of(cited));
        extract.put("notice", "llm_unavailable");
        feed.send("id: 3\n" + event("answer", extract));
        feed.end();
        Locator answer = page.locator(".msg.bot").last();
        assertThat(answer.locator(".notice"))
                .hasText("The fuller answer is unavailable right now; this is the archive's own extract.");
        assertThat(answer.locator("p.answer")).containsText("Russian Federation");
        assertThat(progress).hasCount(0);
        assertThat(page.locator("[role=alert]")).hasCount(0);
        HeadlessChromium.screenshot(page, "widget-llm-unavailable");
    }

    /** The question box inside the viewport and the panel, and the newest answer's start in view in the log. */
    private static void assertInView(Page page, int viewportHeight) {
        BoundingBox input = box(page, "textarea[aria-label='Your question']");
        BoundingBox panel = box(page, ".panel");
        BoundingBox log = box(page, ".log");
        BoundingBox newest = page.locator(".msg.bot").last().boundingBox();
        assertThat(input.y).isGreaterThanOrEqualTo(0);
        assertThat(input.y + input.height)
                .isLessThanOrEqualTo(viewportHeight)
                .isLessThanOrEqualTo(panel.y + panel.height);
        assertThat(newest.y).isBetween(log.y - 1, log.y + log.height - 40);
        assertThat((Boolean) page.locator(".log").evaluate("l => l.scrollHeight > l.clientHeight"))
                .isTrue();
    }

    private static void assertSameBox(BoundingBox actual, BoundingBox expected) {
        assertThat(List.of(actual.x, actual.y, actual.width, actual.height))
                .usingElementComparator((a, b) -> Math.abs(a - b) < 0.5 ? 0 : Double.compare(a, b))
                .containsExactly(expected.x, expected.y, expected.width, expected.height);
    }

    private static BoundingBox box(Page page, String selector) {
        return page.locator(selector).boundingBox();
    }

    private static String background(Page page, String selector) {
        return (String) page.locator(selector).evaluate("e => getComputedStyle(e).backgroundColor");
    }
}
