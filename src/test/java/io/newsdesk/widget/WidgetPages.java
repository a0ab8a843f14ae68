package io.newsdesk.widget;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.newsdesk.testing.HeadlessChromium;
import io.newsdesk.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages with the widget in a headless Chromium, one browser profile at a time: the demo page, or another newsroom's
 * page served through the browser (same origin as the API). Also what the widget tests share: asking, a stubbed
 * answer stream, the answer JSON it carries, and axe-core's accessibility check.
 */
final class WidgetPages implements AutoCloseable {

    /** The demo's public widget key. */
    static final String KEY = "newsdesk-demo";

    /**
     * A newsroom's page with its own header, navigation and main landmarks; {@code %s} takes the script tag's extra
     * attributes.
     */
    static final String NEWSROOM_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Kingsport News</title>
            <style>body{margin:0;font:17px/1.5 Georgia,serif} header,nav,main{padding:10px 24px}
            header{background:#222;color:#fff} #story{max-width:640px}</style></head>
            <body><header><h1>Kingsport News</h1></header>
            <nav aria-label="Sections"><a href="#local">Local</a> · <a href="#world">World</a></nav>
            <main><article id="story"><h2>Harbour bridge reopens</h2>
            <p>The harbour bridge reopened to traffic on Thursday after a two-year repair. Engineers replaced 212
            steel cables and repaved the deck, three weeks ahead of schedule.</p></article></main>
            <script src="/widget.js" data-newsdesk-key="newsdesk-demo" data-title="Ask Kingsport News" %s async></script>
            </body></html>
            """;

    /** Records every Content-Security-Policy violation of the page in {@code window.cspViolations}. */
    private static final String CSP_WATCH = "window.cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation',"
            + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    /**
     * Answers the widget's next answer-stream request with a body the test writes piece by piece
     * ({@code window.feedStream}); every other request goes out as usual.
     */
    private static final String FEED = """
            () => {
              const real = window.fetch;
              window.fetch = (url, init) => {
                if (!String(url).endsWith('/messages/stream')) return real(url, init);
                const encoder = new TextEncoder();
                const body = new ReadableStream({ start(c) {
                  window.feedStream = (t) => t === null ? c.close() : c.enqueue(encoder.encode(t));
                } });
                return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }));
              };
            }""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = axeSource();

    private final HeadlessChromium chromium = new HeadlessChromium();
    private final URL base;
    private BrowserContext context;

    WidgetPages(URL base) {
        this.base = base;
    }

    /** The browser profile of the page opened last. */
    BrowserContext context() {
        return context;
    }

    /** The demo page in a browser whose clock stands at {@code now}. */
    Page demo(int width, int height, Instant now) {
        Page page = blank(chromium.context(width, height), now);
        page.navigate(base.toString());
        return page;
    }

    /** The demo page in the time zone {@code timezoneId}. */
    Page demo(int width, int height, Instant now, String timezoneId) {
        Page page = blank(chromium.context(width, height, timezoneId), now);
        page.navigate(base.toString());
        return page;
    }

    /** A page of another newsroom with the widget; {@code html} is the whole page. */
    Page host(int width, int height, Instant now, String html) {
        Page page = blank(chromium.context(width, height), now);
        String url = base + "newsroom.html";
        page.route(
                url,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html; charset=utf-8")
                        .setBody(html)));
        page.navigate(url);
        page.locator(".launcher, .is-inline").first().waitFor();
        return page;
    }

    /** {@link #NEWSROOM_PAGE} with the script's extra attributes (theme, accent, position). */
    Page newsroom(int width, int height, Instant now, String attributes) {
        return host(width, height, now, NEWSROOM_PAGE.formatted(attributes));
    }

    private Page blank(BrowserContext fresh, Instant now) {
        closeContext();
        context = fresh;
        context.addInitScript(CSP_WATCH);
        Page page = context.newPage();
        page.clock().setFixedTime(now.toEpochMilli());
        return page;
    }

    /** The Content-Security-Policy violations the page met so far. */
    @SuppressWarnings("unchecked")
    static List<String> cspViolations(Page page) {
        return (List<String>) page.evaluate("() => window.cspViolations");
    }

    /** Every visitor's rate-limit bucket full again (a minute passes on the server's clock, then it is reset). */
    static void refillRateLimit(TestClock clock) {
        clock.advance(Duration.ofMinutes(2));
        given().header("X-API-Key", KEY).post("/api/v1/conversations").then().statusCode(201);
        clock.reset();
    }

    /** From now on, the page's answer stream is the one the returned feed writes. */
    static Feed feed(Page page) {
        page.evaluate(FEED);
        return new Feed(page);
    }

    /** An answer stream written by the test. */
    record Feed(Page page) {

        /** Sends one block (an event, id or comment lines) and the blank line that ends it. */
        void send(String block) {
            page.waitForFunction("() => window.feedStream");
            page.evaluate("t => window.feedStream(t)", block + "\n\n");
        }

        /** Closes the stream. */
        void end() {
            page.evaluate("() => window.feedStream(null)");
        }
    }

    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        closeContext();
        chromium.close();
    }

    /** Types the question into the widget's box and presses Enter. */
    static void ask(Page page, String question) {
        Locator box = page.locator("textarea[aria-label='Your question']");
        box.fill(question);
        box.press("Enter");
    }

    /** An answer stream as the conversation stream sends it: each block one event (or an id or comment line). */
    static Route.FulfillOptions stream(String... blocks) {
        return new Route.FulfillOptions()
                .setStatus(200)
                .setContentType("text/event-stream")
                .setBody(String.join("\n\n", blocks) + "\n\n");
    }

    /** A problem+json refusal with the given headers (such as Retry-After). */
    static Route.FulfillOptions problem(int status, Map<String, String> headers) {
        return new Route.FulfillOptions()
                .setStatus(status)
                .setContentType("application/problem+json")
                .setHeaders(headers)
                .setBody("{\"status\":" + status + ",\"detail\":\"refused by the test\"}");
    }

    /** One Server-Sent Event with a JSON body. */
    static String event(String name, Object data) {
        try {
            return "event: " + name + "\ndata: " + JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answered answer event body with the given band, confidence and citations. */
    static Map<String, Object> answered(
            String answer, String band, double confidence, List<Map<String, Object>> cites) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "answered");
        json.put("answer", answer);
        json.put("confidence", confidence);
        json.put("confidence_band", band);
        json.put("citations", cites);
        json.put("related", List.of());
        json.put("mode", "extractive");
        return json;
    }

    /** A cited sentence; the answer span is where {@code span} first stands in {@code text}. */
    static Map<String, Object> citation(
            int n, String title, String source, String url, String date, String text, String span) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", n);
        json.put("title", title);
        json.put("source", source);
        json.put("url", url);
        json.put("published_at", date);
        json.put("text", text);
        json.put("answer_start", span == null ? null : text.indexOf(span));
        json.put("answer_end", span == null ? null : text.indexOf(span) + span.length());
        json.put("resolved_dates", List.of());
        return json;
    }

    /** axe-core's violations on the page as it stands (open shadow roots included), one "rule: targets" each. */
    @SuppressWarnings("unchecked")
    static List<String> axeViolations(Page page) {
        page.evaluate(AXE);
        return (List<String>) page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']}))"
                + ".violations.map(v => v.id + ': ' + v.nodes.map(n => JSON.stringify(n.target)).join(', '))");
    }

    /** The axe-core script that the axe-core Playwright jar carries. */
    private static String axeSource() {
        try (InputStream in = WidgetPages.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
