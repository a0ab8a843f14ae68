package io.newsdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.testing.ArchiveFixture;
import io.newsdesk.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several uploads at once over one HTTP/2 connection, as Java's {@code HttpClient} sends them to an
 * {@code http://} address (h2c). An upload waiting for an ingestion slot has not read its body, and its
 * unread bytes count against the connection's flow-control window: with the window no larger than one
 * stream's, the waiting upload stalled the uploads already running until its queue timeout refused it.
 */
@QuarkusTest
class Http2UploadTest {

    private static final int UPLOADS = 4;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ArchiveFixture archive;

    @BeforeEach
    void emptyArchive() {
        archive.empty();
    }

    @Test
    void should_judge_every_upload_sent_at_once_over_one_http2_connection_without_refusing_any() {
        // given one HTTP/2 connection (the upgrade happens on a request without a body)
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> first = send(client, request("/q/health/live").GET());
        assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);

        // when more uploads than ingestion slots go at once, each 400 KB with a bad last line
        List<CompletableFuture<HttpResponse<String>>> uploads = IntStream.range(0, UPLOADS)
                .mapToObj(i -> client.sendAsync(
                        request("/api/v1/articles")
                                .header("Content-Type", "application/x-ndjson")
                                .header("X-API-Key", TestKeys.INGEST)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(batchEndingBadly(i)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        // then every batch is read and judged (its bad line named), none refused for want of a slot
        for (CompletableFuture<HttpResponse<String>> upload : uploads) {
            HttpResponse<String> response = upload.join();
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("\"line\":41");
        }
        assertThat(archive.count("articles")).isZero();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Forty good articles of 10 KB, then a line that is not JSON: the batch is refused only once read whole. */
    private static byte[] batchEndingBadly(int batch) {
        StringBuilder ndjson = new StringBuilder();
        String text = "The council met on Tuesday and voted on the harbour plan. ".repeat(170);
        for (int i = 0; i < 40; i++) {
            ndjson.append("{\"title\":\"Batch ")
                    .append(batch)
                    .append(" article ")
                    .append(i)
                    .append("\",\"text\":\"")
                    .append(text)
                    .append("\"}\n");
        }
        ndjson.append("not json\n");
        return ndjson.toString().getBytes(StandardCharsets.UTF_8);
    }
}
