package io.newsdesk.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A POST whose body is sent chunked, without a {@code Content-Length}, so the service can only learn its size by
 * reading it (what a body-size limit must still catch).
 */
public final class ChunkedUpload {

    private ChunkedUpload() {}

    /** POSTs {@code body} to {@code path} under {@code base}, with headers given as name, value pairs. */
    public static HttpResponse<String> post(URL base, String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
