package io.newsdesk.widget;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.SampleArchive;
import io.newsdesk.testing.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the widget's browser test classes share: the samples loaded once a class, one headless Chromium a class, a
 * fresh browser profile each test, and every visitor's rate-limit bucket full at the start of each test.
 */
abstract class WidgetBrowserFixture {

    static WidgetPages pages;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ArchiveFixture archive;

    @Inject
    TestClock clock;

    @BeforeEach
    void openBrowser() {
        if (pages == null) {
            SampleArchive.load(archive);
            pages = new WidgetPages(base);
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        }
        WidgetPages.refillRateLimit(clock);
    }

    @AfterEach
    void closeBrowserProfile() {
        pages.closeContext();
    }

    @AfterAll
    static void closeBrowser() {
        if (pages != null) {
            pages.close();
            pages = null;
        }
    }
}
