package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.HostileStrings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile requests against the real HTTP endpoints (not only the request mappers): filters,
 * dates, numbers and content types a careless or hostile client sends. Whatever comes in, the
 * service answers 2xx or a 4xx problem+json, never a 5xx; a stream never ends in a 5xx error event.
 * Each test sends a few hundred requests drawn by jqwik and reports every one that broke the rule.
 */
@QuarkusTest
class HostileHttpPropertiesTest {

    private static final int TRIES = 200;
    private static final String PROBLEM = "application/problem+json";
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void oneArticle() {
        archive.empty();
        given().contentType("application/json")
                .body(Map.of(
                        "title",
                        "Veto",
                        "text",
                        "Russian Federation vetoed a" + " United Nations resolution on Wednesday.",
                        "source",
                        "hostile",
                        "published_at",
                        "2017-04-12"))
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
    }

    @Test
    void should_never_answer_5xx_to_generated_questions() {
        List<String> paths =
                List.of("/api/v1/ask", "/api/v1/ask/stream", "/api/v1/ask/features", "/api/v1/ask/candidates");
        Arbitrary<String> requests = Combinators.combine(Arbitraries.of(paths), questionBodies(), contentTypes())
                .as((path, body, type) -> path + "\n" + type + "\n" + body);
        assertNoServerErrors(requests, request -> {
            String[] parts = request.split("\n", 3);
            return send(parts[1], parts[2]).post(parts[0]);
        });
    }

    @Test
    void should_never_answer_5xx_to_generated_article_list_queries() {
        Arbitrary<String> queries = Arbitraries.oneOf(
                dates().map(date -> "from=" + date),
                dates().map(date -> "to=" + date),
                numbers().map(number -> "limit=" + number),
                numbers().map(number -> "offset=" + number),
                Combinators.combine(dates(), dates()).as((from, to) -> "from=" + from + "&to=" + to));
        assertNoServerErrors(queries, query -> {
            RequestSpecification list = given().urlEncodingEnabled(true);
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                list.queryParam(nameValue[0], nameValue[1]);
            }
            return list.get("/api/v1/articles");
        });
    }

    @Test
    void should_never_answer_5xx_to_generated_articles_and_store_nothing_half_way() {
        Arbitrary<String> titles =
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("\"Fire\"")), Tuple.of(1, jsonValues()));
        Arbitrary<String> articles = Combinators.combine(dates(), titles, contentTypes(), HostileStrings.textLike())
                .as((published, title, type, text) -> type + "\n" + "{\"title\": " + title + ", \"text\": "
                        + quote("A fire broke out. " + text) + ", \"published_at\": " + quote(published)
                        + ", \"external_id\": " + quote(UUID.randomUUID().toString()) + "}");
        long before = archive.count("articles");
        List<Integer> created = new ArrayList<>();
        assertNoServerErrors(articles, article -> {
            String[] parts = article.split("\n", 2);
            Response response = send(parts[0], parts[1]).post("/api/v1/articles");
            if (response.statusCode() == 201) {
                created.add(1);
            }
            return response;
        });
        assertThat(archive.count("articles")).isEqualTo(before + created.size());
        assertThat(archive.queryLong("SELECT count(*) FROM articles a WHERE NOT EXISTS"
                        + " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"))
                .as("articles without sentences")
                .isZero();
    }

    /** Sends every drawn request and fails listing those answered 5xx, or 4xx without problem+json. */
    private static void assertNoServerErrors(
            Arbitrary<String> drawn, java.util.function.Function<String, Response> send) {
        List<String> broken = new ArrayList<>();
        drawn.sampleStream().limit(TRIES).forEach(request -> {
            Response response = send.apply(request);
            int status = response.statusCode();
            String body = response.asString();
            boolean serverError = status >= 500 || body.contains("\"status\":5");
            boolean unexplained =
                    status >= 400 && !String.valueOf(response.contentType()).startsWith(PROBLEM);
            if (serverError || unexplained) {
                broken.add(status + " " + response.contentType() + " for " + request.replace('\n', ' ') + " -> "
                        + body.substring(0, Math.min(200, body.length())));
            }
        });
        assertThat(broken).as("requests answered 5xx or without problem+json").isEmpty();
    }

    private static RequestSpecification send(String contentType, String body) {
        RequestSpecification request = given().config(RAW).body(body.getBytes(StandardCharsets.UTF_8));
        return contentType.isEmpty() ? request : request.header("Content-Type", contentType);
    }

    /**
     * A question body that is right but for one field (sometimes two): a body wrong everywhere is
     * refused at its first bad field, and the later fields' handling would never be reached.
     */
    private static Arbitrary<String> questionBodies() {
        Map<String, Arbitrary<String>> hostile = new LinkedHashMap<>();
        hostile.put("question", HostileStrings.textLike().map(text -> quote("Who vetoed " + text)));
        hostile.put("sources", sourceLists());
        hostile.put("from", dates().map(HostileHttpPropertiesTest::quote));
        hostile.put("to", dates().map(HostileHttpPropertiesTest::quote));
        hostile.put("exclude_article_ids", idLists());
        hostile.put("max_citations", numbers());
        hostile.put("min_confidence", jsonValues());
        hostile.put("as_of", dates().map(HostileHttpPropertiesTest::quote));
        Map<String, String> valid = Map.of(
                "question",
                "\"Who vetoed the resolution?\"",
                "sources",
                "[\"hostile\"]",
                "from",
                "\"2017-01-01\"",
                "to",
                "\"2017-12-31\"",
                "exclude_article_ids",
                "[]",
                "max_citations",
                "3",
                "min_confidence",
                "0.1",
                "as_of",
                "\"2017-04-13\"");
        List<String> fields = List.copyOf(hostile.keySet());
        Arbitrary<Map<String, String>> oneWrong =
                Arbitraries.of(fields).flatMap(field -> hostile.get(field).map(value -> Map.of(field, value)));
        return Combinators.combine(oneWrong, oneWrong, Arbitraries.integers().between(0, 3))
                .as((first, second, n) -> {
                    Map<String, String> body = new LinkedHashMap<>(valid);
                    body.putAll(first);
                    if (n == 0) {
                        body.putAll(second);
                    }
                    return "{\"question\": " + body.get("question") + ", \"filters\": {\"sources\": "
                            + body.get("sources")
                            + ", \"from\": " + body.get("from") + ", \"to\": " + body.get("to")
                            + ", \"exclude_article_ids\": "
                            + body.get("exclude_article_ids") + "}, \"max_citations\": " + body.get("max_citations")
                            + ", \"min_confidence\": " + body.get("min_confidence") + ", \"as_of\": "
                            + body.get("as_of") + "}";
                });
    }

    /** Mostly the type the endpoints take, so the body's own handling is reached, else anything. */
    private static Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("application/json")), Tuple.of(1, otherContentTypes()));
    }

    private static Arbitrary<String> otherContentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "application/json",
                        "application/json; charset=utf-8",
                        "a/b/c",
                        "/",
                        "text",
                        "",
                        "application/x-ndjson",
                        "text/plain",
                        "*/*",
                        "application/json;;",
                        "application/json; x",
                        "applic ation/json",
                        "application/json; charset=\"",
                        "multipart/form-data; boundary=",
                        "application/xml"),
                Arbitraries.strings().ofMaxLength(20).ascii());
    }

    private static Arbitrary<String> dates() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "2017-04-12",
                        "-999999999-01-01",
                        "+999999999-12-31",
                        "-4713-01-01",
                        "0000-01-01",
                        "0001-01-01",
                        "9999-12-31",
                        "10000-01-01",
                        "2017-02-30",
                        "2017-13-01",
                        "",
                        " ",
                        "2017-04-12T10:00:00Z",
                        "+999999999-12-31T23:59:59Z",
                        "-0001-12-31T00:00:00+18:00",
                        "yesterday",
                        "2017-04-12T25:00:00Z"),
                Arbitraries.integers().between(-9999999, 99999999).map(year -> String.format("%d-01-01", year)));
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.of(
                "1",
                "3",
                "10",
                "0",
                "-1",
                "2.5",
                "\"3\"",
                "1e300",
                "99999999999999",
                "null",
                "true",
                "[]",
                "{}",
                "\"abc\"",
                "NaN",
                "-0",
                "1e-300",
                "9223372036854775808");
    }

    private static Arbitrary<String> jsonValues() {
        return Arbitraries.of(
                "\"a title\"",
                "null",
                "1",
                "0.5",
                "2.5",
                "\"0.5\"",
                "[]",
                "{}",
                "true",
                "[null]",
                "\"\"",
                "1e400",
                "-1");
    }

    private static Arbitrary<String> sourceLists() {
        return Arbitraries.of(
                "null",
                "[]",
                "[null]",
                "[\"bbc\"]",
                "[\"bbc\", null]",
                "[1]",
                "[[]]",
                "[{}]",
                "\"bbc\"",
                "{}",
                "[\"\"]",
                "[\"" + "x".repeat(5000) + "\"]");
    }

    private static Arbitrary<String> idLists() {
        Supplier<String> id = () -> UUID.randomUUID().toString();
        return Arbitraries.of(
                "null",
                "[]",
                "[null]",
                "[\"" + id.get() + "\"]",
                "[\"not-an-id\"]",
                "[1]",
                "\"x\"",
                "[\"00000000-0000-0000-0000-000000000000\"]");
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
