package io.newsdesk.ingest;

import java.time.LocalDate;

/**
 * An article as recovered from scraped plain text, before it is split into sentences and stored.
 *
 * @param title the headline, never blank
 * @param section the newspaper section such as "World", or null when the text names none
 * @param author the byline without its "By " prefix, or null when the text names none
 * @param publishedAt the publication date, or null when the text gives none
 * @param body the normalised article text without headers or share boilerplate, never blank
 */
public record ScrapedArticle(String title, String section, String author, LocalDate publishedAt, String body) {

    public ScrapedArticle {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("article title must not be blank");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("article body must not be blank");
        }
    }
}
