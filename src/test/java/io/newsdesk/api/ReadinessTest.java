package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest {

    @Test
    void should_report_database_and_model_ready() {
        // the model loads in the background: poll with a deadline rather than sleep
        long deadline = System.currentTimeMillis() + 30_000;
        int status;
        do {
            status = given().get("/q/health/ready").statusCode();
        } while (status != 200 && System.currentTimeMillis() < deadline);

        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'newsdesk' }.data.database", equalTo(true))
                .body("checks.find { it.name == 'newsdesk' }.data.embedding_model", equalTo(true));
    }
}
