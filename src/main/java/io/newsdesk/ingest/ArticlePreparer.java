package io.newsdesk.ingest;

import io.newsdesk.util.IsoDates;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** Validates a client's article and normalises its text; the first step of ingestion. */
@ApplicationScoped
class ArticlePreparer {

    private static final int MAX_TITLE = 1_000;
    private static final int MAX_SHORT_FIELD = 500;
    private static final int MAX_URL = 2_048;
    private static final int DERIVED_TITLE = 120;

    private final IngestConfig config;
    private final TextNormalizer normalizer = new TextNormalizer();

    ArticlePreparer(IngestConfig config) {
        this.config = config;
    }

    PreparedArticle prepare(ArticleInput input) {
        if (input.text() == null || input.text().isBlank()) {
            throw new InvalidArticleException("text", "text is missing or blank: send the article body in \"text\"");
        }
        int bytes = input.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxTextBytes()) {
            throw new ArticleTooLargeException("text is " + bytes + " bytes; the limit is " + config.maxTextBytes()
                    + " bytes (newsdesk.ingest.max-text-bytes)");
        }
        String text = normalizer.normalize(input.text());
        if (text.isBlank()) {
            throw new InvalidArticleException("text", "text holds no readable characters");
        }
        String title = optional("title", input.title(), MAX_TITLE);
        if (title == null) {
            title = deriveTitle(text);
        }
        String language = optional("language", input.language(), 16);
        return new PreparedArticle(
                optional("external_id", input.externalId(), MAX_SHORT_FIELD),
                contentHash(title, text),
                title,
                url(input.url()),
                optional("source", input.source(), MAX_SHORT_FIELD),
                optional("author", input.author(), MAX_SHORT_FIELD),
                optional("section", input.section(), MAX_SHORT_FIELD),
                date(input.publishedAt()),
                language == null ? config.defaultLanguage() : language,
                text,
                input.metadataJson() == null ? "{}" : input.metadataJson());
    }

    private String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String normalised = normalizer.normalize(value).replace('\n', ' ');
        if (normalised.isBlank()) {
            return null;
        }
        if (normalised.length() > maxLength) {
            throw new InvalidArticleException(
                    field, field + " is " + normalised.length() + " characters; at most " + maxLength + " are allowed");
        }
        return normalised;
    }

    private String url(String value) {
        String url = optional("url", value, MAX_URL);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new InvalidArticleException("url", "url must be an absolute http or https address, got: " + url);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("url", "url is not a valid address: " + e.getMessage());
        }
    }

    /** Accepts an ISO date (2017-04-21) or an ISO date-time with offset (2017-04-21T09:30:00Z). */
    static LocalDate date(String value) {
        try {
            return IsoDates.dateOrDateTime(value);
        } catch (IsoDates.UnreadableDateException e) {
            throw new InvalidArticleException("published_at", "published_at " + e.getMessage());
        }
    }

    private static String deriveTitle(String text) {
        String firstLine = text.lines().findFirst().orElse(text).strip();
        if (firstLine.length() <= DERIVED_TITLE) {
            return firstLine;
        }
        int cut = firstLine.lastIndexOf(' ', DERIVED_TITLE);
        if (cut <= 0) {
            // no space to cut at: cut hard, but never between the two halves of an emoji
            cut = Character.isHighSurrogate(firstLine.charAt(DERIVED_TITLE - 1)) ? DERIVED_TITLE - 1 : DERIVED_TITLE;
        }
        return firstLine.substring(0, cut) + "…";
    }

    private static String contentHash(String title, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(title.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
