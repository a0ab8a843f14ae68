package io.newsdesk.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Loads samples/ into the (emptied) test archive through the API. */
public final class SampleArchive {

    /**
     * A day in the week the seed article (published 2017-04-21) was news. A question asked as of it is answered
     * from that article, as it is years later.
     */
    public static final LocalDate SEED_NEWS_DAY = LocalDate.of(2017, 4, 22);

    /** A time on {@link #SEED_NEWS_DAY} (UTC). */
    public static final Instant SEED_NEWS_TIME = SEED_NEWS_DAY.atTime(10, 0).toInstant(ZoneOffset.UTC);

    private SampleArchive() {}

    /** Empties the archive, then posts the seed article and the sample batch. */
    public static void load(ArchiveFixture archive) {
        archive.empty();
        given().contentType("text/plain; charset=utf-8")
                .body(Samples.seedArticle())
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        given().contentType("application/x-ndjson")
                .body(Samples.sampleBatch().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
    }
}
