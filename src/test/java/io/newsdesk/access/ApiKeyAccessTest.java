package io.newsdesk.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keys and scopes with the default configuration: ingesting always needs a key, asking does not
 * ({@code newsdesk.auth.ask-requires-key=false}); a request with a key is judged by that key.
 */
@QuarkusTest
class ApiKeyAccessTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ARTICLE = Map.of("title", "Keys", "text", "Only keys may ingest.");

    @Inject
    ArchiveFixture archive;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void emptyArchive() {
        archive.empty();
    }

    @Test
    void should_refuse_ingesting_without_a_key_with_401_problem_and_a_bearer_challenge() {
        // when
        Response refused = TestKeys.anonymous()
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES);

        // then
        refused.then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://newsdesk.dev/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", containsString("ingest scope"));
        TestKeys.anonymous()
                .delete(ARTICLES + "/3f2b2f6e-0000-4000-8000-000000000000")
                .then()
                .statusCode(401);
        assertThat(archive.count("articles")).isZero();
    }

    @Test
    void should_refuse_an_unknown_key_in_either_header_with_401() {
        given().header("X-API-Key", "nd_not-a-key")
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("not known"))
                .body("detail", not(containsString("nd_not-a-key")));
        given().header("Authorization", "Bearer nd_not-a-key")
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(401);
        assertThat(archive.count("articles")).isZero();
    }

    @Test
    void should_accept_the_key_as_bearer_or_as_x_api_key() {
        // when
        given().header("Authorization", "Bearer " + TestKeys.INGEST)
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(201);
        given().header("authorization", "bearer " + TestKeys.INGEST)
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(200)
                .body("status", equalTo("unchanged"));
        given().header("X-API-Key", TestKeys.INGEST)
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(200);

        // then
        assertThat(archive.count("articles")).isEqualTo(1);
    }

    @Test
    void should_refuse_ambiguous_or_foreign_credentials_with_401() {
        given().header("Authorization", "Bearer " + TestKeys.INGEST)
                .header("X-API-Key", TestKeys.ADMIN)
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(401)
                .body("detail", containsString("different keys"));
        given().header("Authorization", "Basic dXNlcjpwYXNz")
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        assertThat(archive.count("articles")).isZero();
    }

    @Test
    void should_answer_403_when_the_key_lacks_the_scope() {
        // an ask key cannot ingest, delete or read the article list
        given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://newsdesk.dev/problems/forbidden"))
                .body("status", equalTo(403))
                .body("detail", containsString("test-ask"))
                .body("detail", containsString("ingest"));
        given().header("X-API-Key", TestKeys.ASK).get(ARTICLES).then().statusCode(403);
        // a request with a key is judged by its key: an ingest key cannot ask, though anyone may without one
        given().header("X-API-Key", TestKeys.INGEST)
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(403)
                .body("detail", containsString("ask scope"));
        assertThat(archive.count("articles")).isZero();
    }

    @Test
    void should_let_an_admin_key_do_everything_and_an_ask_key_ask() {
        // when
        String id = given().header("Authorization", "Bearer " + TestKeys.ADMIN)
                .contentType("application/json")
                .body(ARTICLE)
                .post(ARTICLES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // then
        given().header("Authorization", "Bearer " + TestKeys.ADMIN)
                .get(ARTICLES + "/" + id)
                .then()
                .statusCode(200);
        given().header("X-API-Key", TestKeys.ASK)
                .contentType("application/json")
                .body(Map.of("question", "Who may ingest?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        given().header("X-API-Key", TestKeys.ASK)
                .post("/api/v1/conversations")
                .then()
                .statusCode(201);
        given().header("X-API-Key", TestKeys.ADMIN)
                .delete(ARTICLES + "/" + id)
                .then()
                .statusCode(204);
        assertThat(archive.count("articles")).isZero();
    }

    @Test
    void should_keep_the_diagnostics_to_admin_keys_when_asking_is_open() {
        for (String path : new String[] {"/api/v1/ask/features", "/api/v1/ask/candidates", "/api/v1/ask/readings"}) {
            // given
            Map<String, String> question = Map.of("question", "Who won?");

            // when / then
            TestKeys.anonymous()
                    .contentType("application/json")
                    .body(question)
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .body("detail", containsString("admin scope"));
            given().header("X-API-Key", TestKeys.ASK)
                    .contentType("application/json")
                    .body(question)
                    .post(path)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", containsString("admin"));
            given().header("X-API-Key", TestKeys.ADMIN)
                    .contentType("application/json")
                    .body(question)
                    .post(path)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void should_let_anyone_ask_converse_and_read_without_a_key_while_asking_is_open() {
        TestKeys.anonymous()
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        String conversation = TestKeys.anonymous()
                .post("/api/v1/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        TestKeys.anonymous()
                .contentType("application/json")
                .body(Map.of("question", "Who won?"))
                .post("/api/v1/conversations/" + conversation + "/messages")
                .then()
                .statusCode(200);
        TestKeys.anonymous().get(ARTICLES).then().statusCode(200);
    }

    @Test
    void should_leave_health_static_files_and_slack_to_themselves() {
        TestKeys.anonymous().get("/q/health/live").then().statusCode(200);
        TestKeys.anonymous().get("/widget.js").then().statusCode(200);
        // Slack has its own signature check: refused by it, not by the API-key door
        TestKeys.anonymous()
                .contentType("application/json")
                .body("{}")
                .post("/slack/events")
                .then()
                .statusCode(not(200))
                .header("WWW-Authenticate", nullValue())
                .body("detail", containsString("Slack"));
    }

    @Test
    void should_not_let_a_dressed_up_path_past_the_door() throws Exception {
        // given: raw request targets, sent as written (REST Assured would tidy them)
        HttpClient http = HttpClient.newHttpClient();
        String root = base.toString().replaceAll("/$", "");
        String[] targets = {
            "//api/v1/articles",
            "/api/v1/ask/../articles",
            "/api/v1/./articles",
            "/api//v1/articles",
            "/api/v1/ask/%2e%2e/articles",
            "/api/v1/articles/",
            "/slack/../api/v1/articles"
        };

        for (String target : targets) {
            // when
            HttpRequest request = HttpRequest.newBuilder(URI.create(root + target))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"text\":\"Sneaked in.\"}"))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            // then
            assertThat(response.statusCode()).as(target).isIn(401, 404, 405);
        }
        assertThat(archive.count("articles")).isZero();
    }
}
