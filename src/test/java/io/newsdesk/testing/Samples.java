package io.newsdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own sample articles under samples/. */
public final class Samples {

    private Samples() {}

    /** The user's seed article in the scraped text layout. */
    public static String seedArticle() {
        return read("samples/seed-article.txt");
    }

    /** The NDJSON batch of short sample articles. */
    public static String sampleBatch() {
        return read("samples/articles.ndjson");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
