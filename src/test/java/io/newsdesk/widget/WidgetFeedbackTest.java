package io.newsdesk.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.newsdesk.widget.WidgetPages.answered;
import static io.newsdesk.widget.WidgetPages.ask;
import static io.newsdesk.widget.WidgetPages.citation;
import static io.newsdesk.widget.WidgetPages.event;
import static io.newsdesk.widget.WidgetPages.stream;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.newsdesk.testing.HeadlessChromium;
import io.newsdesk.testing.SampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Helpful / Wrong under each answer of a conversation, a comment after Wrong, and what the reader is told when the
 * feedback cannot be recorded: against the real feedback API, and stubbed in the browser for the rest.
 */
@QuarkusTest
class WidgetFeedbackTest extends WidgetBrowserFixture {

    private static final String FEEDBACK = "**/api/v1/feedback";

    @Inject
    ObjectMapper mapper;

    @Test
    void should_post_helpful_and_wrong_with_a_comment_for_each_turn_and_thank_the_reader() throws Exception {
        // given: two answers, the conversation's turns 1 and 2
        Page page = conversation();
        List<Request> posted = new CopyOnWriteArrayList<>();
        page.route(FEEDBACK, route -> {
            posted.add(route.request());
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(201)
                    .setContentType("application/json")
                    .setBody(route.request().postData()));
        });
        Locator first = feedback(page, 0);
        Locator second = feedback(page, 1);

        // when
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Helpful"))
                .click();
        second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wrong"))
                .click();
        Locator comment = second.getByRole(
                AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("What was wrong? (optional)"));
        comment.fill("The veto was in April.");
        HeadlessChromium.screenshot(page, "widget-feedback");
        second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send comment"))
                .click();

        // then
        assertThat(first.getByRole(AriaRole.STATUS)).hasText("Thanks for your feedback.");
        assertThat(second.getByRole(AriaRole.STATUS)).hasText("Thanks for your feedback.");
        assertThat(comment).isHidden();
        assertThat(first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Helpful")))
                .hasAttribute("aria-pressed", "true");
        assertThat(second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wrong")))
                .hasAttribute("aria-pressed", "true");
        String id = (String) page.evaluate("() => JSON.parse(Object.entries(sessionStorage)"
                + ".find(([k]) => k.startsWith('newsdesk-widget:'))[1]).conversation");
        assertThat(posted).hasSize(3);
        assertThat(body(posted.get(0)))
                .isEqualTo(mapper.readTree("{\"conversation_id\":\"" + id + "\",\"turn\":1,\"rating\":\"helpful\"}"));
        assertThat(body(posted.get(1)))
                .isEqualTo(mapper.readTree("{\"conversation_id\":\"" + id + "\",\"turn\":2,\"rating\":\"wrong\"}"));
        assertThat(body(posted.get(2)).path("comment").asText()).isEqualTo("The veto was in April.");
        assertThat(posted.get(0).headerValue("x-api-key")).isEqualTo(WidgetPages.KEY);

        // and after a reload the ratings are still shown
        page.reload();
        assertThat(feedback(page, 1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wrong")))
                .hasAttribute("aria-pressed", "true");
    }

    @Test
    void should_record_a_verdict_on_a_real_answer_and_replace_it_with_a_later_one() throws Exception {
        // given: a real answer from the samples
        String question = "Who vetoed the UN resolution?";
        Page page = pages.demo(1280, 800, SampleArchive.SEED_NEWS_TIME);
        ask(page, question);
        assertThat(page.locator("p.answer").last()).containsText("Russian Federation");
        Locator verdict = feedback(page, 0);

        // when
        Request helpful = page.waitForRequest(
                FEEDBACK,
                () -> verdict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Helpful"))
                        .click());

        // then: stored for the stream's turn 1, and exported as an evaluation question
        assertThat(verdict.getByRole(AriaRole.STATUS)).hasText("Thanks for your feedback.");
        assertThat(body(helpful).path("turn").asInt()).isEqualTo(1);
        assertThat(helpful.response().status()).isEqualTo(201);
        assertThat(exported(question)).contains("Russian Federation");

        // when: the reader changes their mind
        verdict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wrong"))
                .click();
        Locator comment = verdict.getByRole(
                AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("What was wrong? (optional)"));
        Request wrong = page.waitForRequest(FEEDBACK, () -> {
            comment.fill("It was the Russian Federation, but the date is missing.");
            verdict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send comment"))
                    .click();
        });

        // then: the verdict replaced, no longer a helpful answer to export
        assertThat(comment).isHidden();
        assertThat(wrong.response().status()).isEqualTo(200);
        assertThat(exported(question)).isEmpty();
    }

    @Test
    void should_say_in_words_why_feedback_was_not_recorded() {
        // given
        Page page = conversation();
        AtomicInteger calls = new AtomicInteger();
        page.route(FEEDBACK, route -> {
            switch (calls.incrementAndGet()) {
                case 1 -> route.fulfill(WidgetPages.problem(404, Map.of()));
                case 2 -> route.fulfill(WidgetPages.problem(429, Map.of("Retry-After", "30")));
                default -> route.abort();
            }
        });
        Locator status = feedback(page, 0).getByRole(AriaRole.STATUS);
        Locator helpful =
                feedback(page, 0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Helpful"));

        // when / then
        helpful.click();
        assertThat(status).hasText("This conversation has expired, so feedback can no longer be recorded for it.");
        helpful.click();
        assertThat(status).containsText("Too many requests in a short time. You can send it again in 30 seconds");
        helpful.click();
        assertThat(status)
                .hasText("Could not reach the news archive, so your feedback was not sent. Please try again.");
        assertThat(helpful).hasAttribute("aria-pressed", "false");
        HeadlessChromium.screenshot(page, "widget-feedback-failure");
    }

    /** The newsroom page with two answers given in a real conversation; the stream sends each answer's turn. */
    private Page conversation() {
        Page page = pages.newsroom(1280, 800, SampleArchive.SEED_NEWS_TIME, "data-open=\"true\"");
        AtomicInteger turn = new AtomicInteger();
        page.route("**/messages/stream", route -> {
            Map<String, Object> answer = answered(
                    "Russian Federation",
                    "likely",
                    0.9,
                    List.of(citation(
                            1,
                            "USA intelligence intercepted communications",
                            "newsdesk-samples",
                            null,
                            "2017-04-21",
                            "Russian Federation vetoed a United Nations resolution.",
                            "Russian Federation")));
            answer.put("turn", turn.incrementAndGet());
            route.fulfill(stream(event("answer", answer)));
        });
        ask(page, "Who vetoed the UN resolution?");
        assertThat(page.locator(".fb")).hasCount(1);
        ask(page, "When did that happen?");
        assertThat(page.locator(".fb")).hasCount(2);
        return page;
    }

    private static Locator feedback(Page page, int answer) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Was this answer right?"))
                .nth(answer);
    }

    /** The exported evaluation lines (answers marked helpful) that ask {@code question}. */
    private String exported(String question) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String line : given().get("/api/v1/admin/feedback/questions.jsonl")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList()) {
            if (mapper.readTree(line).path("question").asText().equals(question)) {
                lines.append(line).append('\n');
            }
        }
        return lines.toString();
    }

    private JsonNode body(Request request) throws Exception {
        return mapper.readTree(request.postData());
    }
}
