package io.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.SampleArchive;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widget script, the demo page and answers go compressed to a client that accepts gzip, and say so in Vary. */
@QuarkusTest
class CompressionTest {

    /** Sends Accept-Encoding: gzip and still decodes the body, so the test sees both the headers and the content. */
    private static final RestAssuredConfig GZIP = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().contentDecoders(DecoderConfig.ContentDecoder.GZIP));

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void samples() {
        SampleArchive.load(archive);
    }

    @Test
    void should_send_the_widget_script_and_the_demo_page_gzipped_with_vary() {
        for (String path : new String[] {"/widget.js", "/"}) {
            Response response = given().config(GZIP).get(path);
            response.then()
                    .statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"))
                    .header("Vary", containsStringIgnoringCase("accept-encoding"));
            assertThat(response.asString()).as(path).isNotBlank();
        }
    }

    @Test
    void should_send_an_answer_gzipped_with_vary_and_plain_to_a_client_that_does_not_accept_gzip() {
        Map<String, Object> question = Map.of("question", "Who vetoed the United Nations resolution?");
        given().config(GZIP)
                .contentType("application/json")
                .body(question)
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .header("Vary", containsStringIgnoringCase("accept-encoding"))
                .body("answer", equalTo("Russian Federation"));
        given().config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .contentType("application/json")
                .body(question)
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .header("Content-Encoding", nullValue())
                .body("answer", equalTo("Russian Federation"));
    }

    @Test
    void should_never_compress_an_event_stream() {
        given().config(GZIP)
                .contentType("application/json")
                .accept("text/event-stream")
                .body(Map.of("question", "Who vetoed the United Nations resolution?"))
                .post("/api/v1/ask/stream")
                .then()
                .statusCode(200)
                .header("Content-Encoding", nullValue());
    }
}
