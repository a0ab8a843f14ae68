package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ingest.TextNormalizer;
import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.HostileStrings;
import io.newsdesk.testing.ServerSentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests a hostile or careless client sends: SQL fragments, path traversal in ids, deeply nested
 * JSON, huge headers, control and zero-width characters, mixed scripts and emoji. Never a 500,
 * problem+json for every error the API answers, and nothing stored wrongly.
 */
@QuarkusTest
class HostileRequestTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String ASK = "/api/v1/ask";
    private static final String PROBLEM = "application/problem+json";
    private static final String SQL_DROP = "'; DROP TABLE articles;--";
    private static final String SQL_OR = "\" OR 1=1 --";

    @Inject
    ArchiveFixture archive;

    private final TextNormalizer normalizer = new TextNormalizer();

    @BeforeEach
    void oneArticle() {
        archive.empty();
        post(Map.of(
                        "title",
                        "Veto",
                        "text",
                        "Russian Federation is Syria's ally, and on Wednesday, the country vetoed"
                                + " a United Nations resolution.",
                        "source",
                        "hostile-test"))
                .then()
                .statusCode(201);
    }

    @Test
    void should_store_and_search_sql_fragments_as_plain_text() {
        // when
        String id = post(Map.of(
                        "title",
                        SQL_DROP,
                        "text",
                        SQL_OR + " is not a query. " + SQL_DROP + " neither.",
                        "source",
                        SQL_OR,
                        "external_id",
                        SQL_DROP))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Response asked = ask(
                Map.of("question", SQL_DROP + " " + SQL_OR, "filters", Map.of("sources", List.of(SQL_OR, SQL_DROP))));
        Response listed = given().queryParam("source", "' OR '1'='1").get(ARTICLES);

        // then: the fragments are data, the table is still there and nothing leaks through a filter
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.jsonPath().getList("items")).isEmpty();
        JsonPath stored = given().get(ARTICLES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getString("title")).isEqualTo(SQL_DROP);
        assertThat(stored.getString("source")).isEqualTo(SQL_OR);
        assertThat(stored.getString("external_id")).isEqualTo(SQL_DROP);
        assertThat(archive.count("articles")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "..%252F..%252Fetc%252Fpasswd",
                "%00",
                "3f2b8c1e-6a0d-4c5e-9b7a-2d1f0e9c8b7a%2F..%2F..",
                "%27%20OR%201%3D1%20--"
            })
    void should_answer_404_problem_when_an_id_holds_a_path_traversal(String id) {
        // when
        Response article = given().urlEncodingEnabled(false).get(ARTICLES + "/" + id);
        Response deleted = given().urlEncodingEnabled(false).delete(ARTICLES + "/" + id);
        Response conversation = given().urlEncodingEnabled(false).get("/api/v1/conversations/" + id);
        Response message = given().urlEncodingEnabled(false)
                .contentType("application/json")
                .body("{\"question\": \"Who?\"}")
                .post("/api/v1/conversations/" + id + "/messages");

        // then
        for (Response response : List.of(article, deleted, conversation, message)) {
            assertThat(response.statusCode()).as(response.asString()).isIn(400, 404);
            assertThat(response.contentType()).startsWith(PROBLEM);
            assertThat(response.asString()).doesNotContain("root:");
        }
        assertThat(archive.count("articles")).isEqualTo(1);
    }

    @Test
    void should_refuse_deeply_nested_json_with_400_problem() {
        // given: 2,000 levels (twice the parser's limit, and small enough to pass the 16 KiB question-body limit)
        String nested = "[".repeat(2_000) + "]".repeat(2_000);
        String nestedObject = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);

        // when
        List<Response> responses = List.of(
                json(ASK, "{\"question\": " + nested + "}"),
                json(ASK, nestedObject),
                json(ARTICLES, "{\"title\": \"t\", \"text\": \"Fine text.\", \"metadata\": " + nestedObject + "}"),
                given().contentType("application/x-ndjson")
                        .body((nestedObject + "\n").getBytes(StandardCharsets.UTF_8))
                        .post(ARTICLES),
                json("/api/v1/ask/stream", "{\"question\": " + nested + "}"));

        // then
        for (Response response : responses) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.contentType()).startsWith(PROBLEM);
        }
        assertThat(archive.count("articles")).isEqualTo(1);
    }

    @Test
    void should_refuse_a_huge_header_or_address_without_a_server_error() {
        // when: the service may answer 431 and close the connection before the client has written the
        // whole header, which the client sees as a broken pipe: refused either way
        Integer header;
        try {
            header = given().header("X-Padding", "x".repeat(100_000))
                    .contentType("application/json")
                    .body(Map.of("question", "Who vetoed the UN resolution?"))
                    .post(ASK)
                    .statusCode();
        } catch (Exception e) { // rest-assured rethrows the SocketException as it is, checked or not
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).isInstanceOf(SocketException.class);
            header = null;
        }
        Response address = given().urlEncodingEnabled(false).get(ARTICLES + "?source=" + "x".repeat(100_000));

        // then: refused, nothing stored, and the service still answers
        if (header != null) {
            assertThat(header).isIn(400, 431);
        }
        assertThat(address.statusCode()).isIn(400, 414);
        assertThat(archive.count("articles")).isEqualTo(1);
        given().get(ARTICLES).then().statusCode(200);
    }

    @Test
    void should_round_trip_an_article_with_emoji_zero_width_and_mixed_scripts() {
        // given
        String title = "\uD83C\uDF2A\uFE0F Tornado\u200B warning \u2014 \u041C\u043E\u0441\u043A\u0432\u0430"
                + " \u6771\u4EAC";
        String text = "\uFEFFThe storm \uD83C\uDF2A\uFE0F hit Kyiv (\u041A\u0438\u0457\u0432) on Monday.\u200B"
                + " Residents in \u05EA\u05DC \u05D0\u05D1\u05D9\u05D1 and \u0627\u0644\u0642\u0627\u0647\u0631\u0629"
                + " watched \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 families flee.\u0007\r\n\r\n"
                + "Officials said caf\u0065\u0301s stayed open\u00A0all night! \uD83C\uDDFA\uD83C\uDDE6 flags flew."
                + " The end \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00.";

        // when
        String id = post(Map.of("title", title, "text", text))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // then
        JsonPath stored = given().get(ARTICLES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getString("title")).isEqualTo(normalizer.normalize(title));
        // zero-width joiners are removed like every zero-width character; the emoji themselves stay whole
        assertThat(stored.getString("text"))
                .isEqualTo(normalizer.normalize(text))
                .contains("\uD83D\uDC69\uD83D\uDC69\uD83D\uDC67", "\uD83C\uDDFA\uD83C\uDDE6", "caf\u00E9s");
        assertVerbatimSentences(stored);
        assertThat(stored.getList("sentences")).hasSize(5);
    }

    @Test
    void should_store_no_half_emoji_when_json_escapes_a_lone_surrogate() {
        // when: JSON may escape half of a surrogate pair; UTF-8 (and so PostgreSQL) cannot hold it
        String id = json(
                        ARTICLES,
                        "{\"title\": \"Half \\ud83d emoji\", \"text\": \"Half an emoji \\ud83d here."
                                + " A whole one \\ud83d\\ude00 there. \\ude00Tail.\"}")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // then: the halves are gone, the whole emoji stays, offsets still point at the sentences
        JsonPath stored = given().get(ARTICLES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getString("title")).isEqualTo("Half  emoji");
        assertThat(stored.getString("text")).isEqualTo("Half an emoji  here. A whole one \uD83D\uDE00 there. Tail.");
        assertVerbatimSentences(stored);
    }

    @Test
    void should_answer_questions_with_control_zero_width_and_mixed_characters() {
        // given
        List<String> questions = List.of(
                "Who\u200B vetoed\u0000 the UN resolution?\u0007",
                "\uFEFFWho vetoed the \uD83C\uDDFA\uD83C\uDDF3 resolution? \uD83D\uDE00",
                "\u041A\u0442\u043E who vetoed \u0627\u0644\u0642\u0631\u0627\u0631 the resolution?",
                "Who vetoed the resolution \uD83D\uDE00?",
                "\u202Enoitulos\u0065\u0072 eht detov ohW");

        for (String question : questions) {
            // when
            Response answer = ask(Map.of("question", question));
            String events = given().contentType("application/json")
                    .accept("text/event-stream")
                    .body(Map.of("question", question))
                    .post("/api/v1/ask/stream")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();

            // then
            assertThat(answer.statusCode()).as(question).isEqualTo(200);
            assertThat(ServerSentEvents.names(ServerSentEvents.parse(events)))
                    .as(question)
                    .contains("answer");
        }
        String conversation = given().post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType("application/json")
                .body(Map.of("question", questions.get(0)))
                .post("/api/v1/conversations/" + conversation + "/messages")
                .then()
                .statusCode(200);
        assertThat(archive.count("articles")).isEqualTo(1);
    }

    @Test
    void should_refuse_metadata_the_database_cannot_hold_with_400_problem() {
        // when: U+0000 inside a JSON string, which PostgreSQL's jsonb refuses
        Response response = json(
                ARTICLES, "{\"title\": \"t\", \"text\": \"Fine text.\"," + " \"metadata\": {\"note\": \"a\\u0000b\"}}");
        Response inKey =
                json(ARTICLES, "{\"title\": \"t\", \"text\": \"Fine text.\"," + " \"metadata\": {\"a\\u0000\": 1}}");

        // then
        for (Response refused : List.of(response, inKey)) {
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith(PROBLEM);
            assertThat(refused.jsonPath().getString("field")).isEqualTo("metadata");
        }
        assertThat(archive.count("articles")).isEqualTo(1);
    }

    @Test
    void should_never_answer_500_and_store_only_verbatim_sentences_when_fields_are_random_hostile_text() {
        // given: hostile strings from the property tests' generators
        List<String> samples = HostileStrings.hostile().sampleStream().limit(40).collect(Collectors.toList());
        long before = archive.count("articles");
        int created = 0;

        for (String sample : samples) {
            // when
            Response asked = ask(Map.of("question", sample));
            Response ingested = post(Map.of("title", sample, "text", sample + " " + sample, "source", sample));

            // then
            assertAnsweredOrProblem(asked, sample);
            assertAnsweredOrProblem(ingested, sample);
            if (ingested.statusCode() == 201) {
                created++;
                JsonPath stored = given().get(ARTICLES + "/" + ingested.path("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                assertThat(stored.getString("text")).isEqualTo(normalizer.normalize(sample + " " + sample));
                assertVerbatimSentences(stored);
            }
        }
        assertThat(archive.count("articles")).isEqualTo(before + created);
    }

    private static void assertAnsweredOrProblem(Response response, String sample) {
        String what = "status " + response.statusCode() + " for " + escaped(sample);
        assertThat(response.statusCode()).as(what).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).as(what).startsWith(PROBLEM);
        }
    }

    private static void assertVerbatimSentences(JsonPath stored) {
        String text = stored.getString("text");
        List<Map<String, Object>> sentences = stored.getList("sentences");
        assertThat(sentences).isNotEmpty();
        int previousEnd = 0;
        for (Map<String, Object> sentence : sentences) {
            int start = (Integer) sentence.get("char_start");
            int end = (Integer) sentence.get("char_end");
            assertThat(start).isGreaterThanOrEqualTo(previousEnd);
            assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(start, end)).isEqualTo(sentence.get("text"));
            previousEnd = end;
        }
    }

    private static String escaped(String text) {
        return text.chars()
                .mapToObj(c -> c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    private static Response post(Map<String, Object> article) {
        return given().contentType("application/json").body(article).post(ARTICLES);
    }

    private static Response ask(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post(ASK);
    }

    private static Response json(String path, String body) {
        return given().contentType("application/json")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(path);
    }
}
