package io.newsdesk.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

/** Loads samples/ into the (emptied) test archive through the API. */
public final class SampleArchive {

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
