package io.newsdesk.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, without Playwright's own browser download
 * ({@code scripts/browser-setup.sh} installs /usr/bin/chromium). One per test class.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public HeadlessChromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** A fresh browser profile (own storage) with a window of the given size. */
    public BrowserContext context(int width, int height) {
        return browser.newContext(options(width, height));
    }

    /** As above, in the time zone {@code timezoneId} (an IANA id such as {@code Pacific/Kiritimati}). */
    public BrowserContext context(int width, int height, String timezoneId) {
        return browser.newContext(options(width, height).setTimezoneId(timezoneId));
    }

    private static Browser.NewContextOptions options(int width, int height) {
        return new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE);
    }

    /** Saves a full-page screenshot as target/screenshots/{name}.png. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
